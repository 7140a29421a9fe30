/**
 * Rep `pressure`: pushing for commitment with urgency ("this price ends Friday"), scarcity ("only two slots
 * left"), guilt, explicit finality ("this is the lowest I can go") or "what would it take to sign today".
 * Asking again after a clear no is decided with the previous turns in `rep-labels.ts`. Softer wording ("I'd
 * like to get closer to list"), a bare number or a split-the-difference proposal are not pressure.
 */
import { BROAD_PRESSURE_CUES } from './broad-cues';
import { DEAL_PRESSURE_CUES } from './deal-talk-cues';
import { cue, type Cue } from './cue';

const OWN_PRESSURE_CUES: readonly Cue[] = [
  cue("(?:only|just) (?:good|valid|available|open|on the table|runs|lasts) (?:until|till|through|for (?:today|this week|the next))|(?:offer|discount|price|pricing|deal|promo|promotion)(?:'s| is| will)? (?:(?:only|just) )?(?:ends?|expires?|goes away|disappears|runs out|good until|valid until|gone) (?:on |by |at |after )?(?:friday|monday|tuesday|wednesday|thursday|today|tomorrow|tonight|the end|end of|this|next|midnight)", 0.8, 'urgency'),
  cue("(?:sign|signed|signature|commit|decide|decision|get (?:it|this) (?:done|signed)) (?:by|before) (?:the end of (?:the )?(?:day|week|month|quarter)|end of (?:the )?(?:day|week|month|quarter)|friday|monday|tomorrow|tonight|the thirtieth|the [0-9a-z]+th)|(?:sign|signed|signature|commit|get (?:it|this) signed) (?:it )?(?:today|this week|right now|now)|yes today|(?:if|when) (?:we|you) (?:can )?get this done by", 0.75, 'urgency'),
  cue("what (?:would|will|does) it take to (?:get (?:this|it|you) )?(?:sign|signed|close|closed|do (?:this|it) today|get you on board|earn your business)", 0.85, 'urgency'),
  cue("(?:only|just) (?:have )?(?:one|two|three|a (?:few|couple(?: of)?)|[0-9]+) (?:slots?|spots?|seats?|licenses?|openings?|onboarding slots?|more discounts?) (?:left|remaining)|(?:i|we) (?:only|just) have (?:budget|room|approval) for one more|(?:other|more) (?:people|buyers|customers|companies) (?:are )?interested|selling (?:out|fast)|(?:now or never|won't last|last chance|before it's gone|going fast)", 0.8, 'scarcity'),
  cue("(?:price|prices|pricing)(?:'s| is| are)? (?:going|goes|go|will go|will be going) up|lock in (?:this|the|today's|this year's) (?:price|pricing|rate|discount)", 0.65, 'urgency'),
  cue("(?:this|that|it)(?:'s| is)? (?:already )?(?:the|my|our) (?:lowest|best|final) (?:i|we) (?:can|could) (?:go|do)|(?:lowest|best) (?:i|we) can (?:go|do)|(?:this|that)(?:'s| is) my (?:final|best|last) offer|(?:final|best|last) offer (?:i|we) (?:feel comfortable|can) (?:make|making|do)|best offer i feel|take it or leave it|(?:i|we) (?:really )?need you to (?:stay|sign|commit|decide|come up|agree)", 0.8, 'finality'),
  cue("leaving money on the table|(?:you're|you are) making a mistake|don't miss (?:out|this)|(?:my|our) (?:manager|boss) won't approve (?:this|the|that) (?:discount|price|deal) (?:next|after|later)|really appreciate a yes|you (?:told|said) (?:me )?(?:last|this|it was)", 0.75, 'guilt'),
  cue("before you (?:decide|say no|walk away)|come back with a better (?:offer|price|deal)|(?:you'll|you will) be suspended|you don't want that to happen", 0.7, 'insist'),
];

/** The cues above plus the broader families of `broad-cues.ts`. */
export const PRESSURE_CUES: readonly Cue[] = [...OWN_PRESSURE_CUES, ...BROAD_PRESSURE_CUES, ...DEAL_PRESSURE_CUES];
