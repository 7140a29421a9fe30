import { clock } from '../../../core/metrics/clock';
import type { ReviewedCall } from '../call-review';
import { OUTCOME_TEXT } from '../call-review';

const MEANING = {
  clear_yes: 'The buyer decided yes. Make sure the next step has a date and an owner.',
  clear_no: 'The buyer decided no. A clear no is a good outcome: it saves both sides time.',
  unclear: "The buyer left without deciding. \u201cLet me think about it\u201d usually means information is missing: find out what.",
} as const;

const NEXT = {
  clear_yes: 'Next time: confirm the step in writing before you hang up.',
  clear_no: 'Next time: ask what would have had to be true for a yes; it teaches you about fit.',
  unclear: 'Next time, before the end: \u201cIs anything unclear or missing that you\u2019d need to decide with confidence, either way?\u201d',
} as const;

/** The headline of a review: did the buyer end with a clear yes, a clear no, or no decision? */
export function Decision({ reviewed, onPick }: { reviewed: ReviewedCall; onPick(id: string): void }) {
  const { outcome, decidedBy } = reviewed.review.decision;
  const moment = decidedBy === null ? undefined : reviewed.review.moments.find((m) => m.id === decidedBy);
  return (
    <section class={`decision decision--${outcome}`} data-testid="decision" aria-label="Decision clarity">
      <p class="decision__kicker">Decision clarity</p>
      <h2 class="decision__outcome">{OUTCOME_TEXT[outcome]}</h2>
      <p class="decision__meaning">{MEANING[outcome]}</p>
      {moment ? (
        <p class="decision__quote">
          The buyer&rsquo;s last decision-relevant words, at{' '}
          <button type="button" class="link" onClick={() => onPick(moment.id)}>
            {clock(moment.at)}
          </button>
          : <q>{moment.text}</q>
        </p>
      ) : (
        <p class="decision__quote">Nothing the buyer said near the end was a decision.</p>
      )}
      <p class="decision__next">{NEXT[outcome]}</p>
    </section>
  );
}
