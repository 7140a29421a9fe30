import type { ShownCard } from '../../../core/custom-triggers';
import type { FeedbackKind } from '../../../core/feedback-tuning';
import { cardText } from '../../card-text';
import { t } from '../../i18n';

function clock(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

interface Props {
  cards: readonly ShownCard[];
  feedback: Record<string, FeedbackKind>;
  shadow: boolean;
}

export function RecentCards({ cards, feedback, shadow }: Props) {
  if (cards.length === 0) return null;
  return (
    <section class="section recent" aria-label={t('recentLabel')}>
      <h2>{t('recentHeading')}</h2>
      <ol data-testid="recent-cards">
        {cards.map((card) => {
          const text = cardText(card);
          const answer = feedback[card.id];
          return (
            <li key={card.id} data-nudge={card.nudgeId}>
              <span class="recent__time">{clock(card.shownAt)}</span>
              <span class="recent__title">{shadow ? text.moment : text.title}</span>
              {answer && <span class={`chip chip--${answer}`}>{answer === 'helpful' ? t('feedbackHelpfulMark') : t('feedbackNotNowMark')}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
