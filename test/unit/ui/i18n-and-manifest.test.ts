import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandForShortcut, KEYBOARD_COMMANDS, shortcutTarget } from '../../../src/background/panel-commands';
import { newCallSession } from '../../../src/background/call-session';
import { NUDGE_IDS, NUDGES } from '../../../src/core/nudges';
import { DISCOVERY_TOPICS } from '../../../src/core/discovery-checklist';
import { BUYER_LABELS, REP_LABELS } from '../../../src/core/types';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';
import { MESSAGES } from './fake-browser';

const ROOT = resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  commands: Record<string, { suggested_key?: { default: string }; description: string }>;
  permissions: string[];
  name: string;
  default_locale: string;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('strings go through i18n', () => {
  it("every message key the code names exists in _locales/en", () => {
    const used = new Set<string>();
    for (const file of files(join(ROOT, 'src')).filter((f) => /\.tsx?$/u.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\bt\(\s*'([\w@]+)'/gu)) used.add(match[1] ?? '');
      for (const match of code.matchAll(/(?:label|hint): '(\w+)'/gu)) used.add(match[1] ?? '');
    }
    for (const match of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/gu)) used.add(match[1] ?? '');
    // Keys built from data: one per nudge, topic, label and principle.
    const key = (s: string) => s.replaceAll('-', '_');
    for (const id of NUDGE_IDS) for (const part of ['title', 'question', 'why']) used.add(`nudge_${key(id)}_${part}`);
    for (const id of [...NUDGE_IDS, 'custom']) used.add(`moment_${key(id)}`);
    for (const topic of DISCOVERY_TOPICS) used.add(`topic_${key(topic)}`);
    for (const label of [...BUYER_LABELS, ...REP_LABELS]) used.add(`label_${label}`);
    for (const n of new Set(NUDGE_IDS.map((id) => NUDGES[id].principle))) used.add(`principle_${n}`);
    const missing = [...used].filter((k) => !(k in MESSAGES));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });

  it("keeps the catalogue's English wording in messages.json identical to src/core/nudges.ts", () => {
    for (const id of NUDGE_IDS) {
      const base = `nudge_${id.replaceAll('-', '_')}`;
      expect(MESSAGES[`${base}_title`]?.message).toBe(NUDGES[id].title);
      expect(MESSAGES[`${base}_question`]?.message).toBe(NUDGES[id].question);
      expect(MESSAGES[`${base}_why`]?.message).toBe(NUDGES[id].why);
    }
  });

  it('names the extension through i18n', () => {
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
  });
});

describe('keyboard shortcuts', () => {
  it('declares open, dismiss and pause in the manifest, with no permission added for them', () => {
    expect(Object.keys(manifest.commands).sort()).toEqual(['_execute_action', ...KEYBOARD_COMMANDS].sort());
    for (const command of Object.values(manifest.commands)) expect(command.suggested_key?.default).toMatch(/^Alt\+Shift\+[A-Z]$/u);
    expect(manifest.permissions).toEqual(['storage', 'sidePanel']);
  });

  it('turns each shortcut into the command the panel buttons send, for the call in the active tab', () => {
    const hello = { type: 'call-hello' as const, site: 'google-meet' as const, startedAt: 0, meetingCode: 'x' };
    const other = { ...newCallSession({ ...hello, callId: 'c1' }, 1, 1, 0), updatedAt: 50 };
    const active = newCallSession({ ...hello, callId: 'c2' }, 2, 1, 0);
    const card = { id: 'monologue@u1', nudgeId: 'monologue' as const, title: '', question: '', why: '', utteranceId: null, label: null, evidence: null, shownAt: 0 };
    const withCard = { ...active, coachView: { current: card, recent: [] } };
    expect(shortcutTarget([other, withCard], 2)).toBe(withCard);
    expect(shortcutTarget([other, withCard], 99)).toBe(other);
    expect(commandForShortcut('toggle-pause', withCard, DEFAULT_SETTINGS)).toEqual({ type: 'set-paused', tabId: 2, paused: true });
    expect(commandForShortcut('toggle-pause', { ...withCard, paused: true }, DEFAULT_SETTINGS)).toEqual({ type: 'set-paused', tabId: 2, paused: false });
    expect(commandForShortcut('dismiss-card', withCard, DEFAULT_SETTINGS)).toEqual({ type: 'card-feedback', callId: 'c2', cardId: 'monologue@u1', nudgeId: 'monologue', kind: 'not-now' });
    expect(commandForShortcut('dismiss-card', other, DEFAULT_SETTINGS)).toBeNull();
    expect(commandForShortcut('toggle-pause', null, DEFAULT_SETTINGS)).toBeNull();
  });

  // The panel keeps showing the call the rep was last in while they look at another tab (select-call.ts); the
  // shortcut used to act on the call updated last instead, dismissing a card the rep could not see.
  it('acts on the call the side panel shows when the active tab holds no call', () => {
    const hello = { type: 'call-hello' as const, site: 'google-meet' as const, startedAt: 0, meetingCode: 'x' };
    const card = { id: 'monologue@u1', nudgeId: 'monologue' as const, title: '', question: '', why: '', utteranceId: null, label: null, evidence: null, shownAt: 0 };
    const shown = { ...newCallSession({ ...hello, callId: 'c1' }, 1, 1, 0), updatedAt: 10, coachView: { current: card, recent: [] } };
    const latest = { ...newCallSession({ ...hello, callId: 'c2' }, 2, 1, 0), updatedAt: 50 };
    expect(shortcutTarget([shown, latest], 99, 1)).toBe(shown);
    expect(commandForShortcut('dismiss-card', shortcutTarget([shown, latest], 99, 1), DEFAULT_SETTINGS)).toMatchObject({ callId: 'c1', cardId: 'monologue@u1' });
    // The active tab's call is the one the panel shows (it may not have said so yet).
    expect(shortcutTarget([shown, latest], 2, 1)).toBe(latest);
    // The panel shows a call that is over: nothing to act on, rather than a call out of sight.
    expect(shortcutTarget([{ ...shown, ended: true }, latest], 99, 1)).toBeNull();
    // No panel open in that window: the latest live call, as before.
    expect(shortcutTarget([shown, latest], 99, undefined)).toBe(latest);
  });
});
