/**
 * Test and demo runs compress time: a replay played at `speed` x real time makes every pause and turn that
 * much shorter. The coach's time thresholds are user settings, so a compressed run scales them the same way,
 * through the real settings store, and the coach behaves as it would at speaking speed.
 */
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../../src/core/coach-settings';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/storage/settings';
import type { CandorBrowser } from './chromium';

const MIN_MS = 1_000;

export function settingsForSpeed(speed: number, overrides: Partial<Settings> = {}): Settings {
  const scale = (ms: number): number => Math.max(MIN_MS, Math.round(ms / speed));
  const coach: CoachSettings = {
    ...DEFAULT_COACH_SETTINGS,
    cooldownMs: scale(DEFAULT_COACH_SETTINGS.cooldownMs),
    monologueMs: scale(DEFAULT_COACH_SETTINGS.monologueMs),
    cardLifetimeMs: scale(DEFAULT_COACH_SETTINGS.cardLifetimeMs),
    talkShareWindowMs: scale(DEFAULT_COACH_SETTINGS.talkShareWindowMs),
    // The per-minute limit counts real minutes; at speed s a real minute holds s minutes of call.
    maxCardsPerMinute: Math.min(20, Math.round(DEFAULT_COACH_SETTINGS.maxCardsPerMinute * speed)),
  };
  return { ...DEFAULT_SETTINGS, ...overrides, coach };
}

/** Writes settings the way the options page will: into storage.local, where the worker picks them up. */
export async function applySettings(candor: CandorBrowser, settings: Settings): Promise<void> {
  await candor.serviceWorker.evaluate(
    async ({ key, value }) => {
      await chrome.storage.local.set({ [key]: value });
    },
    { key: SETTINGS_KEY, value: settings },
  );
}
