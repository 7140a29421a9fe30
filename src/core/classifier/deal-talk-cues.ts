/**
 * Cue families for how people talk when haggling over an item or asking for a donation (the genres of set 2:
 * CraigslistBargain, PersuasionForGood), written from what the phenomena are, not from single lines:
 * - the seller rejecting an offer as low, refusing to go lower, or defending the item's worth: `counter`;
 * - the seller's last word on price ("my final price", "can't negotiate more"): `pressure`;
 * - the buyer settling ("$X it is", "you have a deal", "I can settle on", "I'd like to make a donation"):
 *   `buying_signal`;
 * - the persuader promoting the cause or the item unasked ("helps thousands of children", "fully loaded"):
 *   `pitch` (the classifier still decides from the turns before whether it was asked);
 * - doubt about where the money goes or whether it is legitimate: `objection`;
 * - "I already give to ..." and "I donate to local charities": `alternative`.
 * They join each label's list, so negation and the partial-caption rules of `cue.ts` apply as everywhere.
 */
import { cue, decidedByNextWords, type Cue } from './cue';

const OFFER_WORD = '(?:offer|price|number|amount|bid|that|this|it|[0-9$][0-9,.$k]*)';

export const DEAL_COUNTER_CUES: readonly Cue[] = [
  // Rejecting the buyer's number as low.
  cue(
    `${OFFER_WORD} (?:is|'s|seems|sounds) (?:(?:kind of|kinda|a (?:little|bit)(?: bit)?|pretty|rather|really|way|far|quite|very|just|awfully|a tad) )*(?:low|lowball)|(?:lower|less) than (?:i|we) (?:was|were|am|are|had|'d|would)? ?(?:wanting|hoping|looking|expecting|willing|thinking|asking|like)|(?:that's|that is|it's|its) a (?:bit of a |real )?lowball|no can do|(?:i|we) (?:can't|cannot|couldn't|won't) (?:lower|drop|reduce|come down on) (?:the|my|our|it)|(?:i|we) (?:can't|cannot|won't) (?:go|come) (?:down )?(?:that low|as low as|to [0-9$])|(?:would|'d) be (?:taking|losing) (?:a loss|money)`,
    0.75,
    'reject',
  ),
  // Defending the item's worth.
  cue(
    "(?:it's|its|it is|they're|they are|it has|it's been|has been) (?:(?:basically|practically|almost|like|virtually|pretty much|still) )*(?:brand new|like new|never (?:been )?used|barely used|hardly used|unopened|mint)|(?:hasn't|has not|haven't|never) (?:ever )?been (?:used|opened|worn)|(?:a|an) (?:incredibly |very |really |more than )?fair price|(?:a )?steal (?:of a deal|at|for)|(?:is|'s) (?:a )?(?:great|good|fair) (?:price|deal) for (?:a|an|this|what)|worth (?:way |much |a lot )?more than (?:that|[0-9$])|blue book|(?:i|we) paid (?:[0-9$]|more|over|almost)",
    0.7,
    'defend',
  ),
];

export const DEAL_PRESSURE_CUES: readonly Cue[] = [
  cue(
    "(?:my|our|the) (?:final|lowest|last|bottom) (?:price|offer|number|line) (?:is|would be|'s)|(?:can't|cannot|won't) (?:negotiate|budge|go) (?:any )?(?:more|further|lower) than|(?:that's|that is|this is) as low as (?:i|we) (?:can|will) go|firm (?:on|at) (?:the |that |this )?(?:price|[0-9$])|(?:price|it) is firm",
    0.75,
    'finality',
  ),
  cue("(?:before|if) (?:someone|somebody) (?:else )?(?:buys|takes|grabs) it|(?:other|several|a few|lots of) (?:people|buyers) (?:are |have been )?(?:interested|asking|looking)", 0.7, 'scarcity'),
];

export const DEAL_BUYING_SIGNAL_CUES: readonly Cue[] = [
  cue(
    "(?:[0-9$][0-9,.$k]*|that) it is|(?:you've|you have|we have|we've got|it's|its|that's|then|that is) (?:got )?(?:a|yourself a) deal|^deal|(?:i|we) can (?:settle|agree) (?:on|to|for)|(?:i'll|i will|i'd|i would) (?:like to )?(?:make|give) (?:a|the) donation|(?:i'd|i would) like to (?:donate|help|give)|glad (?:that )?we (?:came to|reached|could reach|agree)|(?:i|we) (?:can|could) do (?:\\$?[0-9][0-9,.]*|that price)|sounds (?:like )?(?:a )?(?:fair|reasonable|good|great) (?:price|deal|offer|amount)|i confirm|(?:it's|its|that's) a (?:fair|good|great) (?:price|deal|offer)",
    0.7,
    'accept',
    decidedByNextWords(/^(?:but|if|except|unless|though|however|only if|not)(?![a-z'])/u),
  ),
];

export const DEAL_PITCH_CUES: readonly Cue[] = [
  // Promoting a cause: what the organisation does, what a gift achieves.
  cue(
    "(?:helps?|helping|helped|saves?|saving|supports?|supporting|feeds?|protects?|provides? (?:for|relief|food|care|education|aid)) (?:(?:so )?many |thousands of |millions of |hundreds of |[0-9,]+ )?(?:children|kids|child|families|refugees|people in need|those in need)|(?:your|a|any|every|even a small|a small|each) (?:little )?(?:donation|gift|contribution|dollar|bit) (?:will |would |can |could |really )?(?:help|helps|make|makes|go|goes|count|counts|provide|provides|save|saves)|(?:make|makes|making) a (?:huge|big|real|great|massive|lasting|significant) (?:difference|impact)|(?:a|an) (?:great|good|wonderful|reputable|trusted|amazing|top rated|highly rated|well known|legitimate|fantastic) (?:organi[sz]ation|charity|cause|group|nonprofit|non profit)|(?:international|global|non governmental|nonprofit|non profit) (?:organi[sz]ation|charity)|save the children (?:is|has|helps|does|works|provides|promotes)",
    0.65,
    'benefit',
  ),
  // Promoting an item for sale.
  cue(
    "fully loaded|(?:in )?(?:great|excellent|perfect|mint|pristine|like new) (?:condition|shape)|(?:has|comes with|includes) (?:everything|all) (?:you|you'll|you will)|(?:very |super |really )?convenient location|(?:make|give) you a (?:great|good) deal|(?:this|the) great (?:car|item|place|location|bike|phone)",
    0.6,
    'feature',
  ),
];

export const DEAL_OBJECTION_CUES: readonly Cue[] = [
  cue(
    "(?:is|are) (?:this|it|they|you) (?:a )?(?:legit|legitimate|real|a scam|trustworthy|reputable)|(?:how|can) (?:do|can|would|will) (?:i|we) (?:know|be sure|trust|verify)|(?:a|it's a|is it a) scam|where (?:does|do|will|would) (?:the|my|our) (?:money|donation|donations|funds) (?:go|end up)|(?:not everyone|not all of us|i don't) (?:has|have) the means|(?:i|we) (?:can't|cannot|couldn't) (?:really )?afford (?:to|it|that|this|much|anything)|money is (?:tight|short)|(?:the )?prices? (?:have|has) (?:always )?held me back|(?:i don't|don't|do not|i do not) (?:exactly )?have (?:\\$?[0-9]|that much|the money|enough)|(?:it's|that's|is) (?:a bit |a little |kinda |kind of )?(?:far|out of my budget|over my budget)",
    0.7,
    'risk',
  ),
];

export const DEAL_ALTERNATIVE_CUES: readonly Cue[] = [
  cue(
    "(?:i|we) (?:already|usually|regularly|often|also)? ?(?:donate|give|contribute) (?:to|regularly to|monthly to) (?:a |an |my |our |many |several |other |local |the )?(?:[a-z]+ )?(?:charit(?:y|ies)|church|organi[sz]ations?|causes?|food bank|shelter|red cross|unicef|[a-z]+ foundation)|(?:other|another) (?:home|place|apartment|car|one|listing|seller)s? (?:i am|i'm|we're|we are|i was) (?:looking at|considering)",
    0.7,
    'other-vendor',
  ),
];
