import type { CardDetail } from '../../../core/coach-cards';
import type { ShownCard } from '../../../core/custom-triggers';
import { keyPart, t, tDynamic } from '../../i18n';

/**
 * Why the card is up, under its question. Only words someone said are quoted as heard (a card raised by a
 * line); a call-level card says what Candor measured, in the user's language, and is never dressed as a quote.
 */
export function CardEvidence({ card }: { card: ShownCard }) {
  if (card.utteranceId !== null) return card.evidence ? <p class="card__evidence">{t('heard', card.evidence)}</p> : null;
  return card.detail ? <p class="card__evidence">{detailText(card.detail)}</p> : null;
}

function detailText(detail: CardDetail): string {
  if (detail.kind === 'talk-share') return t('cardTalkShare', detail.repPercent);
  const topics = detail.topics.map((topic) => tDynamic(`topic_${keyPart(topic)}`));
  // The runtime's locale is the browser's, which is the language the messages come in.
  return t('cardUnexplored', new Intl.ListFormat(undefined, { type: 'conjunction' }).format(topics));
}
