/**
 * Labels one caption utterance with the fixed vocabulary of `principles.md`, using hand-written cues over
 * normalised text (see `classifier/`). It runs on every word-by-word revision of a live caption, so:
 * - it is cheap: patterns are compiled once at module load, a call only normalises one short text, and what
 *   earlier turns did is read once per turn and cached;
 * - it is stable: cues need their telling words ("too expensive", not "the price is"), and cues that a
 *   following word could still reverse wait for it, so a card does not flash up and vanish as the words grow;
 * - it is quiet when unsure: non-English text and negated concerns get no label;
 * - on final captions a small learned model (`classifier/model.ts`) may add a label the cues missed, when it
 *   is confident (paraphrases nobody wrote a cue for).
 * Buyer labels only go to the prospect's lines (`classifier/buyer-labels.ts`), rep labels only to the rep's
 * (`classifier/rep-labels.ts`).
 */
import { normalizeCaption, type NormalizedText } from './text-normalize';
import type { Label, RoledUtterance } from './types';
import { buyerLabels } from './classifier/buyer-labels';
import { looksEnglish } from './classifier/language';
import { withModelLabels, type ModelWeights } from './classifier/model';
import type { EarlierCues } from './classifier/model-features';
import { repLabels } from './classifier/rep-labels';

export interface ClassifyContext {
  /** Earlier turns of the call, oldest first, most recent last. */
  previous: readonly RoledUtterance[];
}

export interface ClassifyOptions {
  /** Names of the user's competitors; a buyer naming one is an `alternative`. */
  competitors?: readonly string[];
  /** Another set of model weights (the evaluation's held-out measures train one per left-out file). */
  model?: ModelWeights;
}

export function classify(utterance: RoledUtterance, context: ClassifyContext, options?: ClassifyOptions): Label[] {
  const n = normalizeCaption(utterance.text);
  if (n.words.length === 0 || !looksEnglish(n, utterance.text)) return [];
  const rules = ruleLabelsFor(utterance, n, context, options);
  // A final line becomes context for the next ones: keep what the cues said about it (read as `pl:` features).
  if (utterance.final) earlierCache.set(utterance, rules);
  return withModelLabels(rules, n, utterance, context.previous, options?.model, earlierCues);
}

/** The cue labels of each earlier line, read once per line object (the call keeps the same context objects). */
const earlierCache = new WeakMap<RoledUtterance, readonly Label[]>();

/** What the cues said about an earlier line, read with the lines before it; the model reads it as context. */
export const earlierCues: EarlierCues = (turn, before) => {
  const cached = earlierCache.get(turn);
  if (cached !== undefined) return cached;
  const labels = classifyWithCuesOnly(turn, { previous: before });
  earlierCache.set(turn, labels);
  return labels;
};

/** The hand-written cues alone, without the learned model (for training it and for comparing). */
export function classifyWithCuesOnly(utterance: RoledUtterance, context: ClassifyContext, options?: ClassifyOptions): Label[] {
  const n = normalizeCaption(utterance.text);
  if (n.words.length === 0 || !looksEnglish(n, utterance.text)) return [];
  return ruleLabelsFor(utterance, n, context, options);
}

function ruleLabelsFor(utterance: RoledUtterance, n: NormalizedText, context: ClassifyContext, options?: ClassifyOptions): Label[] {
  return utterance.role === 'prospect'
    ? buyerLabels(utterance, n, { previous: context.previous, competitors: options?.competitors })
    : repLabels(utterance, n, context.previous);
}
