/**
 * Rep `counter`: pushing back on what the buyer said: rejecting their claim or offer, rebutting a concern,
 * defending price, product or self. Some wording is a counter wherever it stands ("you get what you pay
 * for", "that's way too low"); pushback openers ("but", "well", "actually", "no") only count right after the
 * buyer objected, named an alternative, made an offer or declined, which `rep-labels.ts` decides.
 */
import { BROAD_COUNTER_CUES } from './broad-cues';
import { DEAL_COUNTER_CUES } from './deal-talk-cues';
import { cue, type Cue } from './cue';

/** Rebuttals that are counters wherever they stand. */
const OWN_COUNTER_CUES: readonly Cue[] = [
  cue("(?:that's|that is|this is|it's|its|sorry(?: that is| that's)?|way|far|much) (?:(?:way|far|a bit|much|just|a little|really) )?too (?:low|little|cheap)|too low|(?:can't|cannot|won't) (?:go (?:that|any) (?:low|lower)|do (?:that|it) for)", 0.75, 'reject'),
  cue("you get what you pay for|(?:you're|you are) comparing (?:it |us )?to the wrong|(?:everyone|everybody) (?:thinks|says|has|feels) (?:that|a|the)|(?:that's|that is|it's) not (?:really )?(?:a|an) (?:concern|issue|problem|thing)|trust me|you(?:'re| are) (?:wrong|mistaken)|(?:we're|we are) (?:different|not like (?:them|the others))|should be building|it'll take you|(?:no|nah),? (?:they|it|you) (?:will|won't|do|does|can)", 0.75, 'rebut'),
  cue("(?:it's|its|it is) (?:in (?:perfect|great|very good|good|excellent) condition|been (?:very )?well taken care of|worth (?:every penny|it|more))|look at the (?:hours|time|money|savings)|everyone loves it|(?:our|the) (?:adoption|retention|renewal) rate is|(?:one of|among) (?:our|the) best|(?:he's|she's|we're|i'm) one of (?:our|the) best|you're (?:making a mistake|missing out)|your team needs this", 0.7, 'defend'),
  cue("(?:they're|they are|it's|its|that's|[a-z]+'s) (?:(?:way|far|much|really|just|kind of) )*(?:too (?:complicated|complex|clunky|basic|expensive|slow)|outdated|clunky|behind)", 0.6, 'rebut'),
  cue("(?:need|have) to take responsibility|what were you thinking|(?:your|the) problems will only get worse|(?:we|you) (?:need|have) to start (?:looking at|doing)", 0.65, 'rebut'),
];

/** Openers that turn a rep line into pushback when the buyer just objected, named an alternative or offered less. */
export const PUSHBACK_OPENER =
  /^(?:(?:ok|okay|sure|right|yeah|yes|i mean|look|honestly|hmm|well|so|oh) )*(?:but|actually|not really|sure but|yeah but|right but|you could but|true but|well but|well actually|well you|no no|no it|no that|no they|no we|no you|that's not|that isn't|it's not|it isn't|it is not|i can accept|it's new so|i doubt)(?![a-z'])/u;

/** The cues above plus the broader families of `broad-cues.ts`. */
export const COUNTER_CUES: readonly Cue[] = [...OWN_COUNTER_CUES, ...BROAD_COUNTER_CUES, ...DEAL_COUNTER_CUES];
