/** What a restarted worker finds of its live calls in storage.session. */
import { describe, expect, it } from 'vitest';
import { newCallSession, processUtterance, setPaused } from '../../../src/background/call-session';
import { SessionStore, type SessionArea } from '../../../src/background/session-store';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';

const hello = { type: 'call-hello' as const, callId: 'c1', site: 'google-meet' as const, startedAt: 0, meetingCode: 'abc-defg-hij' };
const heard = { id: 'u1', speaker: 'Dana', isSelf: false, text: 'so what we', start: 1_000, end: 1_500, final: false, revision: 1 };

function areaWith(saved: unknown): SessionArea {
  return { get: async () => ({ 'call:7': saved }), set: async () => undefined, remove: async () => undefined };
}

async function restore(saved: unknown) {
  const store = new SessionStore(areaWith(saved));
  await store.restore();
  return store.get(7)!;
}

describe('session store', () => {
  const paused = setPaused(processUtterance(newCallSession(hello, 7, 1, 0), heard, DEFAULT_SETTINGS, 1_500).state, true, 2_000, DEFAULT_SETTINGS);
  const afterClick = { ...heard, revision: 2, text: 'so what we need is', end: 2_400 };

  it('restores a paused call that still keeps nothing said after the pause', async () => {
    const restored = await restore(JSON.parse(JSON.stringify(paused)));
    expect(restored.pausedAt).toBe(2_000);
    expect(processUtterance(restored, afterClick, DEFAULT_SETTINGS, 2_500).utterance).toMatchObject({ text: 'so what we', final: true });
  });

  it('restores a paused call saved without the moment of the pause (or with a damaged one) keeping no new words', async () => {
    const { pausedAt: _, unfinished: __, ...older } = paused;
    for (const saved of [older, { ...paused, pausedAt: 'soon', unfinished: [{ text: 'forged' }] }]) {
      const restored = await restore(saved);
      expect([restored.pausedAt, restored.unfinished]).toEqual([null, []]);
      expect(processUtterance(restored, afterClick, DEFAULT_SETTINGS, 2_500).taken).toBe(false);
    }
  });
});
