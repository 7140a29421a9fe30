/**
 * Decision clarity, as the labeling guide defines it: `clear_yes` when the buyer's last decision-relevant
 * signal in the final part of the call is a buying signal (or an agreed next step), `clear_no` when it is a
 * strong no, `unclear` when it is a stall, an unresolved objection, or nothing. The final part starts at a
 * wrap-up phrase ("we're almost out of time") or covers the last 20% of the call.
 */
import { normalizeCaption } from '../text-normalize';
import type { Label, Role } from '../types';

export type DecisionOutcome = 'clear_yes' | 'clear_no' | 'unclear';

export interface DecisionMoment {
  role: Role;
  text: string;
  /** Seconds or milliseconds, whichever the caller uses, as long as it is consistent; null when unknown. */
  at: number | null;
  labels: readonly Label[];
}

export interface Decision {
  outcome: DecisionOutcome;
  /** Index of the utterance that decided it, or null when nothing in the final part did. */
  decidedBy: number | null;
  /** Index where the final part starts. */
  finalPartFrom: number;
}

const WRAP_UP =
  /(?:^|\s)(?:(?:we're|we are|we've|i'm) (?:almost |about |nearly |running )?(?:out of|up on|short on) time|(?:few|couple(?: of)?|five|two|three) minutes left|before we (?:wrap|finish|hang up|go)|to wrap (?:up|things up)|(?:let's|lets) wrap|wrapping up|next steps?|where does (?:this|that) leave (?:you|us)|(?:we're|we are) at time)(?:\s|$)/u;
const FINAL_SHARE = 0.2;

export function isWrapUp(text: string): boolean {
  return WRAP_UP.test(normalizeCaption(text).text);
}

/** The first index of the call's final part. */
export function finalPartStart(moments: readonly DecisionMoment[]): number {
  for (let i = 0; i < moments.length; i += 1) {
    const m = moments[i];
    if (m !== undefined && i >= moments.length / 3 && isWrapUp(m.text)) return i;
  }
  const first = moments[0]?.at ?? null;
  const last = moments[moments.length - 1]?.at ?? null;
  if (first !== null && last !== null && last > first) {
    const from = last - (last - first) * FINAL_SHARE;
    const i = moments.findIndex((m) => m.at !== null && m.at >= from);
    if (i >= 0) return i;
  }
  return Math.floor(moments.length * (1 - FINAL_SHARE));
}

function decisive(labels: readonly Label[]): DecisionOutcome | null {
  const has = (name: Label['label']) => labels.some((l) => l.label === name && l.confidence >= 0.5);
  if (has('strong_no')) return 'clear_no';
  if (has('buying_signal') && !has('stall')) return 'clear_yes';
  if (has('stall') || has('objection') || has('buying_signal')) return 'unclear';
  return null;
}

export function decisionClarity(moments: readonly DecisionMoment[]): Decision {
  const finalPartFrom = finalPartStart(moments);
  for (let i = moments.length - 1; i >= finalPartFrom; i -= 1) {
    const m = moments[i];
    if (m === undefined || m.role !== 'prospect') continue;
    const outcome = decisive(m.labels);
    if (outcome !== null) return { outcome, decidedBy: i, finalPartFrom };
  }
  return { outcome: 'unclear', decidedBy: null, finalPartFrom };
}
