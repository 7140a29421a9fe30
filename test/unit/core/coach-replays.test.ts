/**
 * The demo and neutral replays through the classifier and coach in Node, word by word as captions arrive:
 * the same expectations the end-to-end test checks in Chromium, without the browser, so a cue change that
 * breaks them fails fast here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classifier';
import { coachOnTick, coachOnUtterance, initialCoachState } from '../../../src/core/coach';
import { DEFAULT_COACH_SETTINGS } from '../../../src/core/coach-settings';
import type { RoledUtterance } from '../../../src/core/types';

interface SayEvent {
  op: string;
  after?: number;
  block?: string;
  self?: boolean;
  speaker?: string;
  wpm?: number;
  text?: string;
}

function nudgesOf(replay: string): string[] {
  const { events } = JSON.parse(readFileSync(join(import.meta.dirname, '../../replays', replay), 'utf8')) as { events: SayEvent[] };
  let coach = initialCoachState();
  const context: RoledUtterance[] = [];
  const seen: string[] = [];
  let clock = 0;
  let current: { block: string; role: RoledUtterance['role']; words: string[]; start: number; id: string } | null = null;
  const note = (id: string | undefined) => {
    if (id !== undefined && !seen.includes(id)) seen.push(id);
  };
  const finish = () => {
    if (current === null) return;
    const u: RoledUtterance = { id: current.id, role: current.role, speaker: null, text: current.words.join(' '), start: current.start, end: clock, final: true };
    const update = coachOnUtterance(coach, u, classify(u, { previous: context.slice(-8) }), clock, DEFAULT_COACH_SETTINGS);
    coach = update.state;
    note(update.current?.nudgeId);
    context.push(u);
    current = null;
  };
  events.forEach((e, index) => {
    if (e.op !== 'say' || e.text === undefined || e.block === undefined) return;
    clock += e.after ?? 0;
    for (let t = clock - (e.after ?? 0) + 1000; t < clock; t += 1000) note(coachOnTick(coach, t, DEFAULT_COACH_SETTINGS).current?.nudgeId);
    if (current !== null && current.block !== e.block) finish();
    current ??= { block: e.block, role: e.self === true ? 'rep' : 'prospect', words: [], start: clock, id: `u${index}` };
    const msPerWord = 60_000 / (e.wpm ?? 180);
    for (const word of e.text.split(' ')) {
      current.words.push(word);
      clock += msPerWord;
      const u: RoledUtterance = { id: current.id, role: current.role, speaker: null, text: current.words.join(' '), start: current.start, end: clock, final: false };
      const update = coachOnUtterance(coach, u, classify(u, { previous: context.slice(-8) }), clock, DEFAULT_COACH_SETTINGS);
      coach = update.state;
      note(update.current?.nudgeId);
    }
  });
  finish();
  return seen;
}

describe('coach on the recorded replays', () => {
  it('the sales demo raises the four key nudges in the order the moments happen', () => {
    const nudges = nudgesOf('meet-sales-demo.json');
    const order = ['stop-pitching', 'validate-objection', 'ask-about-alternative', 'find-the-concern'].map((n) => nudges.indexOf(n));
    expect({ nudges, allSeen: order.every((i) => i >= 0) }).toMatchObject({ allSeen: true });
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('the neutral logistics call raises nothing', () => {
    expect(nudgesOf('meet-neutral.json')).toEqual([]);
  });
});
