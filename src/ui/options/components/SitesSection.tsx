import type { SiteId } from '../../../core/types';
import { t, type MessageKey } from '../../i18n';
import type { OptionsState } from '../use-options';
import { Section } from './fields';

const NAMED_SITES: Array<{ site: SiteId; label: MessageKey }> = [
  { site: 'zoom', label: 'siteZoom' },
  { site: 'teams', label: 'siteTeams' },
];

/** Meet labels the user's own lines "You"; Zoom and Teams show display names, so Candor needs the rep's. */
export function SitesSection({ state }: { state: OptionsState }) {
  const { user, update } = state;
  return (
    <Section id="sites" title={t('sitesHeading')} intro={t('sitesIntro')}>
      {NAMED_SITES.map(({ site, label }) => (
        <div class="field" key={site}>
          <label for={`rep-${site}`}>{t('repNameOn', t(label))}</label>
          <input
            id={`rep-${site}`}
            type="text"
            maxLength={120}
            value={user.repNames[site] ?? ''}
            placeholder={t('repNamePlaceholder')}
            onChange={(event) => {
              const name = event.currentTarget.value.trim();
              update((s) => {
                const repNames = { ...s.repNames };
                if (name === '') delete repNames[site];
                else repNames[site] = name;
                return { ...s, repNames };
              });
            }}
          />
        </div>
      ))}
    </Section>
  );
}
