import { describe, expect, it } from 'vitest';
import { callView, newCallSession, processUtterance, roleOf, type CallSessionState } from '../../../src/background/call-session';
import type { Utterance } from '../../../src/core/types';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';

const hello = { type: 'call-hello' as const, callId: 'c1', site: 'google-meet' as const, startedAt: 0, meetingCode: 'abc-defg-hij' };

function say(id: string, revision: number, text: string, speaker: string, final = false, at = 1_000): Utterance {
  return { id, speaker, isSelf: speaker === 'You', text, start: at, end: at + 2_000, final, revision };
}

function feed(state: CallSessionState, utterances: Utterance[]): CallSessionState {
  return utterances.reduce((s, u) => processUtterance(s, u, DEFAULT_SETTINGS, u.end).state, state);
}

describe('call session', () => {
  it('gives the local user the rep role, and a configured display name too', () => {
    expect(roleOf({ isSelf: true, speaker: 'You' }, 'google-meet', DEFAULT_SETTINGS)).toBe('rep');
    expect(roleOf({ isSelf: false, speaker: 'Dana' }, 'google-meet', DEFAULT_SETTINGS)).toBe('prospect');
    const settings = { ...DEFAULT_SETTINGS, repNames: { teams: 'Sam Rivera' } };
    expect(roleOf({ isSelf: false, speaker: 'sam rivera' }, 'teams', settings)).toBe('rep');
  });

  it("puts a colleague the user marked as on their side on the rep's side, so they get no buyer labels", () => {
    const sides = { 'priya nair': 'ours' as const };
    expect(roleOf({ isSelf: false, speaker: 'Priya Nair' }, 'google-meet', DEFAULT_SETTINGS, sides)).toBe('rep');
    const state = processUtterance(newCallSession(hello, 7, 1, 0), say('u1', 1, "honestly that's way too expensive", 'Priya Nair'), DEFAULT_SETTINGS, 3_000, sides);
    expect(state.role).toBe('rep');
    expect(state.labels.map((l) => l.label)).not.toContain('objection');
    expect(callView(state.state, DEFAULT_SETTINGS, 3_000, sides).participants).toEqual([{ name: 'Priya Nair', isSelf: false, side: 'ours' }]);
  });

  it('treats an unnamed speaker as the buyer\'s side', () => {
    expect(roleOf({ isSelf: false, speaker: null }, 'zoom', DEFAULT_SETTINGS)).toBe('prospect');
  });

  it("raises a card on the buyer's objection while the words are still arriving", () => {
    const state = feed(newCallSession(hello, 7, 1, 0), [say('u1', 1, "honestly that's way too expensive for us", 'Dana')]);
    const view = callView(state, DEFAULT_SETTINGS, 3_000);
    expect(view.card?.nudgeId).toBe('validate-objection');
    expect(view.card?.evidence).toBeTruthy();
  });

  it('processes a resent version only once (a worker restart resends what was not acknowledged)', () => {
    const first = feed(newCallSession(hello, 7, 1, 0), [say('u1', 1, 'we mostly use spreadsheets', 'Dana', true)]);
    const again = processUtterance(first, say('u1', 1, 'we mostly use spreadsheets', 'Dana', true), DEFAULT_SETTINGS, 5_000);
    expect(again.fresh).toBe(false);
    expect(again.state).toBe(first);
    expect(callView(again.state, DEFAULT_SETTINGS, 5_000).talk.othersMs).toBe(2_000);
  });

  it('survives a round trip through storage.session (JSON) and carries on', () => {
    const state = feed(newCallSession(hello, 7, 1, 0), [say('u1', 1, "it's out of our budget this year", 'Dana', true)]);
    const restored = JSON.parse(JSON.stringify(state)) as CallSessionState;
    expect(callView(restored, DEFAULT_SETTINGS, 4_000)).toEqual(callView(state, DEFAULT_SETTINGS, 4_000));
    const next = feed(restored, [say('u2', 1, 'That makes sense. What did you have in mind?', 'You', true, 5_000)]);
    expect(next.context.map((u) => u.id)).toEqual(['u1', 'u2']);
  });
});
