/**
 * The options page's state: the user's own settings from storage.local, the administrator's managed policy
 * (whose fields win and are locked), and the feedback counts that make nudges quieter. Every change is saved
 * at once; the worker picks it up through storage.onChanged, so it takes effect in a running call.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FeedbackStats } from '../../core/feedback-tuning';
import { browser } from '../../platform/browser';
import { FEEDBACK_STATS_KEY, parseFeedbackStats } from '../../storage/feedback-stats';
import { applyManagedPolicy, loadManagedPolicy, lockedPaths, type ManagedPolicy } from '../../storage/managed-policy';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTINGS_KEY, type Settings } from '../../storage/settings';

export interface OptionsState {
  loaded: boolean;
  /** What the user chose (what an edit changes). */
  user: Settings;
  /** What is in force: the user's choice with the policy's fields on top (what the page shows). */
  effective: Settings;
  /** Paths set by the managed policy: shown, not editable. */
  locked: ReadonlySet<string>;
  /** Policy fields that were malformed and ignored. */
  policyProblems: string[];
  feedback: FeedbackStats;
  update(change: (user: Settings) => Settings): void;
  resetFeedback(): void;
  savedAt: number | null;
}

export function useOptions(): OptionsState {
  const [user, setUser] = useState<Settings>(DEFAULT_SETTINGS);
  const [policy, setPolicy] = useState<ManagedPolicy>({});
  const [policyProblems, setProblems] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<FeedbackStats>({});
  const [loaded, setLoaded] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  useEffect(() => {
    const load = async (): Promise<void> => {
      const [settings, managed, stats] = await Promise.all([
        loadSettings(browser.storage.local),
        loadManagedPolicy(browser.storage.managed),
        browser.storage.local.get(FEEDBACK_STATS_KEY),
      ]);
      setUser(settings);
      setPolicy(managed.policy);
      setProblems(managed.problems);
      setFeedback(parseFeedbackStats(stats[FEEDBACK_STATS_KEY]));
      setLoaded(true);
    };
    void load();
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'managed' || (area === 'local' && (SETTINGS_KEY in changes || FEEDBACK_STATS_KEY in changes))) void load();
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  }, []);

  const update = useCallback((change: (current: Settings) => Settings) => {
    setUser((current) => {
      const next = change(current);
      void saveSettings(browser.storage.local, next).then(() => setSavedAt(Date.now()));
      return next;
    });
  }, []);

  const resetFeedback = useCallback(() => {
    void browser.storage.local.set({ [FEEDBACK_STATS_KEY]: {} });
    setFeedback({});
  }, []);

  return {
    loaded,
    user,
    effective: applyManagedPolicy(user, policy),
    locked: new Set(lockedPaths(policy)),
    policyProblems,
    feedback,
    update,
    resetFeedback,
    savedAt,
  };
}
