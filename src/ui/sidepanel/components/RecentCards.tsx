import type { Card } from '../../../core/coach';

function clock(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function RecentCards({ cards }: { cards: readonly Card[] }) {
  if (cards.length === 0) return null;
  return (
    <section class="recent" aria-label="Earlier nudges">
      <h2>Earlier</h2>
      <ol data-testid="recent-cards">
        {cards.map((card) => (
          <li key={card.id} data-nudge={card.nudgeId}>
            <span class="recent__time">{clock(card.shownAt)}</span> {card.title}
          </li>
        ))}
      </ol>
    </section>
  );
}
