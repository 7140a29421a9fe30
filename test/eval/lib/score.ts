/**
 * Runs the classifier over labelled conversations exactly as the live extension would (each line with the
 * final lines before it as context) and scores it: per-label precision, recall and F1, a confusion summary,
 * and the same on growing prefixes of each line, as captions arrive word by word.
 */
import { classify, type ClassifyOptions } from '../../../src/core/classifier';
import { ALL_LABELS, type LabelName, type RoledUtterance } from '../../../src/core/types';
import type { GoldConversation, GoldLine } from './sets';

/** As many earlier turns as the call session keeps for the classifier. */
export const CONTEXT_TURNS = 8;
/** Prefixes are scored every this many words, as captions grow. */
export const PREFIX_STEP = 3;
const POSITIVE = 0.5;
const TURN_MS = 6_000;

export interface LabelScore {
  label: LabelName;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Prediction {
  line: GoldLine;
  predicted: LabelName[];
}

export interface SetScore {
  lines: number;
  perLabel: LabelScore[];
  /** Mean F1 over the labels that occur in the gold labels of this set. */
  macroF1: number;
  /** gold label (or "none") -> predicted label (or "none") -> count, over lines where they differ. */
  confusion: Record<string, Record<string, number>>;
  predictions: Prediction[];
  prefix: { predictions: number; wrong: number; precision: number; perLabel: LabelScore[] };
  /** Prefix calls not in the full line's gold labels (cards that would flash and vanish), for studying errors. */
  prefixErrors: Array<{ line: GoldLine; prefix: string; label: LabelName }>;
}

function roled(line: GoldLine, index: number, text: string, final: boolean): RoledUtterance {
  const start = index * TURN_MS;
  return { id: line.id, role: line.role, speaker: null, text, start, end: start + TURN_MS - 1_000, final };
}

function positives(utterance: RoledUtterance, previous: readonly RoledUtterance[], options?: ClassifyOptions): LabelName[] {
  return classify(utterance, { previous }, options)
    .filter((l) => l.confidence >= POSITIVE)
    .map((l) => l.label);
}

/** The word-aligned prefixes a caption shows while it grows, every PREFIX_STEP words (the full text excluded). */
export function growingPrefixes(text: string): string[] {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const out: string[] = [];
  for (let n = PREFIX_STEP; n < words.length; n += PREFIX_STEP) out.push(words.slice(0, n).join(' '));
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  support: number;
}

function emptyCounts(): Record<LabelName, Counts> {
  return Object.fromEntries(ALL_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0, support: 0 }])) as Record<LabelName, Counts>;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Precision, recall and F1 from counts (0 where nothing was called or nothing was there). */
export function precisionRecallF1(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function toScores(counts: Record<LabelName, Counts>): LabelScore[] {
  return ALL_LABELS.map((label) => {
    const c = counts[label];
    return { label, support: c.support, tp: c.tp, fp: c.fp, fn: c.fn, ...precisionRecallF1(c.tp, c.fp, c.fn) };
  });
}

function bump(confusion: SetScore['confusion'], gold: string, predicted: string): void {
  const row = (confusion[gold] ??= {});
  row[predicted] = (row[predicted] ?? 0) + 1;
}

/** `options.model` scores with other weights (the held-out measures train one per left-out file). */
export function scoreSet(conversations: readonly GoldConversation[], options?: ClassifyOptions): SetScore {
  const counts = emptyCounts();
  const prefixCounts = emptyCounts();
  const confusion: SetScore['confusion'] = {};
  const predictions: Prediction[] = [];
  const prefixErrors: SetScore['prefixErrors'] = [];
  let prefixPredictions = 0;
  let prefixWrong = 0;
  let lines = 0;
  for (const conversation of conversations) {
    const context: RoledUtterance[] = [];
    conversation.lines.forEach((line, index) => {
      lines += 1;
      const previous = context.slice(-CONTEXT_TURNS);
      const final = roled(line, index, line.text, true);
      const predicted = positives(final, previous, options);
      predictions.push({ line, predicted });
      const gold = new Set(line.gold);
      for (const label of ALL_LABELS) {
        const g = gold.has(label);
        const p = predicted.includes(label);
        if (g) counts[label].support += 1;
        if (g && p) counts[label].tp += 1;
        else if (p) counts[label].fp += 1;
        else if (g) counts[label].fn += 1;
      }
      for (const label of predicted) if (!gold.has(label)) bump(confusion, line.gold[0] ?? 'none', label);
      for (const label of line.gold) if (!predicted.includes(label)) bump(confusion, label, predicted[0] ?? 'none');
      for (const text of growingPrefixes(line.text)) {
        for (const label of positives(roled(line, index, text, false), previous, options)) {
          prefixPredictions += 1;
          if (gold.has(label)) prefixCounts[label].tp += 1;
          else {
            prefixCounts[label].fp += 1;
            prefixWrong += 1;
            prefixErrors.push({ line, prefix: text, label });
          }
        }
      }
      context.push(final);
    });
  }
  const perLabel = toScores(counts);
  const present = perLabel.filter((s) => s.support > 0);
  const macroF1 = present.reduce((sum, s) => sum + s.f1, 0) / Math.max(1, present.length);
  return {
    lines,
    perLabel,
    macroF1,
    confusion,
    predictions,
    prefixErrors,
    prefix: { predictions: prefixPredictions, wrong: prefixWrong, precision: ratio(prefixPredictions - prefixWrong, prefixPredictions), perLabel: toScores(prefixCounts) },
  };
}
