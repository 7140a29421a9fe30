import { describe, expect, it } from 'vitest';
import { coachDismiss, coachOnUtterance, initialCoachState } from '../../../src/core/coach';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../../../src/core/coach-settings';
import { customOnTick, customOnUtterance, initialCustomState, type CustomTrigger } from '../../../src/core/custom-triggers';
import { tickChecklist } from '../../../src/core/discovery-checklist';
import { cooldownFactor, countFeedback, tuneForFeedback } from '../../../src/core/feedback-tuning';
import type { Label, RoledUtterance } from '../../../src/core/types';

const SETTINGS: CoachSettings = { ...DEFAULT_COACH_SETTINGS, cooldownMs: 10_000, cardLifetimeMs: 5_000 };
const objection: Label[] = [{ label: 'objection', confidence: 0.9, evidence: 'too expensive' }];

function buyer(id: string, text: string, start: number): RoledUtterance {
  return { id, role: 'prospect', speaker: 'Dana', text, start, end: start + 1_000, final: true };
}

describe('the playbook in the coach', () => {
  it('shows the team wording of a nudge', () => {
    const settings = { ...SETTINGS, nudges: { 'validate-objection': { title: 'Acknowledge first', question: 'What worries you?' } } };
    const update = coachOnUtterance(initialCoachState(), buyer('u1', "that's too expensive", 0), objection, 1_000, settings);
    expect(update.current?.title).toBe('Acknowledge first');
    expect(update.current?.question).toBe('What worries you?');
  });

  it('never shows a nudge the playbook switched off', () => {
    const settings = { ...SETTINGS, nudges: { 'validate-objection': { enabled: false } } };
    expect(coachOnUtterance(initialCoachState(), buyer('u1', "that's too expensive", 0), objection, 1_000, settings).current).toBeNull();
  });

  it('takes a dismissed card off the screen into the earlier cards', () => {
    const shown = coachOnUtterance(initialCoachState(), buyer('u1', "that's too expensive", 0), objection, 1_000, SETTINGS);
    const card = shown.current;
    expect(card).not.toBeNull();
    const dismissed = coachDismiss(shown.state, card?.id ?? '');
    expect(dismissed.current).toBeNull();
    expect(dismissed.recent[0]?.id).toBe(card?.id);
  });
});

describe('feedback makes a dismissed nudge quieter', () => {
  it('doubles the cooldown for every three net dismissals, up to eight times', () => {
    expect(cooldownFactor(undefined)).toBe(1);
    expect(cooldownFactor({ helpful: 0, notNow: 2 })).toBe(1);
    expect(cooldownFactor({ helpful: 0, notNow: 3 })).toBe(2);
    expect(cooldownFactor({ helpful: 3, notNow: 6 })).toBe(2);
    expect(cooldownFactor({ helpful: 0, notNow: 50 })).toBe(8);
  });

  it('a nudge dismissed six times waits four times as long before it shows again', () => {
    let stats = {};
    for (let i = 0; i < 6; i += 1) stats = countFeedback(stats, 'validate-objection', 'not-now');
    const tuned = tuneForFeedback(SETTINGS, stats);
    const first = coachOnUtterance(initialCoachState(), buyer('u1', "that's too expensive", 0), objection, 1_000, tuned);
    const dismissed = coachDismiss(first.state, first.current?.id ?? '');
    // Past the configured 10 s cooldown but inside the tuned 40 s: still quiet.
    const again = coachOnUtterance(dismissed.state, buyer('u2', 'still too expensive', 20_000), objection, 21_000, tuned);
    expect(again.current).toBeNull();
    const untuned = coachOnUtterance(dismissed.state, buyer('u2', 'still too expensive', 20_000), objection, 21_000, SETTINGS);
    expect(untuned.current?.nudgeId).toBe('validate-objection');
  });
});

describe('custom triggers', () => {
  const trigger: CustomTrigger = {
    id: 'security', enabled: true, phrases: ['SOC 2', 'security review'], side: 'buyer',
    title: 'Offer the security pack', question: 'Who runs security reviews on your side?', why: 'Bring in their experts early.',
  };

  it('shows the team card when a buyer says one of its phrases, whatever the case and punctuation', () => {
    const state = customOnUtterance(initialCustomState(), [trigger], buyer('u1', 'Are you SOC-2 certified?', 0), 1_000, SETTINGS, initialCoachState());
    expect(state.current?.title).toBe('Offer the security pack');
    expect(state.current?.evidence).toBe('SOC 2');
  });

  it('ignores the rep saying it, a disabled trigger, and half words', () => {
    const rep = { ...buyer('u1', 'we did a security review', 0), role: 'rep' as const };
    expect(customOnUtterance(initialCustomState(), [trigger], rep, 1_000, SETTINGS, initialCoachState()).current).toBeNull();
    expect(customOnUtterance(initialCustomState(), [{ ...trigger, enabled: false }], buyer('u1', 'soc 2 please', 0), 1_000, SETTINGS, initialCoachState()).current).toBeNull();
    expect(customOnUtterance(initialCustomState(), [trigger], buyer('u1', 'the soc 20 thing', 0), 1_000, SETTINGS, initialCoachState()).current).toBeNull();
  });

  it("waits while the coach shows its own card, and leaves after the card lifetime", () => {
    const coach = coachOnUtterance(initialCoachState(), buyer('u0', 'too expensive', 0), objection, 500, SETTINGS).state;
    expect(customOnUtterance(initialCustomState(), [trigger], buyer('u1', 'soc 2?', 0), 1_000, SETTINGS, coach).current).toBeNull();
    const shown = customOnUtterance(initialCustomState(), [trigger], buyer('u1', 'soc 2?', 0), 1_000, SETTINGS, initialCoachState());
    const later = customOnTick(shown, 6_000, SETTINGS, initialCoachState());
    expect(later.current).toBeNull();
    expect(later.recent[0]?.triggerId).toBe('security');
  });
});

describe('discovery checklist', () => {
  it('ticks topics from buyer labels and the rep\'s questions, keeping the first moment, as the review does', () => {
    let list = tickChecklist({}, buyer('u1', 'we keep losing invoices every month, two days', 100), [{ label: 'pain', confidence: 0.8, evidence: 'losing invoices' }]);
    expect(Object.keys(list).sort()).toEqual(['impact', 'problem']);
    const question = { label: 'open_question' as const, confidence: 0.9, evidence: 'what would success look like' };
    list = tickChecklist(list, { ...buyer('u2', 'What would success look like, and who else signs off on a decision?', 200), role: 'rep' }, [question]);
    expect(Object.keys(list).sort()).toEqual(['decision-process', 'impact', 'problem', 'success']);
    list = tickChecklist(list, buyer('u3', 'the problem is real', 300), [{ label: 'pain', confidence: 0.8, evidence: 'problem' }]);
    expect(list.problem).toEqual({ at: 100, utteranceId: 'u1' });
  });

  it('waits for the final caption, so a topic is not ticked from words that are later revised away', () => {
    const partial = { ...buyer('u1', 'we keep losing invoices', 100), final: false };
    expect(tickChecklist({}, partial, [{ label: 'pain', confidence: 0.8, evidence: 'losing invoices' }])).toEqual({});
  });

  it('does not tick a topic from a rep label that only buyers carry', () => {
    const rep = { ...buyer('u1', 'ok thanks', 0), role: 'rep' as const };
    expect(tickChecklist({}, rep, [{ label: 'objection', confidence: 0.9, evidence: 'x' }])).toEqual({});
  });
});
