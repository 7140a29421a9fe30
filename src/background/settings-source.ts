/**
 * The settings in force in the worker: the user's own (storage.local), overridden field by field by an
 * administrator's managed policy (storage.managed), with the coach tuned by the rep's card feedback so that a
 * nudge dismissed again and again gets quieter. Rebuilt whenever any of the three changes, so a change in the
 * options page takes effect in a running call.
 */
import { countFeedback, tuneForFeedback, type FeedbackKind, type FeedbackStats } from '../core/feedback-tuning';
import type { NudgeId } from '../core/nudges';
import { FEEDBACK_STATS_KEY, parseFeedbackStats } from '../storage/feedback-stats';
import { applyManagedPolicy, loadManagedPolicy, parseManagedPolicy, type ManagedArea, type ManagedPolicy } from '../storage/managed-policy';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type LocalArea, type Settings } from '../storage/settings';

export interface SettingsAreas {
  local: LocalArea;
  managed: ManagedArea | undefined;
  /** Keeps the last policy read, so a restarted worker applies it at once (storage.session: memory only). */
  session: LocalArea;
}

const POLICY_CACHE_KEY = 'managed-policy';

export class SettingsSource {
  private user: Settings = DEFAULT_SETTINGS;
  private policy: ManagedPolicy = {};
  private stats: FeedbackStats = {};
  private current: Settings = DEFAULT_SETTINGS;

  constructor(private readonly areas: SettingsAreas) {}

  /** The settings to coach with now. */
  get settings(): Settings {
    return this.current;
  }

  /**
   * Loads the user's settings, the feedback counts and the last policy seen. Chromium answers the first
   * `storage.managed.get()` after start only once its policy service is up (seconds, measured ~3 s here), so
   * the fresh policy is read without holding the worker back: `onPolicy` runs when it arrived and changed
   * what is in force.
   */
  async load(onPolicy: () => void = () => undefined): Promise<void> {
    const [stored, stats, cached] = await Promise.all([
      this.areas.local.get(SETTINGS_KEY),
      this.areas.local.get(FEEDBACK_STATS_KEY),
      this.areas.session.get(POLICY_CACHE_KEY),
    ]);
    this.user = parseSettings(stored[SETTINGS_KEY]);
    this.stats = parseFeedbackStats(stats[FEEDBACK_STATS_KEY]);
    this.policy = parseManagedPolicy(cached[POLICY_CACHE_KEY]).policy;
    this.rebuild();
    void this.refreshPolicy().then((changed) => {
      if (changed) onPolicy();
    });
  }

  private async refreshPolicy(): Promise<boolean> {
    this.policy = (await loadManagedPolicy(this.areas.managed)).policy;
    await this.areas.session.set({ [POLICY_CACHE_KEY]: this.policy }).catch(() => undefined);
    return this.rebuild();
  }

  /** From storage.onChanged; returns true when the settings in force changed. */
  async changed(changes: Record<string, { newValue?: unknown }>, area: string): Promise<boolean> {
    if (area === 'managed') {
      return this.refreshPolicy();
    } else if (area === 'local') {
      const settings = changes[SETTINGS_KEY];
      const stats = changes[FEEDBACK_STATS_KEY];
      if (!settings && !stats) return false;
      if (settings) this.user = parseSettings(settings.newValue);
      if (stats) this.stats = parseFeedbackStats(stats.newValue);
    } else {
      return false;
    }
    return this.rebuild();
  }

  /** Counts the rep's answer to a card and saves the counts. */
  async countFeedback(nudge: NudgeId, kind: FeedbackKind): Promise<void> {
    this.stats = countFeedback(this.stats, nudge, kind);
    this.rebuild();
    await this.areas.local.set({ [FEEDBACK_STATS_KEY]: this.stats });
  }

  private rebuild(): boolean {
    const effective = applyManagedPolicy(this.user, this.policy);
    const next = { ...effective, coach: tuneForFeedback(effective.coach, this.stats) };
    const changed = JSON.stringify(next) !== JSON.stringify(this.current);
    this.current = next;
    return changed;
  }
}
