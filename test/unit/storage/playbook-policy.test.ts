import { describe, expect, it } from 'vitest';
import { applyManagedPolicy, loadManagedPolicy, lockedPaths, parseManagedPolicy } from '../../../src/storage/managed-policy';
import { applyPlaybook, exportPlaybook, parsePlaybook } from '../../../src/storage/playbook';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/storage/settings';

const trigger = { id: 'security', enabled: true, phrases: ['SOC 2'], side: 'buyer', title: 'Offer the security pack', question: 'Who reviews security?', why: '' };

describe('settings migration and validation', () => {
  it('migrates a version 1 object: keeps its values, adds the new fields with their defaults', () => {
    const migrated = parseSettings({ version: 1, repNames: { zoom: 'Sam' }, competitors: ['Tipalti'], coach: { cooldownMs: 30_000 } });
    expect(migrated).toMatchObject({ version: 2, mode: 'live', repNames: { zoom: 'Sam' }, competitors: ['Tipalti'], overlay: { enabled: false } });
    expect(migrated.coach.cooldownMs).toBe(30_000);
    expect(migrated.retention).toEqual(DEFAULT_SETTINGS.retention);
  });

  it('drops one malformed custom trigger and keeps the good ones', () => {
    const parsed = parseSettings({ customTriggers: [trigger, { ...trigger, id: 'BAD ID' }, { ...trigger, phrases: [] }] });
    expect(parsed.customTriggers.map((t) => t.id)).toEqual(['security']);
  });
});

describe('playbook import and export', () => {
  it('round-trips: what is exported imports back to the same settings', () => {
    const settings = { ...DEFAULT_SETTINGS, competitors: ['Tipalti'], customTriggers: [trigger as never], coach: { ...DEFAULT_SETTINGS.coach, nudges: { monologue: { enabled: false } } } };
    const file = JSON.stringify(exportPlaybook(settings));
    const imported = parsePlaybook(file);
    if (!imported.ok) throw new Error(imported.errors.join('\n'));
    expect(applyPlaybook(DEFAULT_SETTINGS, imported.playbook)).toEqual(settings);
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['{"format":"other","version":1}', 'format: expected "candor-playbook"'],
    ['{"format":"candor-playbook","version":1,"thresholds":{"cooldownMs":-5}}', 'thresholds.cooldownMs: expected at least 1000 ms'],
    ['{"format":"candor-playbook","version":1,"nudges":{"be-pushy":{"enabled":true}}}', 'nudges: unknown nudge id'],
    ['{"format":"candor-playbook","version":1,"speling":1}', 'speling: unknown field'],
    ['{"format":"candor-playbook","version":1,"customTriggers":[{"id":"x","enabled":true,"phrases":[],"side":"buyer","title":"t","question":"q","why":""}]}', 'customTriggers.0.phrases: at least one phrase'],
  ])('rejects %s with a clear error', (text, error) => {
    const result = parsePlaybook(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toContain(error);
  });
});

describe('the managed policy', () => {
  const raw = {
    competitors: ['Bill.com'],
    thresholds: { cooldownMs: 120_000 },
    nudges: { 'stop-pitching': { enabled: false } },
    keepTranscripts: false,
    retentionDays: 'forever',
  };

  it('takes each valid field, reports each malformed one, and locks exactly what it sets', () => {
    const { policy, problems } = parseManagedPolicy(raw);
    expect(problems).toEqual(['retentionDays: expected a number of days or null']);
    expect(lockedPaths(policy).sort()).toEqual(['competitors', 'nudges.stop-pitching', 'retention.keepTranscripts', 'thresholds.cooldownMs']);
  });

  it('wins over the user settings for the fields it sets, and only those', () => {
    const user = { ...DEFAULT_SETTINGS, competitors: ['Mine'], coach: { ...DEFAULT_SETTINGS.coach, monologueMs: 40_000, nudges: { monologue: { title: 'Breathe' } } } };
    const effective = applyManagedPolicy(user, parseManagedPolicy(raw).policy);
    expect(effective.competitors).toEqual(['Bill.com']);
    expect(effective.coach.cooldownMs).toBe(120_000);
    expect(effective.coach.monologueMs).toBe(40_000);
    expect(effective.coach.nudges).toEqual({ monologue: { title: 'Breathe' }, 'stop-pitching': { enabled: false } });
    expect(effective.retention).toEqual({ days: DEFAULT_SETTINGS.retention.days, keepTranscripts: false });
  });

  it('is empty where the browser has no managed storage', async () => {
    expect(await loadManagedPolicy({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual({ policy: {}, problems: [] });
    expect(await loadManagedPolicy(undefined)).toEqual({ policy: {}, problems: [] });
  });
});
