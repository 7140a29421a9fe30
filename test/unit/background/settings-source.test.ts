import { describe, expect, it } from 'vitest';
import { memoryArea as area } from '../memory-area';
import { DEFAULT_COACH_SETTINGS } from '../../../src/core/coach-settings';
import { SettingsSource } from '../../../src/background/settings-source';
import { SETTINGS_KEY } from '../../../src/storage/settings';

describe('the settings in force in the worker', () => {
  it("applies the administrator's policy over the user's settings once storage.managed answers", async () => {
    let answer: (policy: Record<string, unknown>) => void = () => undefined;
    const managed = { get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)) };
    const local = area({ [SETTINGS_KEY]: { competitors: ['Mine'], coach: { cooldownMs: 30_000 } } });
    const session = area();
    const source = new SettingsSource({ local, managed, session });
    let applied = 0;
    await source.load(() => (applied += 1));
    // Chromium is slow to answer the first managed read: the worker runs on the user's settings meanwhile.
    expect(source.settings.competitors).toEqual(['Mine']);
    answer({ competitors: ['Bill.com'], thresholds: { cooldownMs: 120_000 }, nudges: { monologue: { enabled: false } } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(applied).toBe(1);
    expect(source.settings.competitors).toEqual(['Bill.com']);
    expect(source.settings.coach.cooldownMs).toBe(120_000);
    expect(source.settings.coach.nudges?.monologue?.enabled).toBe(false);

    // A restarted worker starts with the policy it saw last.
    const restarted = new SettingsSource({ local, managed: { get: () => new Promise(() => undefined) }, session });
    await restarted.load();
    expect(restarted.settings.competitors).toEqual(['Bill.com']);
  });

  it('a user change to a locked field does not win, a change to a free field does', async () => {
    const local = area();
    const source = new SettingsSource({ local, managed: { get: async () => ({ thresholds: { cooldownMs: 120_000 } }) }, session: area() });
    await source.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const changed = await source.changed({ [SETTINGS_KEY]: { newValue: { coach: { cooldownMs: 5_000, monologueMs: 20_000 } } } }, 'local');
    expect(changed).toBe(true);
    expect(source.settings.coach.cooldownMs).toBe(120_000);
    expect(source.settings.coach.monologueMs).toBe(20_000);
  });

  it('makes a nudge dismissed again and again quieter, and remembers the counts', async () => {
    const local = area();
    const source = new SettingsSource({ local, managed: undefined, session: area() });
    await source.load();
    for (let i = 0; i < 3; i += 1) await source.countFeedback('stop-pitching', 'not-now');
    expect(source.settings.coach.nudges?.['stop-pitching']?.cooldownMs).toBe(DEFAULT_COACH_SETTINGS.cooldownMs * 2);
    expect(local.data['feedback-stats']).toEqual({ 'stop-pitching': { helpful: 0, notNow: 3 } });
  });
});
