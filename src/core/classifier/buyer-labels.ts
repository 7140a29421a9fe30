/**
 * The buyer's labels for one line: objection, stall, alternative, pain, buying_signal, strong_no and
 * stakeholder, each from its cue list, then adjusted by the turns before (an answer to "is now a good time?",
 * a yes to the rep's proposal, a confirmation of an earlier no, "she" meaning the CFO named a turn ago).
 */
import { wordIndexAt, type NormalizedText } from '../text-normalize';
import type { Label, RoledUtterance } from '../types';
import { ALTERNATIVE_CUES, competitorNameCue } from './alternative-cues';
import { BUYING_SIGNAL_CUES } from './buying-signal-cues';
import { buyerDeclinedRecently, deciderNamedRecently } from './buyer-moves';
import { hasNegatedCue, strongestCue, type CueHit, type CueKind } from './cue';
import { pushLabel, wholeText, POSITIVE } from './label-hit';
import { OBJECTION_CUES } from './objection-cues';
import { PAIN_CUES } from './pain-cues';
import { looksLikeQuestion } from './question-cues';
import { DECIDER, STAKEHOLDER_CUES } from './stakeholder-cues';
import { STALL_CUES } from './stall-cues';
import { STRONG_NO_CUES } from './strong-no-cues';
import { repJustAskedAboutTimeToTalk, repJustAskedForAFact, repJustAskedHowItIsDoneToday, repJustAskedWhoDecides, repJustProposed } from './turn-context';

export interface BuyerContext {
  previous: readonly RoledUtterance[];
  competitors?: readonly string[] | undefined;
}

const SKIP_TIMING: ReadonlySet<CueKind> = new Set(['timing']);
const SKIP_POSTPONE: ReadonlySet<CueKind> = new Set(['postpone']);
const SKIP_UNSURE: ReadonlySet<CueKind> = new Set(['unsure']);
const SKIP_POSTPONE_AND_UNSURE: ReadonlySet<CueKind> = new Set(['postpone', 'unsure']);

/** A short yes: counts as agreement only when it answers the rep's proposal. */
const SHORT_YES =
  /^(?:(?:yes|yeah|yep|yup|sure|ok|okay|absolutely|definitely|of course|alright|great|perfect|fine|totally|sounds good|that works|works for me|that would help|that'd help|that would be great|that'd be good|that could work|please|yes please|we do|i can|i am|i do|sure thing)(?: |$))+/u;
/** Longer lines are judged by their other words, not by the yes they start with. */
const SHORT_LINE_WORDS = 6;
/** After a clear no, the buyer holding to it: "yeah I'm sure", "we're fine really". */
const HOLDS_THE_NO = /^(?:(?:yeah|yes|no|nope|really|honestly|thanks|though)\s)*(?:i'm sure|we're sure|i am sure|we're fine|we are fine|i'm fine|still no|no means no|nope|the answer is (?:still )?no|my answer (?:is|hasn't changed)|(?:it's|that's) final)/u;
/** An answer that gives nothing to weigh: "no", "not sure", "we don't", "it depends". */
const NO_REAL_ANSWER =
  /^(?:(?:um|uh|so|well|honestly|yeah|i mean|oh|hmm) )*(?:no|nope|nothing|none|not sure|not really|i don't know|i'm not sure|we don't|hard to say|it depends|good question)(?![a-z'])/u;
/** Words enough to describe a way of working ("a shared sheet" is three). */
const DESCRIPTION_WORDS = 3;

/**
 * The buyer describing how they do it today, answering the rep's question about exactly that. Only on final
 * text: three words into "honestly the price is too high" nothing tells a description from a concern yet, and
 * a card raised there could not be taken back. A line that raises (or waves off) a concern, stalls, declines or
 * says yes answers something else than how they work today.
 */
function describesTheirWayToday(n: NormalizedText, previous: readonly RoledUtterance[], final: boolean, saysSomethingElse: boolean): boolean {
  return (
    final &&
    !saysSomethingElse &&
    n.words.length >= DESCRIPTION_WORDS &&
    !looksLikeQuestion(n) &&
    !NO_REAL_ANSWER.test(n.text) &&
    repJustAskedHowItIsDoneToday(previous) &&
    !hasNegatedCue(n, OBJECTION_CUES)
  );
}
/** "Just me", "nobody else", "no one really": nobody else takes part. */
const NOBODY_ELSE = /(?<![a-z'])(?:just me|only me|me alone|nobody|no one|noone|nope|not really|i decide|i don't know|not sure)(?![a-z'])/u;

/** The buyer naming the people in the decision, answering the rep's question about exactly that. */
function namesSomeoneWhoDecides(n: NormalizedText, previous: readonly RoledUtterance[]): boolean {
  return n.words.length >= 2 && !looksLikeQuestion(n) && !NOBODY_ELSE.test(n.text) && repJustAskedWhoDecides(previous);
}

/** A stakeholder referred to by pronoun once named: "she'll want to see the numbers". */
const PRONOUN_DECIDES = /(?:^|\s)(?:she|he|they)(?:'ll|'d| will| would| usually| always| also)* (?:want|need|has to|have to|decides?|signs?|approves?|reviews?|looks? at|care|cares)(?:\s|$)/u;
/** Talking or asking "her", "him", "them" about it once a decider was named. */
const PRONOUN_ASKED = /(?:ask|check with|talk to|run it by|loop in|bring in|speak to|speak with|talk with) (?:her|him|them)(?:\s|$)/u;

export function buyerLabels(utterance: RoledUtterance, n: NormalizedText, context: BuyerContext): Label[] {
  const labels: Label[] = [];
  const { previous } = context;
  const final = utterance.final;
  let objection = strongestCue(n, OBJECTION_CUES, final);
  if (objection?.kind === 'timing' && repJustAskedAboutTimeToTalk(previous)) {
    objection = strongestCue(n, OBJECTION_CUES, final, SKIP_TIMING);
  }

  let stall = strongestCue(n, STALL_CUES, final);
  if (stall !== null && (stall.kind === 'unsure' || stall.kind === 'postpone')) {
    const skip = stallKindsToSkip(previous);
    if (skip !== null) stall = strongestCue(n, STALL_CUES, final, skip);
  }

  const competitor = competitorNameCue(context.competitors);
  let alternative = strongestCue(n, competitor === null ? ALTERNATIVE_CUES : [competitor, ...ALTERNATIVE_CUES], final);

  let strongNo = strongestCue(n, STRONG_NO_CUES, final);
  if (strongNo === null && HOLDS_THE_NO.test(n.text) && buyerDeclinedRecently(previous)) strongNo = wholeText(n, 0.7, 'decline');

  let buying = strongestCue(n, BUYING_SIGNAL_CUES, final);
  if (buying === null && n.words.length <= SHORT_LINE_WORDS && SHORT_YES.test(n.text) && objection === null && repJustProposed(previous)) {
    buying = wholeText(n, 0.65, 'agree');
  }
  // Agreeing to postpone ("yeah, let's talk again in six weeks") is a stall, not a signal.
  if (buying !== null && buying.kind === 'agree' && isPositive(stall)) buying = null;
  // "Sounds good" on its own is only agreement when it answers a proposal; a decline or a concern outweighs it.
  if (buying !== null && buying.kind === 'agree' && !repJustProposed(previous)) buying = null;
  if (buying !== null && (isPositive(strongNo) || (isPositive(objection) && buying.kind === 'agree'))) buying = null;
  // Hedged intent ("we might be able to do something this quarter") is a stall as well as a signal.
  if (buying?.kind === 'hedged' && !isPositive(stall)) stall = buying;

  if (alternative === null) {
    const saysSomethingElse = [objection, stall, strongNo, buying].some(isPositive);
    if (describesTheirWayToday(n, previous, final, saysSomethingElse)) alternative = wholeText(n, 0.6, 'current-tool');
  }

  let stakeholder = strongestCue(n, STAKEHOLDER_CUES, final);
  if (stakeholder === null && (PRONOUN_DECIDES.test(n.text) || PRONOUN_ASKED.test(n.text)) && deciderNamedRecently(previous)) {
    stakeholder = wholeText(n, 0.6, 'authority');
  }

  if (stakeholder === null && namesSomeoneWhoDecides(n, previous)) stakeholder = wholeText(n, 0.6, 'authority');

  // "I'd need Lena in finance ops to sign off": an authority objection names the person who decides.
  if (stakeholder === null && objection?.kind === 'authority' && namesAPerson(n, objection)) stakeholder = { ...objection, confidence: 0.65 };

  pushLabel(labels, 'objection', objection, n, utterance.text);
  pushLabel(labels, 'stall', stall, n, utterance.text);
  pushLabel(labels, 'alternative', alternative, n, utterance.text);
  pushLabel(labels, 'pain', isPositive(strongNo) ? null : strongestCue(n, PAIN_CUES, final), n, utterance.text);
  pushLabel(labels, 'buying_signal', buying, n, utterance.text);
  pushLabel(labels, 'strong_no', strongNo, n, utterance.text);
  pushLabel(labels, 'stakeholder', stakeholder, n, utterance.text);
  return labels;
}

const DECIDER_IN_TEXT = new RegExp(`(?<![a-z'])${DECIDER}(?![a-z'])`, 'u');

/** A decider's title, or a capitalised name that does not start a sentence, inside the hit. */
function namesAPerson(n: NormalizedText, hit: CueHit): boolean {
  if (DECIDER_IN_TEXT.test(n.text.slice(hit.start, hit.end))) return true;
  const first = wordIndexAt(n, hit.start);
  const last = wordIndexAt(n, Math.max(hit.start, hit.end - 1));
  for (let i = first + 1; i <= last; i += 1) {
    if (n.capitalised[i] === true && n.breakBefore[i] !== true && n.words[i] !== 'i') return true;
  }
  return false;
}

function isPositive(hit: CueHit | null): boolean {
  return hit !== null && hit.confidence >= POSITIVE;
}

/**
 * After "is now a good time to talk?", "can we circle back next week?" moves the call, not the decision;
 * after "how many seats do you have?", "I'm not sure" is an honest don't-know. Neither is a stall.
 */
function stallKindsToSkip(previous: readonly RoledUtterance[]): ReadonlySet<CueKind> | null {
  const aboutTheCall = repJustAskedAboutTimeToTalk(previous);
  const aboutAFact = repJustAskedForAFact(previous);
  if (aboutTheCall && aboutAFact) return SKIP_POSTPONE_AND_UNSURE;
  if (aboutTheCall) return SKIP_POSTPONE;
  return aboutAFact ? SKIP_UNSURE : null;
}
