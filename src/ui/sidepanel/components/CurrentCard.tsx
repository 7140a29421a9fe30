import type { CallView, PanelToBackground } from '../../../contracts/messages';
import type { ShownCard } from '../../../core/custom-triggers';
import { cardText } from '../../card-text';
import { t } from '../../i18n';
import { BookmarkForm } from './BookmarkForm';
import { CardEvidence } from './CardEvidence';

interface Props {
  call: CallView;
  send(command: PanelToBackground): void;
}

/**
 * The one thing to do now, readable in two seconds; the reasoning one click away; "helpful" / "not now" to
 * tune the coach. In shadow mode it explains the moment and its principle instead, with a bookmark.
 * The section is a polite live region, so a screen reader announces a new card without interrupting.
 */
export function CurrentCard({ call, send }: Props) {
  const card = call.card;
  const shadow = call.mode === 'shadow';
  return (
    <section class="current" aria-live="polite" aria-label={t('currentCardLabel')}>
      {card ? (
        <CardView card={card} shadow={shadow} call={call} send={send} />
      ) : (
        <p class="current__empty" data-testid="no-card">
          {call.paused ? t('noCardPaused') : t('noCard')}
        </p>
      )}
      {shadow && <BookmarkForm call={call} send={send} />}
    </section>
  );
}

function CardView({ card, shadow, call, send }: { card: ShownCard; shadow: boolean } & Props) {
  const text = cardText(card);
  const answered = call.feedback[card.id];
  const feedback = (kind: 'helpful' | 'not-now') =>
    send({ type: 'card-feedback', callId: call.callId, cardId: card.id, nudgeId: card.nudgeId, kind });
  return (
    <article class={`card ${card.nudgeId === 'custom' ? 'card--custom' : ''}`} data-testid="current-card" data-nudge={card.nudgeId}>
      {card.nudgeId === 'custom' && <p class="card__tag">{t('customCardTag')}</p>}
      <h1 class="card__title">{shadow ? text.moment : text.title}</h1>
      {shadow ? (
        <p class="card__question card__question--shadow">{t('shadowAsk', text.question)}</p>
      ) : (
        <p class="card__question">“{text.question}”</p>
      )}
      <CardEvidence card={card} />
      {shadow ? (
        <div class="card__principle">
          {text.principle && <p class="card__principle-name">{text.principle}</p>}
          <p>{text.why}</p>
        </div>
      ) : (
        <details class="card__why">
          <summary>{t('why')}</summary>
          {text.principle && <p class="card__principle-name">{text.principle}</p>}
          <p>{text.why}</p>
        </details>
      )}
      {!shadow && (
        <div class="card__actions">
          <button type="button" class="button" data-testid="helpful" aria-pressed={answered === 'helpful'} onClick={() => feedback('helpful')}>
            {answered === 'helpful' ? t('helpfulThanks') : t('helpful')}
          </button>
          <button type="button" class="button button--quiet" data-testid="not-now" onClick={() => feedback('not-now')}>
            {t('notNow')}
          </button>
        </div>
      )}
    </article>
  );
}
