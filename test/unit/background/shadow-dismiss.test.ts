/**
 * Shadow mode hides "Helpful" / "Not now": the watcher's dismissals must not tune the coaching they get on their
 * own calls. The dismiss shortcut (Alt+Shift+X) takes the card off screen there and records nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { currentCard, newCallSession, processUtterance } from '../../../src/background/call-session';
import { commandForShortcut, handlePanelCommand } from '../../../src/background/panel-commands';
import { SessionStore } from '../../../src/background/session-store';
import type { SettingsSource } from '../../../src/background/settings-source';
import { openCandorDb } from '../../../src/storage/calls-db';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/storage/settings';
import { memorySessionArea } from './memory-session-area';

const hello = { type: 'call-hello' as const, callId: 'c1', site: 'google-meet' as const, startedAt: 0, meetingCode: 'abc-defg-hij' };

/** A call with the buyer's objection card on screen; the dismiss shortcut pressed; what got recorded. */
async function dismissWithShortcut(dbName: string, settings: Settings) {
  const sessions = new SessionStore(memorySessionArea());
  await sessions.restore();
  const utterance = { id: 'u1', speaker: 'Dana', isSelf: false, text: "honestly that's way too expensive for us", start: 1_000, end: 3_000, final: true, revision: 1 };
  await sessions.set(processUtterance(newCallSession(hello, 7, 1, 0), utterance, settings, 3_000).state);
  expect(currentCard(sessions.get(7)!, settings)?.nudgeId).toBe('validate-objection');
  const countFeedback = vi.fn(async () => undefined);
  const db = openCandorDb(dbName);
  const database = vi.fn(() => db);
  const command = commandForShortcut('dismiss-card', sessions.get(7)!, settings);
  expect(command).not.toBeNull();
  await handlePanelCommand(command!, {
    sessions,
    settings: { settings, countFeedback } as unknown as SettingsSource,
    database,
    changed: () => undefined,
    now: () => 4_000,
    setSide: async () => undefined,
    deleteEverything: async () => undefined,
    deleteCall: async () => undefined,
  });
  const after = sessions.get(7)!;
  return { card: currentCard(after, settings), feedback: after.feedback, countFeedback, database };
}

describe('the dismiss shortcut', () => {
  it('in shadow mode takes the card off screen and tunes nothing', async () => {
    const shadow = await dismissWithShortcut('shadow-dismiss', { ...DEFAULT_SETTINGS, mode: 'shadow', shadowRepName: 'Sam' });
    expect(shadow.card).toBeNull();
    expect(shadow.countFeedback).not.toHaveBeenCalled();
    expect(shadow.database).not.toHaveBeenCalled();
    expect(shadow.feedback).toEqual({});
  });

  it('on the rep’s own call counts as "not now"', async () => {
    const live = await dismissWithShortcut('live-dismiss', DEFAULT_SETTINGS);
    expect(live.card).toBeNull();
    expect(live.feedback).toEqual({ 'validate-objection@u1': 'not-now' });
    expect(live.countFeedback).toHaveBeenCalledWith('validate-objection', 'not-now');
  });
});
