/**
 * Who has been talking: the rep's share of speaking time, over the whole call and over a recent window.
 * Speaking time is measured from caption timing (first words to last change of each utterance), which is what
 * the captions let us know; silence counts for nobody. Pure and serialisable so the worker can persist it.
 */
import type { EpochMs, Role } from './types';

export interface TalkSplit {
  /** The rep's share of talk over the whole call, 0..1, or null before anyone spoke. */
  callShare: number | null;
  /** The rep's share of talk over the recent window, 0..1, or null when nobody spoke in it. */
  recentShare: number | null;
  repMs: number;
  othersMs: number;
}

interface Span {
  role: Role;
  start: EpochMs;
  end: EpochMs;
}

export interface TalkState {
  /** Time already settled from final utterances. */
  settled: Record<Role, number>;
  /** Utterances still growing, by id; their time is counted but may still change. */
  open: Record<string, Span>;
  /** Final spans that end inside the recent window, oldest first. */
  recent: Span[];
}

export function initialTalkState(): TalkState {
  return { settled: { rep: 0, prospect: 0 }, open: {}, recent: [] };
}

export interface TalkUpdate {
  id: string;
  role: Role;
  start: EpochMs;
  end: EpochMs;
  final: boolean;
}

/**
 * Counts one version of an utterance. Later versions of the same utterance replace earlier ones; the caller
 * passes each version once (the call session drops versions it has already seen).
 */
export function recordTalk(state: TalkState, update: TalkUpdate, now: EpochMs, windowMs: number): TalkState {
  const open = { ...state.open };
  const span: Span = { role: update.role, start: update.start, end: Math.max(update.start, update.end) };
  if (!update.final) {
    open[update.id] = span;
    return { ...state, open };
  }
  delete open[update.id];
  const settled = { ...state.settled, [span.role]: state.settled[span.role] + (span.end - span.start) };
  const recent = [...state.recent, span].filter((s) => s.end >= now - windowMs);
  return { settled, open, recent };
}

/**
 * A share as the talk meter shows it, in whole percent (null: "–"). The worker compares shares this way too, to
 * tell whether the meter's figure moved (background/call-session.ts `movedWithClock`).
 */
export function sharePercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/** Whether a share is over the talk-share threshold, as the meter colours it and the worker compares it. */
export function overThreshold(share: number | null, threshold: number): boolean {
  return share !== null && share > threshold;
}

function overlapMs(span: Span, from: EpochMs): number {
  return Math.max(0, span.end - Math.max(span.start, from));
}

function share(rep: number, others: number): number | null {
  return rep + others > 0 ? rep / (rep + others) : null;
}

export function talkSplit(state: TalkState, now: EpochMs, windowMs: number): TalkSplit {
  const openSpans = Object.values(state.open);
  const total = { ...state.settled };
  for (const span of openSpans) total[span.role] += span.end - span.start;
  const windowStart = now - windowMs;
  const recent = { rep: 0, prospect: 0 };
  for (const span of [...state.recent, ...openSpans]) recent[span.role] += overlapMs(span, windowStart);
  return {
    callShare: share(total.rep, total.prospect),
    recentShare: share(recent.rep, recent.prospect),
    repMs: total.rep,
    othersMs: total.prospect,
  };
}
