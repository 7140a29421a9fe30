/**
 * "A nudge dismissed again and again gets quieter." The rep's "helpful" and "not now" answers, counted per
 * nudge over every call, stretch that nudge's cooldown: every DISMISSALS_PER_STEP more dismissals than
 * helpfuls double it, up to MAX_FACTOR. It never switches a nudge off by itself (that stays the user's
 * choice, in the playbook), and a "helpful" wins a dismissal back. Pure: the worker applies it when it builds
 * the settings it passes to the coach.
 */
import type { CoachSettings } from './coach-settings';
import { NUDGE_IDS, type NudgeId } from './nudges';

export interface NudgeFeedbackCounts {
  helpful: number;
  notNow: number;
}

export type FeedbackStats = Partial<Record<NudgeId, NudgeFeedbackCounts>>;

export type FeedbackKind = 'helpful' | 'not-now';

export const DISMISSALS_PER_STEP = 3;
export const MAX_FACTOR = 8;

/** How much longer this nudge waits between showings: 1 (as configured) to MAX_FACTOR. */
export function cooldownFactor(counts: NudgeFeedbackCounts | undefined): number {
  if (!counts) return 1;
  const steps = Math.floor(Math.max(0, counts.notNow - counts.helpful) / DISMISSALS_PER_STEP);
  return Math.min(MAX_FACTOR, 2 ** steps);
}

/** The coach settings with each often-dismissed nudge's cooldown stretched. */
export function tuneForFeedback(settings: CoachSettings, stats: FeedbackStats): CoachSettings {
  let nudges = settings.nudges;
  for (const id of NUDGE_IDS) {
    const factor = cooldownFactor(stats[id]);
    if (factor === 1) continue;
    const override = nudges?.[id];
    const base = override?.cooldownMs ?? settings.cooldownMs;
    nudges = { ...nudges, [id]: { ...override, cooldownMs: base * factor } };
  }
  return nudges === settings.nudges ? settings : { ...settings, nudges: nudges ?? {} };
}

/** Counts one more answer. */
export function countFeedback(stats: FeedbackStats, nudge: NudgeId, kind: FeedbackKind): FeedbackStats {
  const counts = stats[nudge] ?? { helpful: 0, notNow: 0 };
  const next = kind === 'helpful' ? { ...counts, helpful: counts.helpful + 1 } : { ...counts, notNow: counts.notNow + 1 };
  return { ...stats, [nudge]: next };
}
