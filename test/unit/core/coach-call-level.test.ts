import { describe, expect, it } from 'vitest';
import { coachOnTick, coachOnUtterance, initialCoachState, type CoachState } from '../../../src/core/coach';
import { recentTalk } from '../../../src/core/coach-call-level';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../../../src/core/coach-settings';
import type { Label, LabelName, Role, RoledUtterance } from '../../../src/core/types';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

function line(id: string, role: Role, text: string, start: number, end = start + 5_000): RoledUtterance {
  return { id, role, speaker: null, text, start, end, final: true };
}
const label = (name: LabelName, evidence = 'x', confidence = 0.8): Label => ({ label: name, confidence, evidence });

class Call {
  state: CoachState = initialCoachState();
  constructor(readonly settings: CoachSettings = DEFAULT_COACH_SETTINGS) {}
  say(u: RoledUtterance, labels: Label[]) {
    const r = coachOnUtterance(this.state, u, labels, u.end, this.settings);
    this.state = r.state;
    return r.current;
  }
  tick(now: number) {
    const r = coachOnTick(this.state, now, this.settings);
    this.state = r.state;
    return r.current;
  }
}

describe('coach: the rep’s own pressure and counter come first', () => {
  it('a counter replaces the objection card, pressure replaces the counter', () => {
    const call = new Call();
    expect(call.say(line('p1', 'prospect', 'too expensive', T0), [label('objection')])?.nudgeId).toBe('validate-objection');
    expect(call.say(line('r1', 'rep', 'but it pays for itself', T0 + 6_000), [label('counter')])?.nudgeId).toBe('stop-countering');
    expect(call.say(line('r2', 'rep', 'and this price ends friday', T0 + 12_000), [label('pressure')])?.nudgeId).toBe('ease-off');
  });

  it('a question that still pushes does not count as acting on the pressure card', () => {
    const call = new Call();
    call.say(line('r1', 'rep', 'the discount ends friday', T0), [label('pressure')]);
    expect(call.say(line('r2', 'rep', 'what would it take to sign today?', T0 + 6_000), [label('pressure'), label('open_question')])?.nudgeId).toBe('ease-off');
    expect(call.say(line('r3', 'rep', 'what would you need to feel sure?', T0 + 12_000), [label('open_question')])).toBeNull();
  });
});

describe('coach: settings switch nudges off and tune thresholds', () => {
  it('never shows a nudge that is switched off', () => {
    const call = new Call({ ...DEFAULT_COACH_SETTINGS, nudges: { ...DEFAULT_COACH_SETTINGS.nudges, 'validate-objection': { enabled: false } } });
    expect(call.say(line('p1', 'prospect', 'too expensive', T0), [label('objection')])).toBeNull();
  });

  it('shows a next-step card only for a confident buying signal', () => {
    const call = new Call();
    expect(call.say(line('p1', 'prospect', 'tuesday works for me', T0), [label('buying_signal', 'works', 0.6)])).toBeNull();
    expect(call.say(line('p2', 'prospect', "let's do it", T0 + 6_000), [label('buying_signal', "let's do it", 0.8)])?.nudgeId).toBe('confirm-next-step');
  });
});

describe('coach: call-level nudges', () => {
  it('talk share: fires while the rep holds the floor after enough speech, not at hello', () => {
    const call = new Call({ ...DEFAULT_COACH_SETTINGS, monologueMs: 30 * MIN });
    call.say(line('p0', 'prospect', 'hi there how are you', T0, T0 + 20_000), []);
    let t = T0 + 20_000;
    for (let i = 0; i < 30 && call.state.current === null; i += 1) {
      call.say(line(`r${i}`, 'rep', 'and another thing about our product', t, t + 10_000), []);
      t += 10_000;
    }
    expect(call.state.current?.nudgeId).toBe('talk-share');
    const percent = Math.round(recentTalk(call.state, t, DEFAULT_COACH_SETTINGS.talkShareWindowMs).share * 100);
    expect(percent).toBeGreaterThan(DEFAULT_COACH_SETTINGS.talkShareThreshold * 100);
    expect(call.state.current?.detail).toEqual({ kind: 'talk-share', repPercent: percent });
    expect(t - T0).toBeGreaterThanOrEqual(DEFAULT_COACH_SETTINGS.talkShareMinSpeechMs);
    expect(call.say(line('p1', 'prospect', 'right so what about the rollout plan', t, t + 5_000), [])).toBeNull();
  });

  it('no question for five minutes: a gentle nudge; a question resets the clock', () => {
    const call = new Call();
    call.say(line('r1', 'rep', 'hello', T0), []);
    expect(call.tick(T0 + 4 * MIN)).toBeNull();
    call.say(line('r2', 'rep', 'how do you do it today?', T0 + 4 * MIN), [label('open_question')]);
    expect(call.tick(T0 + 8 * MIN)).toBeNull();
    expect(call.tick(T0 + 9 * MIN + 10_000)?.nudgeId).toBe('ask-a-question');
  });

  it('no question: stays quiet while the buyer answers at length, and counts from when they stop', () => {
    const call = new Call();
    call.say(line('r1', 'rep', 'walk me through how month end works?', T0), [label('open_question')]);
    // The buyer tells the story for five minutes, in 20-second lines.
    let t = T0 + 5_000;
    for (let i = 0; t < T0 + 5 * MIN + 10_000; i += 1, t += 20_000) call.say(line(`p${i}`, 'prospect', 'and then the team reconciles every account by hand', t, t + 20_000), []);
    const storyEnd = t;
    expect(call.tick(storyEnd + 1_000)).toBeNull();
    // The rep talks on without asking: the nudge comes once the rep has held the floor that long.
    for (let at = storyEnd + 5_000; at < storyEnd + 5 * MIN; at += 20_000) call.say(line(`r${at}`, 'rep', 'right, and that is where our reconciliation helps', at, at + 10_000), []);
    expect(call.tick(storyEnd + 5 * MIN - 10_000)?.nudgeId).not.toBe('ask-a-question');
    expect(call.tick(storyEnd + 5 * MIN + 10_000)?.nudgeId).toBe('ask-a-question');
  });

  it('near the end with no clear decision: help them decide, once; not after a clear yes', () => {
    const unclear = new Call();
    unclear.say(line('p1', 'prospect', 'let me think about it', T0), [label('stall')]);
    unclear.tick(T0 + 2 * MIN);
    expect(unclear.say(line('r1', 'rep', "we're almost out of time", T0 + 3 * MIN), [])?.nudgeId).toBe('help-them-decide');
    const decided = new Call();
    decided.say(line('p1', 'prospect', "let's do it", T0), [label('buying_signal')]);
    decided.tick(T0 + 2 * MIN);
    expect(decided.say(line('r1', 'rep', "we're almost out of time", T0 + 3 * MIN), [])).toBeNull();
  });

  it('discovery: reminds of what has not been explored, naming the topic', () => {
    const call = new Call();
    call.say(line('r1', 'rep', 'what made you take the call?', T0), [label('open_question')]);
    call.say(line('p1', 'prospect', 'month end is a mess and costs us two days', T0 + 6_000), [label('pain')]);
    call.say(line('r2', 'rep', 'got it, anything else on your mind?', T0 + 10 * MIN), [label('closed_question')]);
    const card = call.tick(T0 + 12 * MIN + 10_000);
    expect(card?.nudgeId).toBe('discovery-gap');
    expect(card?.evidence).toContain('success');
    expect(card?.evidence).not.toContain('problem');
    // The panel names the topics in the user's language: it needs them as topics, not as an English sentence.
    // ("costs us two days" is the impact.)
    expect(card?.detail).toEqual({ kind: 'unexplored', topics: ['success', 'alternative', 'decision-process', 'concerns'] });
  });
});
