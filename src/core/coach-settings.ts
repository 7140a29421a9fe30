/**
 * The coach's tunable thresholds. Defaults come from the research figures in the product principles
 * (top reps talk ~43% of the time, win rates fall above ~65%; a company overview past ~2 minutes loses the
 * buyer) and are only defaults: every one is a user setting.
 */
import type { NudgeId } from './nudges';

/** A team's or user's changes to one nudge of the playbook; anything left out keeps the catalogue's value. */
export interface NudgeOverride {
  /** False: the nudge never shows. */
  enabled?: boolean;
  /** The card's one line of what to do, in the team's own words. */
  title?: string;
  /** The question the rep could ask, in the team's own words. */
  question?: string;
  /** This nudge's own cooldown instead of `cooldownMs` (feedback tuning makes a dismissed nudge quieter). */
  cooldownMs?: number;
}

export interface CoachSettings {
  /** The same nudge is not shown again within this many milliseconds. */
  cooldownMs: number;
  /** A rep speaking without a buyer turn for longer than this gets the monologue nudge. */
  monologueMs: number;
  /** At most this many cards are shown in any rolling minute. */
  maxCardsPerMinute: number;
  /** A card stays current this long unless a higher-priority card replaces it or it is withdrawn. */
  cardLifetimeMs: number;
  /** Rep talk share (0..1) over the recent window above which the talk-share nudge may fire. */
  talkShareThreshold: number;
  /** The window over which the live talk share is computed. */
  talkShareWindowMs: number;
  /** Per-nudge playbook changes: on/off, wording, cooldown. */
  nudges?: Partial<Record<NudgeId, NudgeOverride>>;
}

export const DEFAULT_COACH_SETTINGS: CoachSettings = {
  cooldownMs: 90_000,
  monologueMs: 75_000,
  maxCardsPerMinute: 3,
  cardLifetimeMs: 45_000,
  talkShareThreshold: 0.65,
  talkShareWindowMs: 5 * 60_000,
};
