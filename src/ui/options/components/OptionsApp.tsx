import { t } from '../../i18n';
import { useOptions } from '../use-options';
import { ModeSection } from './ModeSection';
import { NudgesSection } from './NudgesSection';
import { OverlaySection } from './OverlaySection';
import { PrivacySection } from './PrivacySection';
import { RetentionSection } from './RetentionSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { ThresholdsSection } from './ThresholdsSection';
import { TransferSection } from './TransferSection';
import { TriggersSection } from './TriggersSection';

export function OptionsApp() {
  const state = useOptions();
  if (!state.loaded) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <header class="options__header">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
        <p class="saved" role="status" data-testid="saved">
          {state.savedAt !== null ? t('savedNote') : ''}
        </p>
      </header>
      {state.locked.size > 0 && (
        <p class="policy-note" data-testid="policy-note">
          {t('policyNote')}
        </p>
      )}
      {state.policyProblems.length > 0 && (
        <div class="errors" role="alert">
          <p>{t('policyProblems')}</p>
          <ul>
            {state.policyProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <ModeSection state={state} />
      <SitesSection state={state} />
      <OverlaySection state={state} />
      <h2 class="options__group">{t('playbookHeading')}</h2>
      <ThresholdsSection state={state} />
      <NudgesSection state={state} />
      <TriggersSection state={state} />
      <TransferSection state={state} />
      <RetentionSection state={state} />
      <ShortcutsSection />
      <PrivacySection state={state} />
    </main>
  );
}
