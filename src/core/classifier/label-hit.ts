/** Turns a cue hit into a `Label` with its evidence quoted from the caption as shown. */
import { originalSpan, type NormalizedText } from '../text-normalize';
import type { Label, LabelName } from '../types';
import type { CueHit } from './cue';

/** Confidence at or above which a label is a positive call the coach acts on. */
export const POSITIVE = 0.5;

export function pushLabel(labels: Label[], label: LabelName, hit: CueHit | null, n: NormalizedText, raw: string): void {
  if (hit === null) return;
  labels.push({
    label,
    confidence: Math.round(hit.confidence * 100) / 100,
    evidence: originalSpan(n, raw, hit.start, hit.end),
  });
}

/** A hit over the whole text, for labels decided by context rather than by one phrase. */
export function wholeText(n: NormalizedText, confidence: number, kind: CueHit['kind']): CueHit {
  return { confidence, kind, start: 0, end: n.text.length, agreeing: 1 };
}
