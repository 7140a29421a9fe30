/**
 * A small learned model that adds recall to the hand-written cues: one logistic regression per nudge label
 * over the features of `model-features.ts`, trained by `npm run train` (test/eval/train.ts) on the dev part
 * of the evaluation sets only, and shipped as sparse weights in `model-weights.json`.
 *
 * How it combines with the cues: the cues decide first (they are precise); the model can only ADD a label the
 * cues did not give, and only when its probability clears a per-label threshold chosen by cross-validation on
 * dev for high precision. It reads only final captions: a label that a three-word prefix suggests and the
 * full sentence takes back would flash a wrong card, so partial text stays with the cues, which wait for
 * their telling words. Labels stay role-specific (buyer labels on the prospect's lines, rep labels on the
 * rep's) and a few pairs that cannot hold together are kept apart (no buying signal on a clear no).
 */
import type { NormalizedText } from '../text-normalize';
import type { Label, LabelName, RoledUtterance } from '../types';
import { contextFeatures, inFamily, lineFeatures, previousTurnFeatures, ruleFeatures, type EarlierCues } from './model-features';
import { KNOWN_PRODUCTS } from './products';
import { isLogistics } from './question-cues';
import weights from './model-weights.json';

export interface ModelWeights {
  /** One entry per modelled label, in this order everywhere below. */
  labels: LabelName[];
  roles: Array<'prospect' | 'rep'>;
  bias: number[];
  /** Probability at or above which the model adds the label (above 1: never). */
  thresholds: number[];
  /**
   * Probability under which the model takes back a cue's positive call for the label (0 or absent: never).
   * The cues' own label then stays as a hint (confidence under 0.5) for the review.
   */
  removeBelow?: number[];
  /** feature -> [label index, weight, label index, weight, ...] (zero weights left out). */
  features: Record<string, number[]>;
}

const MODEL = weights as ModelWeights;

/** Pairs the model does not add together: the second is not added when the first holds. */
const EXCLUSIVE: ReadonlyArray<readonly [LabelName, LabelName]> = [
  ['strong_no', 'buying_signal'],
  ['buying_signal', 'strong_no'],
  ['counter', 'pitch'],
  ['pitch', 'counter'],
  // A concern is neither agreement nor a postponement (2 and 3 of 817 objections in the dev files are).
  ['objection', 'buying_signal'],
  ['buying_signal', 'objection'],
  ['objection', 'stall'],
  ['stall', 'objection'],
  ['strong_no', 'stall'],
  // A question is asked one way (2 of 25,311 dev and training lines are labelled both).
  ['open_question', 'closed_question'],
  ['closed_question', 'open_question'],
];

/** Meeting logistics the model must leave alone: calendars, links, invites, screens. */
const MEETING_LOGISTICS = /(?<![a-z'])(?:calendar|diary|the link|a link|invite|invitation|my screen|on mute|hear me|dial in|dial-in)(?![a-z'])/u;
/** Words that name another option when no tool word does ("someone else", "cheaper", "instead", "a freelancer"). */
const NAMES_AN_OPTION = /(?<![a-z'])(?:else|elsewhere|instead|other|another|cheaper|competitors?|freelancers?|contractors?|consultants?|agency|interns?|by hand|ourselves|in house|already (?:have|got|use|pay))(?![a-z'])/u;

/**
 * Thinking aloud before an answer ("let me think, we're about forty people", "let me see, maybe twenty"): the
 * cues read a stall only in "think about it / it over"; the model, which learned "let me think" mostly from
 * real stalls, must not add one here.
 */
const THINKING_ALOUD = /^(?:(?:um|uh|hmm|so|well|okay|ok|oh) )*(?:let me (?:think|see|check)|let's see)(?! (?:about|over|on|it|this|that|things|everything)(?![a-z']))(?: [a-z0-9']+){2,}/u;

function namesAnOption(n: NormalizedText): boolean {
  if (NAMES_AN_OPTION.test(n.text)) return true;
  // "monday" is a weekday far more often than the product.
  return n.words.some((w) => w !== 'monday' && (KNOWN_PRODUCTS.has(w) || inFamily(w, 'tool') || inFamily(w, 'own') || inFamily(w, 'price')));
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Each model's feature rows as a Map (faster to look up than the JSON object), built once per model. */
const rowsOf = new WeakMap<ModelWeights, Map<string, number[]>>();

function featureRows(model: ModelWeights): Map<string, number[]> {
  let rows = rowsOf.get(model);
  if (rows === undefined) {
    rows = new Map(Object.entries(model.features));
    rowsOf.set(model, rows);
  }
  return rows;
}

/** The model's probability for each of its labels that belongs to this role (others are NaN). */
export function modelProbabilities(features: readonly string[], role: RoledUtterance['role'], model: ModelWeights = MODEL): number[] {
  const scores = model.bias.map((b, i) => (model.roles[i] === role ? b : Number.NaN));
  const rows = featureRows(model);
  const seen = new Set<string>();
  for (const f of features) {
    const row = rows.get(f);
    if (row === undefined || seen.has(f)) continue;
    seen.add(f);
    for (let k = 0; k + 1 < row.length; k += 2) {
      const i = row[k] as number;
      scores[i] = (scores[i] as number) + (row[k + 1] as number);
    }
  }
  return scores.map((s) => (Number.isNaN(s) ? s : sigmoid(s)));
}

/** Every feature of one line in context, as the model and its training see it. */
export function allFeatures(
  n: NormalizedText,
  utterance: RoledUtterance,
  previous: readonly RoledUtterance[],
  ruleLabels: readonly Label[],
  earlier?: EarlierCues,
): string[] {
  return [...lineFeatures(n), ...ruleFeatures(ruleLabels), ...contextFeatures(utterance, previous), ...previousTurnFeatures(utterance, previous, earlier)];
}

/** A hint's confidence: a label the model took back stays visible to the review, not to the coach. */
const TAKEN_BACK = 0.4;

/** Whether a final caption is one the model may add labels to at all (not meeting logistics). */
export function modelMayAddTo(n: NormalizedText): boolean {
  return !isLogistics(n) && !MEETING_LOGISTICS.test(n.text);
}

/**
 * The guards on what the model adds (training applies them too, so that its thresholds are chosen on what the
 * extension would really do): no label that cannot hold with one already given; an alternative must name an
 * option; a buying signal must answer a proposal or name a step to buy (praise is not one); thinking aloud
 * before an answer is not a stall.
 */
export function modelMayAdd(label: LabelName, n: NormalizedText, features: readonly string[], positive: ReadonlySet<LabelName>): boolean {
  if (EXCLUSIVE.some(([held, not]) => not === label && positive.has(held))) return false;
  if (label === 'alternative' && !namesAnOption(n)) return false;
  if (label === 'stall' && THINKING_ALOUD.test(n.text)) return false;
  if (label === 'buying_signal' && !features.includes('c:proposed') && !features.includes('k:go')) return false;
  return true;
}

/**
 * The cue labels, revised by the model. On a final caption the model may ADD a label the cues missed (its
 * probability at or above the label's threshold) and TAKE BACK a cue's positive call (its probability under
 * the label's `removeBelow`). On partial text it only takes back: a card it would add on a prefix could
 * vanish when the sentence completes, while a card it holds back cannot flash. A model label gets a
 * confidence from 0.5 (at its threshold) up to 0.9, and its evidence is the whole line.
 */
export function withModelLabels(
  ruleLabels: Label[],
  n: NormalizedText,
  utterance: RoledUtterance,
  previous: readonly RoledUtterance[],
  model: ModelWeights = MODEL,
  earlier?: EarlierCues,
): Label[] {
  const positive = new Set(ruleLabels.filter((l) => l.confidence >= 0.5).map((l) => l.label));
  const removeBelow = model.removeBelow;
  const mayRemove = removeBelow !== undefined && model.labels.some((label, i) => positive.has(label) && (removeBelow[i] ?? 0) > 0);
  // Pure logistics ("can you send me the link", "let me check my calendar") gets no label from the model.
  const mayAdd = utterance.final && modelMayAddTo(n);
  if (!mayAdd && !mayRemove) return ruleLabels;
  const features = allFeatures(n, utterance, previous, ruleLabels, earlier);
  const probabilities = modelProbabilities(features, utterance.role, model);
  const removed = new Set<LabelName>();
  if (mayRemove) {
    model.labels.forEach((label, i) => {
      const p = probabilities[i] as number;
      if (positive.has(label) && !Number.isNaN(p) && p < (removeBelow?.[i] ?? 0)) removed.add(label);
    });
    for (const label of removed) positive.delete(label);
  }
  const added: Label[] = [];
  if (mayAdd) {
    model.labels.forEach((label, i) => {
      const p = probabilities[i] as number;
      const threshold = model.thresholds[i] as number;
      if (Number.isNaN(p) || p < threshold || positive.has(label) || removed.has(label)) return;
      if (!modelMayAdd(label, n, features, positive)) return;
      const confidence = Math.round((0.5 + (0.4 * (p - threshold)) / Math.max(1e-6, 1 - threshold)) * 100) / 100;
      added.push({ label, confidence, evidence: utterance.text.trim() });
      positive.add(label);
    });
  }
  if (added.length === 0 && removed.size === 0) return ruleLabels;
  // A weak cue call for the same label (kept for the review) is replaced by the model's positive one.
  const addedNames = new Set(added.map((l) => l.label));
  return [
    ...ruleLabels
      .filter((l) => !addedNames.has(l.label))
      .map((l) => (removed.has(l.label) && l.confidence >= 0.5 ? { ...l, confidence: TAKEN_BACK } : l)),
    ...added,
  ];
}
