/**
 * The rep's labels for one line: pitch, counter, pressure and the question shapes. Whether promoting words are
 * a pitch, a counter or a plain answer depends on what the buyer just said (see `turn-context.ts`); so does a
 * pushback opener ("but", "well", "actually") and asking again after a clear no.
 */
import type { NormalizedText } from '../text-normalize';
import type { Label, RoledUtterance } from '../types';
import { buyerDeclinedRecently, buyerLineJustBefore, buyerMoves } from './buyer-moves';
import { COUNTER_CUES, PUSHBACK_OPENER } from './counter-cues';
import { reinforce, strongestCue, type CueHit } from './cue';
import { pushLabel, wholeText, POSITIVE } from './label-hit';
import { PITCH_CUES } from './pitch-cues';
import { PRESSURE_CUES } from './pressure-cues';
import { findClosedQuestion, findOpenQuestionAtClauseStart, isLogistics, looksLikeQuestion, OPEN_QUESTION_CUES } from './question-cues';
import { repTurnSituation } from './turn-context';

/** Confidence for a pitch that answers a buyer's question: kept for the review, no card. */
const ANSWER_NOT_PITCH = 0.3;
/** An answer that piles on this many separate promotional cues is a pitch after all. */
const PILED_ON_CUES = 3;
/** A rep who starts by acknowledging ("that's fair", "I hear you") is validating, not pushing back. */
const VALIDATING = /^(?:(?:ok|okay|yeah|yes|right|so|oh|sure|totally|absolutely|completely) )*(?:that's (?:fair|completely fair|totally fair|a (?:fair|great|good|really fair) (?:point|question))|fair enough|i hear you|i understand|i get (?:it|that)|makes sense|understood|got it|totally understand|no (?:problem|worries)|of course|sorry)/u;
/** Insisting words that make a statement right after the buyer's concern a defence, not an answer. */
const DEFENDING =
  /(?:^|\s)(?:honestly|actually|really not|trust me|with respect|not true|isn't true|(?:everyone|everybody|nobody|no one|all our customers|most (?:of our )?customers) (?:does|do|says|can|loves?|uses?|ends? up|knows|renews?)|you'll (?:grow into|see|love)|you will though|(?:never|always) (?:had|happens|takes?|ends? up|costs?)|way (?:more|cheaper|better|cleaner|faster)|(?:better|cheaper|faster|safer|cleaner|simpler) than|compared to ours|(?:not|nothing) like (?:them|that)|the difference)(?:\s|$)/u;

/** Asking again after a no: a proposal, a plea or another offer. */
const ASKS_AGAIN = /(?:^|\s)(?:please|consider|reconsider|let me|what if|how about|are you sure|one more|think about it|better offer|just|even)(?:\s|$)/u;

export function repLabels(utterance: RoledUtterance, n: NormalizedText, previous: readonly RoledUtterance[]): Label[] {
  const labels: Label[] = [];
  const final = utterance.final;
  const buyer = buyerLineJustBefore(previous);
  const moves = buyer === undefined ? null : buyerMoves(buyer);
  const validating = VALIDATING.test(n.text);

  let counter = strongestCue(n, COUNTER_CUES, final);
  const pushedBack = moves !== null && (moves.objection || moves.alternative || moves.strongNo || moves.offer);
  if (counter === null && pushedBack && !validating && PUSHBACK_OPENER.test(n.text)) counter = wholeText(n, 0.7, 'rebut');
  // Right after a concern, a statement that insists ("honestly it's the simplest", "everyone ends up using it").
  if (counter === null && pushedBack && !validating && !looksLikeQuestion(n) && DEFENDING.test(n.text)) counter = wholeText(n, 0.65, 'defend');

  const pitch = strongestCue(n, PITCH_CUES, final);
  let pitchLabel: CueHit | null = null;
  if (pitch !== null) {
    const situation = repTurnSituation(previous, utterance);
    if (situation === 'answering-objection' && !validating) {
      // Facts offered in answer to an objection defend the product: a counter, not a pitch.
      if (counter === null || counter.confidence < pitch.confidence) counter = pitch;
    } else {
      const confidence =
        situation === 'unprompted'
          ? reinforce(pitch.confidence, pitch.agreeing - 1)
          : situation === 'answering-question' && pitch.agreeing >= PILED_ON_CUES
            ? 0.55
            : Math.min(pitch.confidence, ANSWER_NOT_PITCH);
      pitchLabel = { ...pitch, confidence };
    }
  }

  let pressure = strongestCue(n, PRESSURE_CUES, final);
  if (pressure === null && buyerDeclinedRecently(previous) && !validating && ASKS_AGAIN.test(n.text)) pressure = wholeText(n, 0.65, 'insist');

  pushLabel(labels, 'pitch', pitchLabel, n, utterance.text);
  pushLabel(labels, 'counter', counter, n, utterance.text);
  pushLabel(labels, 'pressure', pressure, n, utterance.text);
  pushQuestion(labels, n, utterance);
  return labels;
}

function pushQuestion(labels: Label[], n: NormalizedText, utterance: RoledUtterance): void {
  if (isLogistics(n)) return;
  const open = strongestCue(n, OPEN_QUESTION_CUES, utterance.final);
  if (open !== null && open.confidence >= POSITIVE) {
    pushLabel(labels, 'open_question', open, n, utterance.text);
    return;
  }
  const openAtStart = findOpenQuestionAtClauseStart(n, utterance.final);
  if (openAtStart === 'pending') return;
  if (openAtStart !== null) {
    pushLabel(labels, 'open_question', { ...openAtStart, kind: 'open', confidence: 0.7, agreeing: 1 }, n, utterance.text);
    return;
  }
  const closed = findClosedQuestion(n, utterance.final);
  if (closed !== null) pushLabel(labels, 'closed_question', { ...closed, kind: 'closed', confidence: 0.7, agreeing: 1 }, n, utterance.text);
}
