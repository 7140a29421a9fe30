/**
 * Buyer `strong_no`: an explicit, final decline or walk-away ("we're going to pass", "we'll stick with what we
 * have", "no, we won't be moving forward"), a confirmation of an earlier decline, or a flat no to one add-on
 * ("we don't need the HR module"). A firm last offer that still wants the deal is an objection, not this.
 */
import { BROAD_STRONG_NO_CUES } from './broad-cues';
import { cue, decidedByNextWords, type Cue } from './cue';

const ADD_ON = '(?:module|add ?on|package|tier|plan|upgrade|support package|premium|extra|extras|ai stuff|stuff|feature|features|option|bundle|analytics|integration)';

const OWN_STRONG_NO_CUES: readonly Cue[] = [
  cue("(?:we're|we are|i'm|i am|we'll|we will|i'll|i will|we|i|gonna|going to|have to|'ll have to|decided to|going to have to) (?:(?:just|probably|definitely|have to|going to|gonna|decided to|ultimately) )*pass(?: on (?:this|it|that|this one))?(?! (?:it|this|that) (?:on|along|to))", 0.8, 'decline', decidedByNextWords(/^(?:it|this|that|the|along|around|by|through|over)\b/u)),
  cue("(?:we've|we have|i've|i have|we|i) decided (?:not to|to go (?:with|another|in another)|against)|(?:not|won't be|will not be|aren't|are not) (?:going to be )?(?:moving|going) (?:forward|ahead)(?: with (?:you|this|it))?|(?:decided|chose|choosing|going) (?:to go )?with (?:another|a different|someone else|the other)", 0.8, 'decline'),
  cue("(?:we're|we are|i'm|i am) not (?:really )?interested|not interested|no thanks|no thank you|(?:it's|that's|its) a (?:no|hard no|firm no)(?: (?:for|from) (?:now|us|me))?|this (?:isn't|is not) going to happen|(?:we're|we are|i'm|i am) done(?: here| with this)?$|(?:we're|we are|i'm) done (?:here|with this)|not going to happen|then it's never|(?:i'm|i am) over it", 0.8, 'decline'),
  cue("(?:we'll|we will|we're going to|we're gonna|going to|gonna|decided to) (?:just )?(?:stick|stay) with (?:what we (?:have|'ve got|got)|our (?:current|existing)|(?:the )?status quo|[a-z]+)", 0.8, 'decline'),
  cue("(?:sell|give) it to (?:them|those people|someone else|the other)|(?:we|i) (?:won't|will not|can't|cannot) (?:be )?(?:buying|signing|going ahead|donating)|not (?:this|going) to (?:buy|sign|donate)", 0.75, 'decline'),
  // A flat no to one part of the offer.
  cue(`(?:no,? )?(?:(?:ok|okay|thanks|really) )*(?:we|i) (?:don't|do not) (?:really )?need (?:the|that|your|any|this) (?:[a-z]+ )?${ADD_ON}`, 0.75, 'decline'),
  cue(`(?:no thanks|no thank you|nah)(?: the| we| i)?|the (?:standard|basic|core|current) (?:one|plan|support|tier|package|version) is (?:enough|fine|plenty)`, 0.75, 'decline'),
];

/** The cues above plus the broader families of `broad-cues.ts`. */
export const STRONG_NO_CUES: readonly Cue[] = [...OWN_STRONG_NO_CUES, ...BROAD_STRONG_NO_CUES];
