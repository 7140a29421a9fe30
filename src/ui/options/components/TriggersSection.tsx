import type { CustomTrigger, TriggerSide } from '../../../core/custom-triggers';
import { t, type MessageKey } from '../../i18n';
import type { OptionsState } from '../use-options';
import { LockedNote, Section } from './fields';

const SIDES: Array<{ side: TriggerSide; label: MessageKey }> = [
  { side: 'buyer', label: 'sideBuyer' },
  { side: 'rep', label: 'sideRep' },
  { side: 'anyone', label: 'sideAnyone' },
];

function newTrigger(existing: readonly CustomTrigger[]): CustomTrigger {
  let n = existing.length + 1;
  while (existing.some((trigger) => trigger.id === `trigger-${n}`)) n += 1;
  return { id: `trigger-${n}`, enabled: true, phrases: [t('triggerExamplePhrase')], side: 'buyer', title: t('triggerExampleTitle'), question: t('triggerExampleQuestion'), why: '' };
}

/** The team's own playbook entries: phrases that bring up the team's own card. */
export function TriggersSection({ state }: { state: OptionsState }) {
  const { effective, locked, update } = state;
  const isLocked = locked.has('customTriggers');
  const triggers = effective.customTriggers;
  const change = (index: number, patch: Partial<CustomTrigger>) =>
    update((s) => ({ ...s, customTriggers: s.customTriggers.map((trigger, i) => (i === index ? { ...trigger, ...patch } : trigger)) }));
  const text = (value: string, fallback: string) => (value.trim() === '' ? fallback : value.trim().slice(0, 200));
  return (
    <Section id="triggers" title={t('triggersHeading')} intro={t('triggersIntro')}>
      <LockedNote locked={isLocked} />
      {triggers.length === 0 && <p class="hint">{t('triggersEmpty')}</p>}
      <ol class="triggers">
        {triggers.map((trigger, index) => (
          <li key={trigger.id} class="trigger" data-testid={`trigger-${trigger.id}`}>
            <fieldset disabled={isLocked}>
              <legend>
                <label class="toggle">
                  <input type="checkbox" checked={trigger.enabled} onChange={(e) => change(index, { enabled: e.currentTarget.checked })} />
                  <strong>{trigger.title}</strong>
                </label>
              </legend>
              <label>
                <span>{t('triggerPhrasesLabel')}</span>
                <input
                  type="text"
                  value={trigger.phrases.join(', ')}
                  onChange={(e) => {
                    const phrases = e.currentTarget.value.split(',').map((p) => p.trim().slice(0, 80)).filter((p) => p !== '').slice(0, 30);
                    if (phrases.length > 0) change(index, { phrases });
                  }}
                />
              </label>
              <label>
                <span>{t('triggerSideLabel')}</span>
                <select value={trigger.side} onChange={(e) => change(index, { side: e.currentTarget.value as TriggerSide })}>
                  {SIDES.map(({ side, label }) => (
                    <option key={side} value={side}>
                      {t(label)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span>{t('nudgeTitleLabel')}</span>
                <input type="text" maxLength={200} value={trigger.title} onChange={(e) => change(index, { title: text(e.currentTarget.value, trigger.title) })} />
              </label>
              <label>
                <span>{t('nudgeQuestionLabel')}</span>
                <input type="text" maxLength={200} value={trigger.question} onChange={(e) => change(index, { question: text(e.currentTarget.value, trigger.question) })} />
              </label>
              <label>
                <span>{t('triggerWhyLabel')}</span>
                <input type="text" maxLength={400} value={trigger.why} onChange={(e) => change(index, { why: e.currentTarget.value.trim().slice(0, 400) })} />
              </label>
              <button type="button" class="button button--quiet" onClick={() => update((s) => ({ ...s, customTriggers: s.customTriggers.filter((_, i) => i !== index) }))}>
                {t('triggerRemove')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {!isLocked && triggers.length < 50 && (
        <button type="button" class="button" onClick={() => update((s) => ({ ...s, customTriggers: [...s.customTriggers, newTrigger(s.customTriggers)] }))}>
          {t('triggerAdd')}
        </button>
      )}
    </Section>
  );
}
