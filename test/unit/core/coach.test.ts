import { describe, expect, it } from 'vitest';
import { coachOnTick, coachOnUtterance, initialCoachState, type CoachState, type CoachUpdate } from '../../../src/core/coach';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../../../src/core/coach-settings';
import { NUDGES } from '../../../src/core/nudges';
import type { Label, LabelName, Role, RoledUtterance } from '../../../src/core/types';

const SETTINGS: CoachSettings = {
  ...DEFAULT_COACH_SETTINGS,
  cooldownMs: 90_000,
  monologueMs: 75_000,
  maxCardsPerMinute: 3,
  cardLifetimeMs: 45_000,
};
const T0 = 1_700_000_000_000;

function line(id: string, role: Role, text: string, start: number, end = start + 2_000, final = false): RoledUtterance {
  return { id, role, speaker: null, text, start, end, final };
}

function label(name: LabelName, evidence: string, confidence = 0.8): Label {
  return { label: name, confidence, evidence };
}

/** Drives the coach like the service worker does, keeping the state between calls. */
class Call {
  state: CoachState = initialCoachState();
  last: CoachUpdate = { state: this.state, current: null, recent: [] };

  constructor(private readonly settings: CoachSettings = SETTINGS) {}

  say(utterance: RoledUtterance, labels: Label[], now: number): CoachUpdate {
    this.last = coachOnUtterance(this.state, utterance, labels, now, this.settings);
    this.state = this.last.state;
    return this.last;
  }

  tick(now: number): CoachUpdate {
    this.last = coachOnTick(this.state, now, this.settings);
    this.state = this.last.state;
    return this.last;
  }
}

const PRICE = 'too expensive';

describe('coach: cards follow the live caption', () => {
  it('shows a card as soon as the label appears in partial text', () => {
    const call = new Call();
    const update = call.say(line('u1', 'prospect', "honestly it's too expensive", T0), [label('objection', PRICE)], T0 + 500);
    expect(update.current).toMatchObject({
      id: 'validate-objection@u1',
      nudgeId: 'validate-objection',
      title: NUDGES['validate-objection'].title,
      question: NUDGES['validate-objection'].question,
      utteranceId: 'u1',
      label: 'objection',
      evidence: PRICE,
      shownAt: T0 + 500,
    });
  });

  it('ignores labels below 0.5 and labels from the wrong side', () => {
    const call = new Call();
    expect(call.say(line('u1', 'prospect', 'hmm pricey maybe', T0), [label('objection', 'pricey', 0.4)], T0).current).toBeNull();
    expect(call.say(line('u2', 'rep', "it's too expensive, they say", T0 + 1_000), [label('objection', PRICE)], T0 + 1_000).current).toBeNull();
    expect(call.say(line('u3', 'prospect', 'our platform also', T0 + 2_000), [label('pitch', 'our platform also')], T0 + 2_000).current).toBeNull();
  });

  it('withdraws the card without a trace when a revision of the same utterance loses the label', () => {
    const call = new Call({ ...SETTINGS, maxCardsPerMinute: 1 });
    call.say(line('u1', 'prospect', 'the price is a problem', T0), [label('objection', 'price is a problem')], T0);
    const revised = call.say(line('u1', 'prospect', 'the price is a problem? no, not for us', T0, T0 + 3_000), [], T0 + 3_000);
    expect(revised.current).toBeNull();
    expect(revised.recent).toEqual([]);
    // Its cooldown and its per-minute slot were given back: a real objection shows at once.
    const next = call.say(line('u2', 'prospect', 'but the timing is bad', T0 + 5_000), [label('objection', 'timing is bad')], T0 + 5_000);
    expect(next.current?.id).toBe('validate-objection@u2');
  });

  it('keeps the card when another utterance comes without the label', () => {
    const call = new Call();
    call.say(line('u1', 'prospect', "it's too expensive", T0), [label('objection', PRICE)], T0);
    const update = call.say(line('u2', 'prospect', 'anyway', T0 + 3_000), [], T0 + 3_000);
    expect(update.current?.id).toBe('validate-objection@u1');
  });

  it('does not raise the same card again for a later revision once it has left the screen', () => {
    const call = new Call({ ...SETTINGS, cooldownMs: 1_000, cardLifetimeMs: 1_000 });
    call.say(line('u1', 'prospect', 'we use a shared calendar', T0), [label('alternative', 'shared calendar')], T0);
    expect(call.tick(T0 + 1_500).current).toBeNull();
    const final = call.say(line('u1', 'prospect', 'we use a shared calendar for the approvals.', T0, T0 + 3_000, true), [label('alternative', 'shared calendar')], T0 + 3_000);
    expect(final.current).toBeNull();
    expect(final.recent.map((c) => c.id)).toEqual(['ask-about-alternative@u1']);
    // Another utterance with the same label still gets its card once the cooldown allows it.
    const next = call.say(line('u2', 'prospect', 'and we use spreadsheets', T0 + 4_000), [label('alternative', 'spreadsheets')], T0 + 4_000);
    expect(next.current?.id).toBe('ask-about-alternative@u2');
  });

  it('keeps the card while later revisions still carry the label', () => {
    const call = new Call();
    call.say(line('u1', 'prospect', "it's too expensive", T0), [label('objection', PRICE)], T0);
    const update = call.say(line('u1', 'prospect', "it's too expensive for us this year", T0, T0 + 3_000, true), [label('objection', PRICE)], T0 + 3_000);
    expect(update.current).toMatchObject({ id: 'validate-objection@u1', shownAt: T0 });
    expect(update.recent).toEqual([]);
  });
});

describe('coach: one card at a time, most important first', () => {
  it('lets an objection replace an alternative card, which moves to recent', () => {
    const call = new Call();
    call.say(line('u1', 'prospect', 'we just use spreadsheets', T0), [label('alternative', 'spreadsheets')], T0);
    const update = call.say(line('u2', 'prospect', "and it's too expensive", T0 + 4_000), [label('objection', PRICE)], T0 + 4_000);
    expect(update.current?.nudgeId).toBe('validate-objection');
    expect(update.recent.map((c) => c.id)).toEqual(['ask-about-alternative@u1']);
  });

  it('does not let a less important nudge replace the current card', () => {
    const call = new Call();
    call.say(line('u1', 'prospect', "it's too expensive", T0), [label('objection', PRICE)], T0);
    call.say(line('u2', 'prospect', 'we already use Gong', T0 + 3_000), [label('alternative', 'we already use Gong')], T0 + 3_000);
    const update = call.say(line('u3', 'rep', 'our platform also syncs with Slack', T0 + 6_000), [label('pitch', 'our platform also')], T0 + 6_000);
    expect(update.current?.id).toBe('validate-objection@u1');
    expect(update.recent).toEqual([]);
  });

  it('picks the most important label when one utterance carries several', () => {
    const call = new Call();
    const labels = [label('alternative', 'we use spreadsheets'), label('stall', 'let me think about it'), label('objection', PRICE)];
    const update = call.say(line('u1', 'prospect', 'we use spreadsheets, too expensive, let me think about it', T0), labels, T0);
    expect(update.current?.nudgeId).toBe('validate-objection');
  });
});

describe('coach: limits', () => {
  it('does not repeat a nudge within the cooldown', () => {
    const call = new Call();
    call.say(line('u1', 'prospect', "it's too expensive", T0), [label('objection', PRICE)], T0);
    call.tick(T0 + SETTINGS.cardLifetimeMs);
    expect(call.last.current).toBeNull();
    const early = call.say(line('u2', 'prospect', 'it really is a lot of money', T0 + 60_000), [label('objection', 'a lot of money')], T0 + 60_000);
    expect(early.current).toBeNull();
    const later = call.say(line('u3', 'prospect', 'we cannot afford it', T0 + 95_000), [label('objection', "can't afford")], T0 + 95_000);
    expect(later.current?.id).toBe('validate-objection@u3');
  });

  it('shows at most maxCardsPerMinute cards in any rolling minute', () => {
    const call = new Call({ ...SETTINGS, maxCardsPerMinute: 2, cooldownMs: 0 });
    call.say(line('u1', 'prospect', 'we use spreadsheets', T0), [label('alternative', 'spreadsheets')], T0);
    call.say(line('u2', 'prospect', 'let me think about it', T0 + 5_000), [label('stall', 'let me think about it')], T0 + 5_000);
    const third = call.say(line('u3', 'prospect', "and it's too expensive", T0 + 10_000), [label('objection', PRICE)], T0 + 10_000);
    expect(third.current?.id).toBe('find-the-concern@u2');
    const nextMinute = call.say(line('u4', 'prospect', 'way too expensive', T0 + 61_000), [label('objection', PRICE)], T0 + 61_000);
    expect(nextMinute.current?.id).toBe('validate-objection@u4');
  });

  it('moves a card to recent when its lifetime is over', () => {
    const call = new Call();
    call.say(line('u1', 'prospect', "it's too expensive", T0), [label('objection', PRICE)], T0);
    expect(call.tick(T0 + SETTINGS.cardLifetimeMs - 1).current?.id).toBe('validate-objection@u1');
    const expired = call.tick(T0 + SETTINGS.cardLifetimeMs);
    expect(expired.current).toBeNull();
    expect(expired.recent.map((c) => c.id)).toEqual(['validate-objection@u1']);
  });

  it('keeps at most five recent cards, newest first', () => {
    const call = new Call({ ...SETTINGS, cooldownMs: 0, maxCardsPerMinute: 100 });
    for (let i = 1; i <= 7; i += 1) {
      const at = T0 + i * SETTINGS.cardLifetimeMs;
      call.say(line(`u${i}`, 'prospect', "it's too expensive", at), [label('objection', PRICE)], at);
    }
    const update = call.tick(T0 + 8 * SETTINGS.cardLifetimeMs);
    expect(update.recent.map((c) => c.id)).toEqual(['u7', 'u6', 'u5', 'u4', 'u3'].map((u) => `validate-objection@${u}`));
  });
});

describe('coach: monologue', () => {
  /** The rep speaks in 10-second utterances from `from` to `to` (ms after T0). */
  function repTalks(call: Call, from: number, to: number, prefix = 'r'): void {
    for (let t = from; t < to; t += 10_000) {
      call.say(line(`${prefix}${t}`, 'rep', 'and then the next thing is', T0 + t, T0 + t + 10_000, true), [], T0 + t + 10_000);
    }
  }

  it('shows the monologue card once the rep has talked longer than monologueMs', () => {
    const call = new Call();
    repTalks(call, 0, 70_000);
    expect(call.tick(T0 + 71_000).current).toBeNull();
    repTalks(call, 70_000, 80_000);
    const update = call.tick(T0 + 81_000);
    expect(update.current).toMatchObject({ nudgeId: 'monologue', label: null, evidence: null, utteranceId: null });
  });

  it('shows it once per run, and a buyer turn ends the run and retires the card', () => {
    const call = new Call({ ...SETTINGS, cooldownMs: 0 });
    repTalks(call, 0, 80_000);
    expect(call.tick(T0 + 80_000).current?.nudgeId).toBe('monologue');
    call.tick(T0 + 80_000 + SETTINGS.cardLifetimeMs);
    repTalks(call, 80_000, 200_000);
    expect(call.tick(T0 + 200_000).current).toBeNull();
    const buyer = call.say(line('p1', 'prospect', 'right so what about the rollout', T0 + 200_000), [], T0 + 201_000);
    expect(buyer.current).toBeNull();
    repTalks(call, 205_000, 290_000);
    expect(call.tick(T0 + 290_000).current?.nudgeId).toBe('monologue');
    const answered = call.say(line('p2', 'prospect', 'okay that makes sense, our process is different though', T0 + 291_000), [], T0 + 292_000);
    expect(answered.current).toBeNull();
    expect(answered.recent[0]?.nudgeId).toBe('monologue');
  });

  it('does not count a buyer "mm-hmm" as handing the conversation back', () => {
    const call = new Call();
    repTalks(call, 0, 40_000);
    call.say(line('p1', 'prospect', 'mm-hmm', T0 + 40_000, T0 + 41_000, true), [], T0 + 41_000);
    repTalks(call, 41_000, 81_000);
    expect(call.tick(T0 + 82_000).current?.nudgeId).toBe('monologue');
  });

  it('does not count a long silence as talking', () => {
    const call = new Call();
    repTalks(call, 0, 40_000);
    repTalks(call, 100_000, 140_000);
    expect(call.tick(T0 + 141_000).current).toBeNull();
  });
});

describe('coach: silence when the rep already does the right thing', () => {
  it('does not ask about the alternative when the rep already asked about it', () => {
    const quiet = new Call();
    quiet.say(line('u1', 'prospect', 'we just use', T0), [], T0 + 1_000);
    quiet.say(line('u2', 'rep', "how's that working for you today?", T0 + 3_000), [label('open_question', "how's that")], T0 + 4_000);
    const late = quiet.say(line('u1', 'prospect', 'we just use spreadsheets', T0, T0 + 5_000, true), [label('alternative', 'spreadsheets')], T0 + 5_000);
    expect(late.current).toBeNull();

    const loud = new Call();
    loud.say(line('u1', 'prospect', 'we just use', T0), [], T0 + 1_000);
    loud.say(line('u2', 'rep', 'got it', T0 + 3_000), [], T0 + 4_000);
    expect(loud.say(line('u1', 'prospect', 'we just use spreadsheets', T0, T0 + 5_000, true), [label('alternative', 'spreadsheets')], T0 + 5_000).current?.nudgeId).toBe(
      'ask-about-alternative',
    );
  });

  it('counts a closed question only when it is about the alternative', () => {
    const call = new Call();
    call.say(line('u1', 'prospect', 'we use', T0), [], T0);
    call.say(line('u2', 'rep', 'would Tuesday work for a demo?', T0 + 2_000), [label('closed_question', 'would Tuesday')], T0 + 3_000);
    expect(call.say(line('u1', 'prospect', 'we use spreadsheets', T0, T0 + 4_000), [label('alternative', 'spreadsheets')], T0 + 4_000).current?.nudgeId).toBe(
      'ask-about-alternative',
    );

    const about = new Call();
    about.say(line('u1', 'prospect', 'we use', T0), [], T0);
    about.say(line('u2', 'rep', 'are the spreadsheets holding up?', T0 + 2_000), [label('closed_question', 'are the')], T0 + 3_000);
    expect(about.say(line('u1', 'prospect', 'we use spreadsheets', T0, T0 + 4_000), [label('alternative', 'spreadsheets')], T0 + 4_000).current).toBeNull();
  });

  it('takes the card down, into recent, once the rep asks the question it suggests', () => {
    const call = new Call();
    call.say(line('u1', 'prospect', "it's too expensive", T0), [label('objection', PRICE)], T0);
    const update = call.say(line('u2', 'rep', "that's fair, what makes it feel high?", T0 + 3_000), [label('open_question', 'what makes')], T0 + 4_000);
    expect(update.current).toBeNull();
    expect(update.recent.map((c) => c.id)).toEqual(['validate-objection@u1']);
  });

  it('takes the pitch card down once the growing line turns into a question; a pushing question keeps a pressure card', () => {
    const call = new Call();
    const pitch = label('pitch', 'our platform automates');
    expect(call.say(line('u1', 'rep', 'our platform automates', T0), [pitch], T0 + 1_000).current?.nudgeId).toBe('stop-pitching');
    expect(call.say(line('u1', 'rep', 'our platform automates reconciliation and saves finance teams two days a month', T0, T0 + 6_000), [pitch], T0 + 6_000).current?.nudgeId).toBe(
      'stop-pitching',
    );
    const asked = call.say(
      line('u1', 'rep', 'our platform automates reconciliation and saves finance teams two days a month, so what does month end look like for you?', T0, T0 + 9_000),
      [pitch, label('open_question', 'what does month end')],
      T0 + 9_000,
    );
    expect(asked.current).toBeNull();
    expect(asked.recent.map((c) => c.id)).toEqual(['stop-pitching@u1']);

    const pushing = new Call();
    pushing.say(line('u1', 'rep', 'this price ends friday', T0), [label('pressure', 'ends friday')], T0 + 1_000);
    const stillPushing = pushing.say(line('u1', 'rep', 'this price ends friday, so can we sign today?', T0, T0 + 4_000), [label('pressure', 'ends friday'), label('closed_question', 'can we')], T0 + 4_000);
    expect(stillPushing.current?.nudgeId).toBe('ease-off');
  });

  it('does not tell a rep to stop pitching when the same line already hands it back with a question', () => {
    const call = new Call();
    const labels = [label('pitch', 'our platform also'), label('open_question', 'how do')];
    expect(call.say(line('u1', 'rep', 'our platform also flags risk, how do you track that today?', T0), labels, T0).current).toBeNull();
    expect(call.say(line('u2', 'rep', 'our platform also flags risk', T0 + 5_000), [label('pitch', 'our platform also')], T0 + 5_000).current?.nudgeId).toBe(
      'stop-pitching',
    );
  });
});

describe('coach: state survives a service-worker restart', () => {
  it('gives the same cards when the state goes through JSON between every call', () => {
    type Step = { kind: 'say'; utterance: RoledUtterance; labels: Label[]; now: number } | { kind: 'tick'; now: number };
    const steps: Step[] = [
      { kind: 'say', utterance: line('u1', 'prospect', 'we use', T0), labels: [], now: T0 },
      { kind: 'say', utterance: line('u1', 'prospect', 'we use spreadsheets', T0), labels: [label('alternative', 'spreadsheets')], now: T0 + 1_000 },
      { kind: 'say', utterance: line('u2', 'prospect', 'too expensive', T0 + 2_000), labels: [label('objection', PRICE)], now: T0 + 2_500 },
      { kind: 'say', utterance: line('u2', 'prospect', 'too expensive? no', T0 + 2_000), labels: [], now: T0 + 3_000 },
      { kind: 'tick', now: T0 + 50_000 },
      ...Array.from({ length: 9 }, (_, i): Step => ({
        kind: 'say',
        utterance: line(`r${i}`, 'rep', 'and our platform also', T0 + 60_000 + i * 10_000, T0 + 70_000 + i * 10_000, true),
        labels: [label('pitch', 'our platform also')],
        now: T0 + 70_000 + i * 10_000,
      })),
      { kind: 'tick', now: T0 + 200_000 },
    ];
    const direct = new Call();
    let restored = initialCoachState();
    const views: Array<[CoachUpdate['current'], CoachUpdate['recent']]> = [];
    for (const step of steps) {
      const a = step.kind === 'say' ? direct.say(step.utterance, step.labels, step.now) : direct.tick(step.now);
      const b =
        step.kind === 'say'
          ? coachOnUtterance(restored, step.utterance, step.labels, step.now, SETTINGS)
          : coachOnTick(restored, step.now, SETTINGS);
      restored = JSON.parse(JSON.stringify(b.state)) as CoachState;
      expect([b.current, b.recent]).toEqual([a.current, a.recent]);
      views.push([a.current, a.recent]);
    }
    // The run did exercise cards: an alternative, a withdrawn objection, a pitch and a monologue.
    expect(views.some(([current]) => current?.nudgeId === 'stop-pitching')).toBe(true);
    expect(views.some(([current]) => current?.nudgeId === 'monologue')).toBe(true);
    expect(restored).toEqual(direct.state);
  });
});
