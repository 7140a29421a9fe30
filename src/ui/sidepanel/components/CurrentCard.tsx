import type { Card } from '../../../core/coach';

/** The one thing to do now: readable in two seconds, the reasoning one click away. */
export function CurrentCard({ card }: { card: Card | null }) {
  return (
    <section class="current" aria-live="polite" aria-label="Current nudge">
      {card ? (
        <article class="card" data-testid="current-card" data-nudge={card.nudgeId}>
          <h1 class="card__title">{card.title}</h1>
          <p class="card__question">“{card.question}”</p>
          {card.evidence && <p class="card__evidence">Heard: “{card.evidence}”</p>}
          <details class="card__why">
            <summary>Why</summary>
            <p>{card.why}</p>
          </details>
        </article>
      ) : (
        <p class="current__empty" data-testid="no-card">
          Listening. Nothing to do right now.
        </p>
      )}
    </section>
  );
}
