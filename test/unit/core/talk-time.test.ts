import { describe, expect, it } from 'vitest';
import { initialTalkState, recordTalk, talkSplit, type TalkUpdate } from '../../../src/core/talk-time';

const WINDOW = 5 * 60_000;

function play(updates: TalkUpdate[], now: number) {
  let state = initialTalkState();
  for (const update of updates) state = recordTalk(state, update, update.end, WINDOW);
  return talkSplit(state, now, WINDOW);
}

describe('talk time', () => {
  it('is unknown before anyone spoke', () => {
    expect(talkSplit(initialTalkState(), 0, WINDOW)).toMatchObject({ callShare: null, recentShare: null });
  });

  it('counts each utterance once, by its latest version', () => {
    const split = play(
      [
        { id: 'u1', role: 'rep', start: 0, end: 2_000, final: false },
        { id: 'u1', role: 'rep', start: 0, end: 6_000, final: true },
        { id: 'u2', role: 'prospect', start: 7_000, end: 9_000, final: false },
      ],
      9_000,
    );
    expect(split.repMs).toBe(6_000);
    expect(split.othersMs).toBe(2_000);
    expect(split.callShare).toBeCloseTo(0.75);
  });

  it('weighs only the recent window for the live share', () => {
    const split = play(
      [
        { id: 'u1', role: 'prospect', start: 0, end: 60_000, final: true },
        { id: 'u2', role: 'rep', start: 400_000, end: 430_000, final: true },
      ],
      430_000,
    );
    expect(split.callShare).toBeCloseTo(30 / 90);
    expect(split.recentShare).toBe(1);
  });
});
