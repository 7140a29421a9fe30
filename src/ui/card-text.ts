/**
 * What a card says, in the user's language: the catalogue's own wording comes from messages.json (so it can
 * be translated), a team's wording (playbook or managed policy) is shown as the team wrote it. In shadow mode
 * the card explains the moment and its principle instead of telling the watcher what to say.
 */
import type { ShownCard } from '../core/custom-triggers';
import { NUDGES } from '../core/nudges';
import { keyPart, t, tDynamic } from './i18n';

export interface CardText {
  title: string;
  question: string;
  why: string;
  /** "Principle 5: Validate objections; never counter them", or null for a team's custom card. */
  principle: string | null;
  /** Shadow mode's headline: what is happening and what to watch for. */
  moment: string;
}

export function cardText(card: Pick<ShownCard, 'nudgeId' | 'title' | 'question' | 'why'>): CardText {
  const moment = tDynamic(`moment_${keyPart(card.nudgeId)}`);
  if (card.nudgeId === 'custom') return { title: card.title, question: card.question, why: card.why, principle: null, moment };
  const def = NUDGES[card.nudgeId];
  const base = `nudge_${keyPart(card.nudgeId)}`;
  return {
    title: card.title === def.title ? tDynamic(`${base}_title`) : card.title,
    question: card.question === def.question ? tDynamic(`${base}_question`) : card.question,
    why: card.why === def.why ? tDynamic(`${base}_why`) : card.why,
    principle: t('principle', def.principle, tDynamic(`principle_${def.principle}`)),
    moment,
  };
}
