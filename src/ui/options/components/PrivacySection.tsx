import { useState } from 'preact/hooks';
import type { PanelToBackground } from '../../../contracts/messages';
import { browser } from '../../../platform/browser';
import { t } from '../../i18n';
import type { OptionsState } from '../use-options';
import { Section } from './fields';

/**
 * Sends the wipe through the worker, which holds the database open and must let go of it first. Asked as a
 * request, answered once the wipe is done: a panel port's next message is no answer, as during a live call the
 * worker pushes a fresh state every few hundred milliseconds, and the page said "deleted" before it was.
 */
function requestDeleteEverything(): Promise<void> {
  const request: PanelToBackground = { type: 'delete-everything' };
  return browser.runtime.sendMessage(request).then(() => undefined);
}

/** Exactly what Candor keeps, where, for how long, and how to delete it. */
export function PrivacySection({ state }: { state: OptionsState }) {
  const [phase, setPhase] = useState<'idle' | 'confirm' | 'deleting' | 'done'>('idle');
  const { effective, update } = state;
  return (
    <Section id="privacy" title={t('privacyHeading')} intro={t('privacyIntro')}>
      <ul class="privacy-list">
        <li>{t('privacyCalls')}</li>
        <li>{t('privacySettings')}</li>
        <li>{t('privacyLive')}</li>
        <li>{t('privacyNetwork')}</li>
      </ul>
      <label class="toggle">
        <input
          type="checkbox"
          data-testid="disclosure-reminder"
          checked={effective.disclosureReminder}
          onChange={(e) => {
            const disclosureReminder = e.currentTarget.checked;
            update((s) => ({ ...s, disclosureReminder }));
          }}
        />
        <span>{t('disclosureReminderLabel')}</span>
      </label>
      <div class="danger">
        {phase === 'idle' && (
          <button type="button" data-testid="delete-everything" onClick={() => setPhase('confirm')}>
            {t('deleteEverything')}
          </button>
        )}
        {phase === 'confirm' && (
          <p role="alert">
            {t('deleteEverythingConfirm')}{' '}
            <button
              type="button"
              data-testid="delete-everything-confirm"
              onClick={() => {
                setPhase('deleting');
                void requestDeleteEverything().then(() => setPhase('done'));
              }}
            >
              {t('deleteEverythingYes')}
            </button>{' '}
            <button type="button" onClick={() => setPhase('idle')}>
              {t('cancel')}
            </button>
          </p>
        )}
        {phase === 'deleting' && <p>{t('deleting')}</p>}
        {phase === 'done' && <p data-testid="deleted">{t('deletedEverything')}</p>}
      </div>
    </Section>
  );
}
