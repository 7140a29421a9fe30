/**
 * The coach's tunable thresholds and the on/off switch of every nudge. Defaults come from the research
 * figures in the product principles (top reps talk ~43% of the time, win rates fall above ~65%; a company
 * overview past ~2 minutes loses the buyer; good discovery calls spread 11-14 questions through the call) and
 * are only defaults: every one is a user setting.
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
  /** The talk-share nudge waits until at least this much speech fell in the window (not at "hello"). */
  talkShareMinSpeechMs: number;
  /** A rep who asked no question for this long gets the ask-a-question nudge. */
  noQuestionMs: number;
  /** From this far into the call, unexplored discovery topics get a gentle reminder. */
  discoveryReminderMs: number;
  /** The call length the user expects; "near the end" is this minus `nearEndMs`, or a wrap-up phrase. */
  expectedCallMs: number;
  nearEndMs: number;
  /** Per-nudge playbook changes (on/off, wording, cooldown); a nudge not listed keeps the catalogue's. */
  nudges: Partial<Record<NudgeId, NudgeOverride>>;
}

export const DEFAULT_COACH_SETTINGS: CoachSettings = {
  cooldownMs: 90_000,
  // ~2 minutes loses the buyer (principles); the card comes a little before that.
  monologueMs: 75_000,
  maxCardsPerMinute: 3,
  cardLifetimeMs: 45_000,
  talkShareThreshold: 0.65,
  talkShareWindowMs: 5 * 60_000,
  talkShareMinSpeechMs: 4 * 60_000,
  // 11-14 questions in a 30-45 minute discovery call is one every ~3 minutes; 5 quiet minutes is a gap.
  noQuestionMs: 5 * 60_000,
  discoveryReminderMs: 12 * 60_000,
  expectedCallMs: 30 * 60_000,
  nearEndMs: 5 * 60_000,
  nudges: {},
};
