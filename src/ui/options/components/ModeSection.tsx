import type { CoachingMode } from '../../../storage/settings';
import { t, type MessageKey } from '../../i18n';
import type { OptionsState } from '../use-options';
import { Section } from './fields';

const MODES: Array<{ mode: CoachingMode; label: MessageKey; hint: MessageKey }> = [
  { mode: 'live', label: 'modeLive', hint: 'modeLiveHint' },
  { mode: 'shadow', label: 'modeShadow', hint: 'modeShadowHint' },
  { mode: 'off', label: 'modeOff', hint: 'modeOffHint' },
];

export function ModeSection({ state }: { state: OptionsState }) {
  const { user, update } = state;
  return (
    <Section id="mode" title={t('modeHeading')}>
      <fieldset class="choices">
        <legend class="visually-hidden">{t('modeHeading')}</legend>
        {MODES.map(({ mode, label, hint }) => (
          <label key={mode} class={`choice ${user.mode === mode ? 'choice--on' : ''}`}>
            <input type="radio" name="mode" value={mode} checked={user.mode === mode} onChange={() => update((s) => ({ ...s, mode }))} />
            <span>
              <strong>{t(label)}</strong>
              <span class="choice__hint">{t(hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {user.mode === 'shadow' && (
        <div class="field">
          <label for="shadow-rep">{t('shadowRepLabel')}</label>
          <input
            id="shadow-rep"
            type="text"
            maxLength={120}
            value={user.shadowRepName}
            placeholder={t('shadowRepPlaceholder')}
            aria-describedby="shadow-rep-hint"
            onChange={(event) => {
              const name = event.currentTarget.value.trim();
              update((s) => ({ ...s, shadowRepName: name }));
            }}
          />
          <p class="field__hint" id="shadow-rep-hint">
            {t('shadowRepHint')}
          </p>
        </div>
      )}
    </Section>
  );
}
