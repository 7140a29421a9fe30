/**
 * Buyer `buying_signal`: positive intent or movement toward agreement: accepting ("let's do it", "deal"),
 * asking how to buy or start ("what do we need to do to get started"), naming a start date or amount, or
 * agreeing to a concrete next step. Praise ("the dashboard looks slick") and the formulaic opener ("we're
 * interested, that's why we took the call") are not signals; a short yes only counts when it answers a
 * proposal (see `buyer-labels.ts`).
 */
import { BROAD_BUYING_SIGNAL_CUES } from './broad-cues';
import { DEAL_BUYING_SIGNAL_CUES } from './deal-talk-cues';
import { cue, decidedByNextWords, onlyIfFollowedBy, type Cue } from './cue';

const START = '(?:start|get started|get going|get this going|kick off|kick things off|move forward|go ahead|sign up|onboard|get set up|roll (?:it|this) out|begin)';

const OWN_BUYING_SIGNAL_CUES: readonly Cue[] = [
  cue("let'?s (?:do (?:it|this|that)|go (?:for it|ahead|with (?:it|that|the|this))|move forward|get (?:started|going|this going|it going|the ball rolling)|make it happen|kick (?:it|this|things) off|book it)|i'm sold|sold me|count (?:me|us) in|you(?:'ve)? got a deal|we(?:'ve)? got a deal|it's a deal|^deal(?: then)?$", 0.8, 'accept'),
  // "We're in" joins, but "we're in the middle of a reorg" and "we're in healthcare" only say where they are.
  cue("(?:i'm|we're|we are|i am) in", 0.8, 'accept', onlyIfFollowedBy(/^(?:then|for (?:it|that|this|one)|on (?:it|that|this)|let's|count|sign)(?![a-z'])/u, true)),
  cue(
    `(?:how (?:soon|quickly|fast) (?:can|could) we|when (?:can|could) we|what (?:do|would) (?:we|i) (?:need|have) to do to|what's the (?:next step|process) to|what(?:'s| is) the process (?:to|for) (?:get|getting|buy|buying|sign|signing)|how do (?:we|i) (?:get started|sign up|buy|proceed|move forward|donate|pay|sign)|how (?:can|do) i (?:help|donate|sign up)|who do i talk to about (?:setting up|getting|onboarding|the contract|signing))`,
    0.75,
    'accept',
    decidedByNextWords(/^(?:not|never)\b/u),
  ),
  cue(`(?:we're|we are|i'm|i am) (?:ready|happy|keen|excited|good) to ${START}|ready to (?:go ahead|move forward|sign|buy|commit)`, 0.8, 'accept'),
  cue(
    "(?:send|shoot|email) (?:me |us )?(?:over )?(?:the |an? )?(?:order form|contract|agreement|paperwork|invoice|po|purchase order|docusign|quote to sign)|(?:i'll|i will|we'll|we will|i can|we can|i'd like to|we'd like to|i want to|we want to|i would like to|we would like to|happy to) (?:sign|buy|purchase|pay|donate|take it|take them|accept|order|pick it up|pick them up|come pick|go with (?:you|the|this|that))",
    0.75,
    'accept',
  ),
  cue("i(?:'ll| will) (?:formally )?accept|(?:ill|i'll|i will|i would|i'd|we'll|we will) (?:take|do|pay) (?:it|that|them|the|[0-9$]+)(?! (?:if|but|when|unless))|i accept|we accept|accept (?:it|that|the offer) now|(?:i|we) can do (?:that|it|this|[0-9$][0-9$.,]*)(?:$| since| then| thanks| happy| so)", 0.7, 'accept'),
  cue("let'?s (?:do|say|book|make it|go with|pencil in|lock in) (?:(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|week|month)|tomorrow|the [0-9a-z]+(?:th|st|nd|rd)?|[0-9]+(?: ?(?:am|pm))?)", 0.75, 'next-step'),
  cue(`(?:can|could) we (?:get|set up|do|start|book|schedule|have) (?:a |the )?(?:trial|pilot|poc|proof of concept|kickoff|kick off|contract|order form)`, 0.75, 'next-step'),
  cue("(?:this|that|it)(?:'s| is) exactly what (?:we|i) (?:need|want|were looking for|are looking for)|we'll take (?:it|the|that)", 0.75, 'accept'),
  cue(
    "(?:sounds|that's|that is|looks|seems) (?:good|great|perfect|fair|fine|reasonable|like a plan)(?: to (?:me|us))?(?: (?:then|lets|let's|i'll|we'll))|(?:works|work) for (?:me|us)|(?:that|this|it|[a-z]+day(?: at [a-z0-9]+)?|[a-z]+day (?:morning|afternoon)|[0-9]+) (?:works|is fine|is good|is perfect)(?: for (?:me|us))?|(?:sounds|that's) (?:good|great|perfect) (?:lets|let's) do",
    0.6,
    'agree',
  ),
  // Hedged intent: leaning yes without committing; the classifier also labels these a stall.
  cue("(?:we|i) (?:might|may|could) (?:maybe |possibly |probably |perhaps )?(?:be able to )?(?:do something|look at (?:it|this|switching|that)|make (?:it|this) work|move forward|start|get (?:it|this) done|look at it)|(?:we|i) could (?:maybe|probably|possibly) (?:look|do|start|switch)|could maybe look", 0.6, 'hedged'),
  cue("(?:i|we) (?:guess|suppose) (?:we|i) could (?:start|do|go|try|take)|(?:i|we) could start with", 0.65, 'accept'),
  cue("(?:what|how long) (?:would|will|is) the contract (?:length|term|be)|(?:can|could) we pay (?:quarterly|monthly|annually|by card|by invoice)|(?:monthly|quarterly|annual|annually) to start", 0.7, 'next-step'),
  cue("i(?:'ll| will) sign (?:it|the|today|tomorrow)", 0.8, 'accept'),
  cue("(?:i|we) (?:think|believe) (?:i|we) (?:would|'d) be willing to|(?:i|we) (?:would|'d) be (?:happy|glad) to(?: (?:donate|help|pay|sign|buy|do))?|(?:i|we) will donate|i can donate", 0.7, 'accept'),
  cue("(?:should|shall) we (?:donate|sign|do|go with)|how much should we (?:donate|pay|spend)|(?:we|i) should (?:donate|sign|buy)", 0.65, 'accept'),
];

/** The cues above plus the broader families of `broad-cues.ts`. */
export const BUYING_SIGNAL_CUES: readonly Cue[] = [...OWN_BUYING_SIGNAL_CUES, ...BROAD_BUYING_SIGNAL_CUES, ...DEAL_BUYING_SIGNAL_CUES];
