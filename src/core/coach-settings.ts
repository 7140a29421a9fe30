/**
 * The coach's tunable thresholds. Defaults come from the research figures in the product principles
 * (top reps talk ~43% of the time, win rates fall above ~65%; a company overview past ~2 minutes loses the
 * buyer) and are only defaults: every one is a user setting.
 */
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
}

export const DEFAULT_COACH_SETTINGS: CoachSettings = {
  cooldownMs: 90_000,
  monologueMs: 75_000,
  maxCardsPerMinute: 3,
  cardLifetimeMs: 45_000,
  talkShareThreshold: 0.65,
  talkShareWindowMs: 5 * 60_000,
};
