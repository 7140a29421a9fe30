import { t } from '../../i18n';
import type { OptionsState } from '../use-options';
import { Section } from './fields';

/** The in-call overlay, and what screen sharing can and cannot show of it, said plainly. */
export function OverlaySection({ state }: { state: OptionsState }) {
  const { user, update } = state;
  return (
    <Section id="overlay" title={t('overlayHeading')} intro={t('overlayIntro')}>
      <label class="toggle">
        <input
          type="checkbox"
          data-testid="overlay-enabled"
          checked={user.overlay.enabled}
          onChange={(event) => {
            const enabled = event.currentTarget.checked;
            update((s) => ({ ...s, overlay: { ...s.overlay, enabled } }));
          }}
        />
        <span>{t('overlayEnable')}</span>
      </label>
      <div class="sharing">
        <h3>{t('sharingHeading')}</h3>
        <ul>
          <li>{t('sharingTab')}</li>
          <li>{t('sharingWindow')}</li>
          <li>{t('sharingScreen')}</li>
          <li>{t('sharingPanel')}</li>
        </ul>
      </div>
    </Section>
  );
}
