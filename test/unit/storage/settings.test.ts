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
      competitors: ['Tipalti', 42, 'x'.repeat(121), ' Bill.com '],
      coach: { cooldownMs: 30_000, monologueMs: 'long', maxCardsPerMinute: 500 },
    });
    expect(parsed.repNames).toEqual({ teams: 'Sam Rivera' });
    expect(parsed.competitors).toEqual(['Tipalti', 'Bill.com']);
    expect(parsed.coach.cooldownMs).toBe(30_000);
    expect(parsed.coach.monologueMs).toBe(DEFAULT_COACH_SETTINGS.monologueMs);
    expect(parsed.coach.maxCardsPerMinute).toBe(DEFAULT_COACH_SETTINGS.maxCardsPerMinute);
  });

  it('drops only the bad entry of a list or map, never the rest of what the user set', () => {
    const parsed = parseSettings({
      repNames: { zoom: 'Sam Rivera', teams: 'x'.repeat(121), skype: 'Sam' },
      coach: {
        nudges: {
          monologue: { enabled: false },
          'stop-pitching': { title: 'x'.repeat(201) },
          'retired-nudge': { enabled: false },
          'ease-off': { title: 'Slow down' },
        },
      },
      customTriggers: [
        { id: 'pricing', enabled: true, phrases: ['too expensive'], side: 'buyer', title: 'Price', question: 'Compared to what?', why: '' },
        { id: 'broken', enabled: 'yes' },
      ],
    });
    expect(parsed.repNames).toEqual({ zoom: 'Sam Rivera' });
    expect(parsed.coach.nudges).toEqual({ monologue: { enabled: false }, 'ease-off': { title: 'Slow down' } });
    expect(parsed.customTriggers.map((trigger) => trigger.id)).toEqual(['pricing']);
  });

  it('round-trips through a storage area', async () => {
    const area = memoryArea();
    const settings = { ...DEFAULT_SETTINGS, repNames: { zoom: 'Sam' }, competitors: ['Bill.com'] };
    await saveSettings(area, settings);
    expect(await loadSettings(area)).toEqual(settings);
  });
});
