import { describe, expect, it } from 'vitest';
import { DEFAULT_COACH_SETTINGS } from '../../../src/core/coach-settings';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings } from '../../../src/storage/settings';
import { memoryArea } from '../memory-area';

describe('settings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the malformed ones with defaults', () => {
    const parsed = parseSettings({
      repNames: { teams: 'Sam Rivera' },
      competitors: ['Tipalti', 42],
      coach: { cooldownMs: 30_000, monologueMs: 'long', maxCardsPerMinute: 500 },
    });
    expect(parsed.repNames).toEqual({ teams: 'Sam Rivera' });
    expect(parsed.competitors).toEqual([]);
    expect(parsed.coach.cooldownMs).toBe(30_000);
    expect(parsed.coach.monologueMs).toBe(DEFAULT_COACH_SETTINGS.monologueMs);
    expect(parsed.coach.maxCardsPerMinute).toBe(DEFAULT_COACH_SETTINGS.maxCardsPerMinute);
  });

  it('round-trips through a storage area', async () => {
    const area = memoryArea();
    const settings = { ...DEFAULT_SETTINGS, repNames: { zoom: 'Sam' }, competitors: ['Bill.com'] };
    await saveSettings(area, settings);
    expect(await loadSettings(area)).toEqual(settings);
  });
});
