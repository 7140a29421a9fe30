import { t } from '../../i18n';
import type { OptionsState } from '../use-options';
import { LockedNote, NumberField, Section } from './fields';

/** How long calls are kept, and whether their words are kept at all. */
export function RetentionSection({ state }: { state: OptionsState }) {
  const { effective, locked, update } = state;
  const daysLocked = locked.has('retention.days');
  const transcriptsLocked = locked.has('retention.keepTranscripts');
  const days = effective.retention.days;
  return (
    <Section id="retention" title={t('retentionHeading')} intro={t('retentionIntro')}>
      <label class="toggle">
        <input
          type="checkbox"
          checked={days === null}
          disabled={daysLocked}
          onChange={(e) => {
            const forever = e.currentTarget.checked;
            update((s) => ({ ...s, retention: { ...s.retention, days: forever ? null : 90 } }));
          }}
        />
        <span>{t('keepForever')}</span>
        <LockedNote locked={daysLocked} />
      </label>
      {days !== null && (
        <NumberField id="retention-days" label={t('retentionDaysLabel')} unit={t('unitDays')} min={1} max={3_650} value={days} locked={daysLocked}
          onChange={(value) => update((s) => ({ ...s, retention: { ...s.retention, days: value } }))} />
      )}
      <label class="toggle">
        <input
          type="checkbox"
          data-testid="keep-transcripts"
          checked={effective.retention.keepTranscripts}
          disabled={transcriptsLocked}
          onChange={(e) => {
            const keepTranscripts = e.currentTarget.checked;
            update((s) => ({ ...s, retention: { ...s.retention, keepTranscripts } }));
          }}
        />
        <span>{t('keepTranscripts')}</span>
        <LockedNote locked={transcriptsLocked} />
      </label>
      <p class="field__hint">{t('keepTranscriptsHint')}</p>
    </Section>
  );
}
