import { describe, expect, it } from 'vitest';
import { reviewCall, type ReviewUtterance } from '../../../src/core/metrics/review';
import { reviewDetails } from '../../../src/core/metrics/review-details';

const line = (id: string, role: 'rep' | 'prospect', text: string, start: number, end: number): ReviewUtterance => ({ id, role, speaker: role === 'rep' ? 'Sam' : 'Dana', text, start, end });

const call: ReviewUtterance[] = [
  line('u1', 'rep', 'What made you take the call today?', 0, 4),
  line('u2', 'prospect', 'We lose two days every month reconciling invoices by hand, it is painful.', 5, 40),
  line('u3', 'prospect', 'And the team hates it.', 40, 60),
  line('u4', 'rep', 'How do you handle it today?', 61, 64),
  line('u5', 'prospect', "Honestly it's way too expensive for us.", 65, 70),
  line('u6', 'rep', "What makes it feel that way?", 71, 73),
  line('u7', 'prospect', "I'm not sure it would fit our workflow, and the price is still too high.", 74, 80),
  line('u8', 'rep', "Actually it's not expensive at all, it pays for itself in a month.", 81, 86),
];

describe('review details', () => {
  const review = reviewCall(call);
  const details = reviewDetails(call, review);

  it('finds the longest buyer story across consecutive buyer lines', () => {
    expect(details.longestBuyerStory).toEqual({ seconds: 55, start: 5, id: 'u2' });
  });

  it('tells an objection explored with a question from one countered', () => {
    expect(details.objections.map((o) => [o.id, o.handling, o.reply?.id])).toEqual([
      ['u5', 'explored', 'u6'],
      ['u7', 'countered', 'u8'],
    ]);
  });

  it('spreads questions over quarters and finds what the rep said next', () => {
    expect(details.questionSpread.reduce((a, b) => a + b, 0)).toBe(review.questions.list.length);
    expect(details.repNext.u5?.id).toBe('u6');
    expect(details.repNext.u8).toBeNull();
    expect(details.lines[0]?.start).toBe(0);
  });
});
