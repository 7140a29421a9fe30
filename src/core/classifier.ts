/**
 * Labels one caption utterance with the fixed vocabulary of `principles.md`, using hand-written cues over
 * normalised text (see `classifier/`). It runs on every word-by-word revision of a live caption, so:
 * - it is cheap: patterns are compiled once at module load, a call only normalises one short text;
 * - it is stable: cues need their telling words ("too expensive", not "the price is"), and cues that a
 *   following word could still reverse wait for it, so a card does not flash up and vanish as the words grow;
 * - it is quiet when unsure: non-English text and negated concerns get no label.
 * Buyer labels only go to the prospect's lines, rep labels only to the rep's.
 */
import { normalizeCaption, originalSpan, type NormalizedText } from './text-normalize';
import type { Label, LabelName, RoledUtterance } from './types';
import { ALTERNATIVE_CUES, competitorNameCue } from './classifier/alternative-cues';
import { reinforce, strongestCue, type CueHit, type CueKind } from './classifier/cue';
import { looksEnglish } from './classifier/language';
import { OBJECTION_CUES } from './classifier/objection-cues';
import { PITCH_CUES } from './classifier/pitch-cues';
import { findClosedQuestion, findOpenQuestionAtClauseStart, isLogistics, OPEN_QUESTION_CUES } from './classifier/question-cues';
import { STALL_CUES } from './classifier/stall-cues';
import { repJustAskedAboutTimeToTalk, repJustAskedForAFact, repTurnSituation } from './classifier/turn-context';

export interface ClassifyContext {
  /** Earlier turns of the call, oldest first, most recent last. */
  previous: readonly RoledUtterance[];
}

export interface ClassifyOptions {
  /** Names of the user's competitors; a buyer naming one is an `alternative`. */
  competitors?: readonly string[];
}

/** Confidence for a pitch that answers a buyer's question or objection: kept for the review, no card. */
const ANSWER_NOT_PITCH = 0.3;
/** An answer that piles on this many separate promotional cues is a pitch after all. */
const PILED_ON_CUES = 3;

const SKIP_TIMING: ReadonlySet<CueKind> = new Set(['timing']);
const SKIP_POSTPONE: ReadonlySet<CueKind> = new Set(['postpone']);
const SKIP_UNSURE: ReadonlySet<CueKind> = new Set(['unsure']);
const SKIP_POSTPONE_AND_UNSURE: ReadonlySet<CueKind> = new Set(['postpone', 'unsure']);

export function classify(utterance: RoledUtterance, context: ClassifyContext, options?: ClassifyOptions): Label[] {
  const n = normalizeCaption(utterance.text);
  if (n.words.length === 0 || !looksEnglish(n, utterance.text)) return [];
  return utterance.role === 'prospect'
    ? buyerLabels(utterance, n, context, options)
    : repLabels(utterance, n, context);
}

function buyerLabels(
  utterance: RoledUtterance,
  n: NormalizedText,
  context: ClassifyContext,
  options: ClassifyOptions | undefined,
): Label[] {
  const labels: Label[] = [];
  const final = utterance.final;
  // Context is only read when a cue that depends on it matched, to keep the common path cheap.
  let objection = strongestCue(n, OBJECTION_CUES, final);
  if (objection?.kind === 'timing' && repJustAskedAboutTimeToTalk(context.previous)) {
    objection = strongestCue(n, OBJECTION_CUES, final, SKIP_TIMING);
  }
  pushLabel(labels, 'objection', objection, n, utterance.text);

  let stall = strongestCue(n, STALL_CUES, final);
  if (stall !== null && (stall.kind === 'unsure' || stall.kind === 'postpone')) {
    const skip = stallKindsToSkip(context.previous);
    if (skip !== null) stall = strongestCue(n, STALL_CUES, final, skip);
  }
  pushLabel(labels, 'stall', stall, n, utterance.text);

  const competitor = competitorNameCue(options?.competitors);
  const alternative = strongestCue(n, competitor === null ? ALTERNATIVE_CUES : [competitor, ...ALTERNATIVE_CUES], final);
  pushLabel(labels, 'alternative', alternative, n, utterance.text);
  return labels;
}

/**
 * After "is now a good time to talk?", "can we circle back next week?" moves the call, not the decision;
 * after "how many seats do you have?", "I'm not sure" is an honest don't-know. Neither is a stall.
 */
function stallKindsToSkip(previous: ClassifyContext['previous']): ReadonlySet<CueKind> | null {
  const aboutTheCall = repJustAskedAboutTimeToTalk(previous);
  const aboutAFact = repJustAskedForAFact(previous);
  if (aboutTheCall && aboutAFact) return SKIP_POSTPONE_AND_UNSURE;
  if (aboutTheCall) return SKIP_POSTPONE;
  return aboutAFact ? SKIP_UNSURE : null;
}

function repLabels(utterance: RoledUtterance, n: NormalizedText, context: ClassifyContext): Label[] {
  const labels: Label[] = [];
  const pitch = strongestCue(n, PITCH_CUES, utterance.final);
  if (pitch !== null) {
    const situation = repTurnSituation(context.previous, utterance);
    const confidence =
      situation === 'unprompted'
        ? reinforce(pitch.confidence, pitch.agreeing - 1)
        : situation === 'answering-question' && pitch.agreeing >= PILED_ON_CUES
          ? 0.55
          : Math.min(pitch.confidence, ANSWER_NOT_PITCH);
    pushLabel(labels, 'pitch', { ...pitch, confidence }, n, utterance.text);
  }
  if (!isLogistics(n)) {
    const open = strongestCue(n, OPEN_QUESTION_CUES, utterance.final);
    const openAtStart = open === null || open.confidence < 0.5 ? findOpenQuestionAtClauseStart(n) : null;
    const closed = open === null || open.confidence < 0.5 ? (openAtStart === null ? findClosedQuestion(n) : null) : null;
    if (open !== null && open.confidence >= 0.5) pushLabel(labels, 'open_question', open, n, utterance.text);
    else if (openAtStart !== null) pushLabel(labels, 'open_question', { ...openAtStart, confidence: 0.7, agreeing: 1 }, n, utterance.text);
    else if (closed !== null) pushLabel(labels, 'closed_question', { ...closed, confidence: 0.7, agreeing: 1 }, n, utterance.text);
  }
  return labels;
}

function pushLabel(labels: Label[], label: LabelName, hit: CueHit | null, n: NormalizedText, raw: string): void {
  if (hit === null) return;
  labels.push({
    label,
    confidence: Math.round(hit.confidence * 100) / 100,
    evidence: originalSpan(n, raw, hit.start, hit.end),
  });
}
