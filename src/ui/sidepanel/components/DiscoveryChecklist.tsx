import { DISCOVERY_TOPICS, type DiscoveryChecklist as Checklist } from '../../../core/discovery-checklist';
import { keyPart, t, tDynamic } from '../../i18n';

/** The topics of a good discovery, ticking themselves off as they come up. */
export function DiscoveryChecklist({ checklist }: { checklist: Checklist }) {
  const done = DISCOVERY_TOPICS.filter((topic) => checklist[topic]).length;
  return (
    <section class="section checklist" aria-label={t('checklistHeading')} data-testid="checklist">
      <h2>
        {t('checklistHeading')} <span class="section__meta">{t('checklistProgress', done, DISCOVERY_TOPICS.length)}</span>
      </h2>
      <ul>
        {DISCOVERY_TOPICS.map((topic) => {
          const ticked = checklist[topic] !== undefined;
          return (
            <li key={topic} class={ticked ? 'done' : ''} data-topic={topic} data-done={ticked}>
              <span class="check" aria-hidden="true">{ticked ? '✓' : ''}</span>
              <span>{tDynamic(`topic_${keyPart(topic)}`)}</span>
              <span class="visually-hidden">{ticked ? ' ✓' : ''}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
