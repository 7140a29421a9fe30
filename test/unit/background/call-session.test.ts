import { describe, expect, it } from 'vitest';
import { callView, followMode, movedWithClock, newCallSession, processUtterance, roleOf, setPaused, tickSession, type CallSessionState } from '../../../src/background/call-session';
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

describe('time passing with nothing said', () => {
  // The worker pushes the panel from its 1 s tick only when something it shows changed; in a silence only the
  // clock moves, and the "Last N min" share and the 3-minute disclosure reminder must move with it.
  const settings = { ...DEFAULT_SETTINGS, disclosureReminder: true };
  const windowMs = settings.coach.talkShareWindowMs;
  // The rep speaks from 1 s to 3 s, the buyer from 4 s to 6 s; then nobody says anything.
  const state = feed(newCallSession(hello, 7, 1, 0), [
    say('u1', 1, 'Happy to walk you through it.', 'You', true, 1_000),
    say('u2', 1, 'Sure, go ahead.', 'Dana', true, 4_000),
  ]);

  it('lets older talk leave the recent share until nobody spoke in the window, and takes the reminder away after 3 minutes', () => {
    expect(callView(state, settings, 10_000).talk.recentShare).toBe(0.5);
    expect(callView(state, settings, windowMs + 2_000).talk.recentShare).toBeCloseTo(1 / 3);
    expect(callView(state, settings, windowMs + 7_000).talk.recentShare).toBeNull();
    // The whole call's share stays: silence counts for nobody.
    expect(callView(state, settings, windowMs + 7_000).talk.callShare).toBe(0.5);
    expect(callView(state, settings, 179_000).disclosureReminder).toBe(true);
    expect(callView(state, settings, 180_000).disclosureReminder).toBe(false);
  });

  it('tells the tick when what the panel shows moved with the clock, and not on a second that changed nothing', () => {
    const ticked = tickSession(state, settings, 11_000);
    // A tick that changes no card leaves the call's recency alone (the panel and the shortcuts sort by it) ...
    expect(ticked.updatedAt).toBe(state.updatedAt);
    // ... so the clock's own changes are told apart: the reminder going, the recent share changing its figure.
    expect(movedWithClock(ticked, settings, 10_000, 11_000)).toBe(false);
    expect(movedWithClock(ticked, settings, 179_500, 180_500)).toBe(true);
    expect(movedWithClock(ticked, settings, windowMs + 1_500, windowMs + 2_500)).toBe(true);
    expect(movedWithClock(ticked, settings, windowMs + 5_500, windowMs + 6_500)).toBe(true);
    expect(movedWithClock(ticked, settings, windowMs + 10_000, windowMs + 11_000)).toBe(false);
    // A share that changes by less than the whole percent the panel shows is no reason to push.
    const long = feed(newCallSession(hello, 7, 1, 0), [say('u1', 1, 'Happy to walk you through it.', 'You', true, 1_000), { ...say('u2', 1, 'Sure.', 'Dana', true, 3_000), end: 200_000 }]);
    expect(movedWithClock(long, settings, windowMs + 1_100, windowMs + 1_200)).toBe(false);
  });
});

describe('call session, while Candor does not listen', () => {
  const OFF = { ...DEFAULT_SETTINGS, mode: 'off' as const };

  // The tab learns that Candor is off only after it said hello; what it sent before (the lines on screen when
  // the call was detected) must not be kept.
  it('takes nothing a tab sends while Candor is off', () => {
    const result = processUtterance(newCallSession(hello, 7, 1, 0), say('u1', 1, 'our budget was cut in half', 'Dana', true), OFF, 3_000);
    expect(result.taken).toBe(false);
    expect(result.state.transcript).toEqual([]);
    expect(result.state.participants).toEqual([]);
  });

  it('takes no new utterance once the rep paused, but still the last version of one heard before', () => {
    const heard = feed(newCallSession(hello, 7, 1, 0), [{ ...say('u1', 1, 'so what we', 'Dana'), end: 1_500 }]);
    const paused = setPaused(heard, true, 2_000, DEFAULT_SETTINGS);
    // Said before the click, it reached the worker after: kept.
    const before = processUtterance(paused, { ...say('u1', 2, 'so what we need', 'Dana'), end: 1_900 }, DEFAULT_SETTINGS, 2_100);
    const finished = processUtterance(before.state, { ...say('u1', 3, 'so what we need', 'Dana', true), end: 1_900 }, DEFAULT_SETTINGS, 2_200);
    const after = processUtterance(finished.state, say('u2', 1, 'between us the budget was cut', 'Dana'), DEFAULT_SETTINGS, 2_600);
    expect([before.taken, finished.taken, after.taken]).toEqual([true, true, false]);
    expect(finished.utterance).toMatchObject({ text: 'so what we need', final: true });
    expect(after.state.transcript.map((line) => [line.text, line.final])).toEqual([['so what we need', true]]);
  });
});

describe('call session, words said after the rep paused or set Candor off', () => {
  const OFF = { ...DEFAULT_SETTINGS, mode: 'off' as const };
  // The rep hears "so what we", clicks Pause at 2 s; until the tab hears of it, it sends on what Dana says next.
  const heard = feed(newCallSession(hello, 7, 1, 0), [{ ...say('u1', 1, 'so what we', 'Dana'), end: 1_500 }]);
  const afterClick = { ...say('u1', 2, 'so what we need is', 'Dana', true), end: 2_400 };

  function stored(state: CallSessionState, settings = DEFAULT_SETTINGS) {
    const result = processUtterance(state, afterClick, settings, 2_500);
    return { result, text: result.state.transcript.map((line) => [line.text, line.final]) };
  }

  it('stores and shows the turn as it was before the pause, finished, and never the words said after', () => {
    const { result, text } = stored(setPaused(heard, true, 2_000, DEFAULT_SETTINGS));
    expect(result.taken).toBe(true);
    expect(result.utterance).toMatchObject({ id: 'u1', text: 'so what we', final: true, revision: 2 });
    expect(text).toEqual([['so what we', true]]);
    // Later versions, with still more words said while paused, are kept no more.
    const later = processUtterance(result.state, { ...afterClick, revision: 3, text: 'so what we need is a pilot', end: 3_000 }, DEFAULT_SETTINGS, 3_100);
    expect(later.taken).toBe(false);
    expect(later.state.transcript.map((line) => line.text)).toEqual(['so what we']);
  });

  it('does the same when Candor is set off mid-call', () => {
    const { result, text } = stored(followMode(heard, OFF, 2_000), OFF);
    expect(result.utterance).toMatchObject({ text: 'so what we', final: true });
    expect(text).toEqual([['so what we', true]]);
  });

  it('keeps the earlier moment when the rep pauses a call Candor was already set off for', () => {
    const off = followMode(heard, OFF, 2_000);
    expect(setPaused(off, true, 5_000, DEFAULT_SETTINGS).pausedAt).toBe(2_000);
  });

  it('takes every word again once the rep resumes, or sets Candor on again', () => {
    const resumed = setPaused(setPaused(heard, true, 2_000, DEFAULT_SETTINGS), false, 3_000, DEFAULT_SETTINGS);
    expect(resumed.pausedAt).toBeNull();
    expect(stored(resumed).text).toEqual([['so what we need is', true]]);
    const on = followMode(followMode(heard, OFF, 2_000), DEFAULT_SETTINGS, 3_000);
    expect(on.pausedAt).toBeNull();
    expect(stored(on).text).toEqual([['so what we need is', true]]);
  });

  it('without the moment of the pause (a session saved by an earlier version), keeps no new words at all', () => {
    const old = { ...setPaused(heard, true, 2_000, DEFAULT_SETTINGS), pausedAt: null };
    const { result, text } = stored(old);
    expect(result.utterance.text).toBe('so what we');
    expect(text).toEqual([['so what we', true]]);
  });
});
