/**
 * Buyer stalls: hedges that postpone without deciding ("let me think about it", "send me some info",
 * "circle back next quarter", "I'm not sure", "I'll check it out"). Several of these phrases start sentences
 * that mean something else ("let me think... we have forty people", "I'm not sure how many seats we need"),
 * so those cues wait for the words after them or for the final caption before they count.
 */
import { BROAD_STALL_CUES } from './broad-cues';
import { cue, decidedByNextWords, onlyIfFollowedBy, type Cue } from './cue';

/** Who is about to postpone: "let me", "I'll", "we need to", "give me some time to"... */
const LEAD =
  "(?:let me|let us|let's|i'll|we'll|i will|we will|i'd like to|we'd like to|i want to|we want to|i need to|we need to|i have to|we have to|i'll need to|we'll need to|i'll have to|we'll have to|i'd need to|we'd need to|i'd have to|we'd have to|need to|have to|gonna|going to|got to|gotta|i must|and|then|give (?:me|us) (?:some |a little |a bit of |a few days to |a day to )?(?:time )?to)";
const THINK_ABOUT_IT =
  '(?:think|mull|sleep|chew) (?:(?:it|this|that|things|everything) over|on (?:it|this|that)|(?:about|over) (?:it|this|that|all (?:of )?(?:this|that)|things|everything|your (?:offer|proposal|pitch)|the (?:offer|proposal)))';

/** "Let me think about that for a second": a pause to answer, not a stall. */
const THINKING_PAUSE = /^(?:for (?:a|one) (?:sec|second|moment|minute)|a (?:sec|second)|real quick|quickly)/u;
/** After "I'm not sure": words that keep it about the decision. */
const UNSURE_ABOUT_DECIDING = /^(?:yet|about (?:it|this|that|all (?:of )?(?:this|that)|the whole thing|moving forward|going ahead)|honestly|to be honest|tbh|we'll see|yeah|either|at this point|right now|at the moment|if (?:we|i) (?:want|need|should|are|will|can)|(?:we're|i'm) (?:ready|there)|it's (?:for us|the right)|this is (?:for us|the right))/u;
/** After "take a look": what turns it into logistics ("let me take a look at my calendar"). */
const LOOK_RIGHT_NOW = /^(?:at (?:my|our|the|your) (?:calendar|schedule|diary|availability|screen|email|inbox|notes|chat|agenda)|in the chat|right now|now|real quick|quickly|together|here)/u;

const OWN_STALL_CUES: readonly Cue[] = [
  cue(
    `${LEAD} (?:(?:just|really|probably|maybe|definitely|go|take some time to|take a (?:day|few days|week) to|have a) )*${THINK_ABOUT_IT}`,
    0.8,
    'postpone',
    decidedByNextWords(THINKING_PAUSE, /^(?:for|for a|for one|a)$/u),
  ),
  cue("(?:have|take) a (?:little |proper |good |bit of a )?think|(?:i'll|we'll|i will|we will|i need to|we need to) think (?:it over|on it)", 0.75, 'postpone'),
  cue(
    '(?:send|email|shoot|forward|drop|mail) (?:me|us|over|across)(?: over| across| through)? (?:(?:some|a|an|the|your|more|any|a few|a couple(?: of)?|that|those|whatever|some more) )?(?:(?:more|quick|short|brief|little|general|high level|written|additional|further|pricing|product) )*(?:info|information|details|deck|slides|slide deck|brochure|one pager|overview|materials?|something|proposal|case study|case studies|documentation|docs|stuff|summary|white ?paper|literature|specs|collateral|write up|email|deck over)',
    0.7,
    'info-request',
  ),
  cue('put (?:it|something|that|this|everything) in (?:an email|writing)|(?:something|anything) in writing', 0.6, 'info-request'),
  cue('(?:get|come|circle) back to (?:you|ya|u)|circle back|(?:touch|check) base (?:again )?(?:later|next|in|after|once|when)', 0.7, 'postpone'),
  cue('(?:revisit|reconnect|reconvene|regroup|pick (?:this|it|things) back up) (?:(?:on )?(?:this|it|that) )?(?:later|next|in (?:a few|a couple|the new|q[1-4])|after|once|when|down the (?:road|line)|some ?time)', 0.65, 'postpone'),
  cue(
    '(?:maybe|perhaps|probably|possibly) (?:later|down the (?:road|line)|next (?:quarter|year|month|fiscal year|budget|spring|summer|fall|autumn|winter|time)|in (?:a few|a couple(?: of)?) (?:months|quarters)|in (?:the new year|the spring|the summer|the fall|the autumn|q[1-4])|after (?:the|our) (?:holidays|new year|budget|summer|reorg))',
    0.6,
    'postpone',
  ),
  cue(
    "(?:let's|let us|we can|we could|maybe we|we should|i'd rather|we'd rather) (?:talk|chat|speak|connect|reconnect|regroup|look at this|look at it) (?:again )?(?:next (?:quarter|year|month|fiscal year)|later (?:this|in the) (?:year|quarter)|in (?:a few|a couple of) (?:months|quarters)|after (?:the|our) (?:holidays|new year|budget|summer|reorg))",
    0.65,
    'postpone',
  ),
  cue(
    "(?:not|aren't) (?:quite |really |yet |just )?(?:ready|in a position) to (?:decide|commit|make (?:a|the|any) (?:decision|call|commitment)|move forward|sign|buy|pull the trigger)",
    0.75,
    'postpone',
  ),
  cue(
    "(?:need|want|let me|give me|give us|take) (?:some|a (?:little|bit|few days|week|couple (?:of )?days)|more|a bit more|a little more|a few more days)(?: of)? (?:time|days|weeks) (?:to (?:think|digest|decide|process|consider|mull|review|absorb|talk)|before (?:we|i) (?:decide|commit|move))",
    0.65,
    'postpone',
  ),
  // "We need some time" postpones; "we need some time to prepare the data" is planning. Wait for the next words.
  cue(
    "(?:need|want|let me|give me|give us|take) (?:some|a (?:little|bit|few days|week|couple (?:of )?days)|more|a bit more|a little more|a few more days)(?: of)? (?:time|days|weeks)",
    0.6,
    'postpone',
    decidedByNextWords(/^(?:to (?:prepare|set|get|finish|pull|gather|build|collect|find|load|clean|migrate)|for (?:the|a|our) (?:call|meeting|demo|setup|set up|data|migration))/u, /^(?:to|for|for (?:the|a|our))$/u),
  ),
  cue('keep (?:me|us) (?:posted|in the loop|updated)', 0.55, 'postpone'),
  cue("play it by ear|(?:i'll|we'll|i will|we will) (?:reach out|be in touch|let you know|follow up)(?: (?:when|once|if|later|next|after|in))?(?:$| (?:when|once|if|later|next|after|in))|(?:don't|do not) like (?:deciding|to decide|committing) (?:on the spot|right away|today|now)", 0.6, 'postpone'),
  // "We'll see" hedges; "I'll see you Tuesday" does not.
  cue("(?:we|i)(?:'ll| will) see", 0.55, 'postpone', onlyIfFollowedBy(/^(?:how (?:it|things|that) go|what (?:happens|we can do)|about (?:it|that))/u, true)),
  cue('(?:discuss|talk about|chew on|go over) (?:it|this|that) internally|(?:discuss|talk about) (?:it|this|that) with (?:the|my|our) team (?:first|and (?:get|come|circle) back)', 0.65, 'postpone'),
  cue("(?:we|i) (?:might|may) (?:be able to )?(?:do something|look at (?:it|this)|consider (?:it|this)|revisit (?:it|this)|circle back)", 0.55, 'postpone'),
  cue(
    "(?:i'll|we'll|i will|we will|let me|let us|i'm going to|we're going to|gonna) (?:(?:definitely|probably|maybe|just|go) )*(?:check (?:it|that|this|them|you guys) out|(?:have|take) a (?:look|peek|closer look|proper look|quick look)|look (?:it|that|this) over|look (?:into|at) (?:it|that|this|them)|review (?:it|that|this|them|the (?:deck|proposal|materials|info)))",
    0.6,
    'postpone',
    decidedByNextWords(LOOK_RIGHT_NOW, /^(?:at|at (?:my|our|the|your)|in|in the|right)$/u),
  ),
  // "I'm not sure" on its own is the classic stall; "I'm not sure how many seats we have" is an answer.
  cue(
    "(?:i'm|we're|i am|we are|still|just) (?:just |still )?not (?:so |too |really |quite |entirely |totally |a hundred percent |100 percent |one hundred percent )?sure|(?:i|we) (?:don't|do not) know yet",
    0.6,
    'unsure',
    onlyIfFollowedBy(UNSURE_ABOUT_DECIDING, true),
  ),
];

/** The cues above plus the broader families of `broad-cues.ts`. */
export const STALL_CUES: readonly Cue[] = [...OWN_STALL_CUES, ...BROAD_STALL_CUES];
