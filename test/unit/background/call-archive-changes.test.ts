/** What the worker writes to the archive as a call goes: each card when it is shown, and who is on which side. */
import { describe, expect, it } from 'vitest';
import { callRecordOf, cardChanges, newCallSession, processUtterance, storedCard } from '../../../src/background/call-session';
import type { Utterance } from '../../../src/core/types';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';

const hello = { type: 'call-hello' as const, callId: 'c1', site: 'google-meet' as const, startedAt: 0, meetingCode: 'abc-defg-hij' };
const say = (id: string, revision: number, text: string, speaker: string, final: boolean): Utterance => ({
  id, speaker, isSelf: speaker === 'You', text, start: 1_000, end: 3_000, final, revision,
});

describe('archive changes of a live call', () => {
  it('reports a card once, when it comes on screen, with the utterance it answered', () => {
    const start = newCallSession(hello, 7, 1, 0);
    const first = processUtterance(start, say('u1', 1, "honestly that's way too expensive", 'Dana', false), DEFAULT_SETTINGS, 3_000).state;
    const { shown, withdrawn } = cardChanges(start, first);
    expect(shown.map((c) => [c.nudgeId, c.utteranceId])).toEqual([['validate-objection', 'u1']]);
    expect(withdrawn).toEqual([]);
    const second = processUtterance(first, say('u1', 2, "honestly that's way too expensive for us", 'Dana', true), DEFAULT_SETTINGS, 3_500).state;
    expect(cardChanges(first, second).shown).toEqual([]);
    expect(storedCard('c1', shown[0]!)).toMatchObject({ callId: 'c1', id: shown[0]!.id, shownAt: 3_000, utteranceId: 'u1' });
  });

  it('reports a card the coach took back when the words were revised away', () => {
    const start = newCallSession(hello, 7, 1, 0);
    const shown = processUtterance(start, say('u1', 1, "honestly that's way too expensive", 'Dana', false), DEFAULT_SETTINGS, 3_000).state;
    const revised = processUtterance(shown, say('u1', 2, 'honestly that sounds great', 'Dana', true), DEFAULT_SETTINGS, 3_500).state;
    expect(cardChanges(shown, revised).withdrawn.map((c) => c.nudgeId)).toEqual(['validate-objection']);
  });

  it('records participants with their sides and where the call came from', () => {
    let state = newCallSession(hello, 7, 1, 0);
    state = processUtterance(state, say('u1', 1, 'hi there', 'You', true), DEFAULT_SETTINGS, 2_000).state;
    state = processUtterance(state, say('u2', 1, 'hello', 'Dana', true), DEFAULT_SETTINGS, 3_000).state;
    const record = callRecordOf(state, DEFAULT_SETTINGS, { dana: 'theirs' }, 9_000);
    expect(record).toMatchObject({ callId: 'c1', site: 'google-meet', endedAt: 9_000, source: { kind: 'live' } });
    expect(record.participants).toEqual([
      { name: 'You', isSelf: true, side: 'ours' },
      { name: 'Dana', isSelf: false, side: 'theirs' },
    ]);
  });
});
