import type { NudgeOverride } from '../../../core/coach-settings';
import { cooldownFactor } from '../../../core/feedback-tuning';
import { NUDGE_IDS, NUDGES, type NudgeId } from '../../../core/nudges';
import { cardText } from '../../card-text';
import { t } from '../../i18n';
import type { OptionsState } from '../use-options';
import { LockedNote, Section } from './fields';

/** Every nudge of the playbook: on or off, and its wording in the team's own words. */
export function NudgesSection({ state }: { state: OptionsState }) {
  const { effective, locked, update, feedback, resetFeedback } = state;
  const change = (id: NudgeId, patch: NudgeOverride) =>
    update((s) => {
      const current = { ...s.coach.nudges?.[id], ...patch };
      // Wording equal to the catalogue's is no change: keep the override small so translations still apply.
      if (current.title === NUDGES[id].title || current.title === '') delete current.title;
      if (current.question === NUDGES[id].question || current.question === '') delete current.question;
      if (current.enabled === true) delete current.enabled;
      const nudges = { ...s.coach.nudges, [id]: current };
      if (Object.keys(current).length === 0) delete nudges[id];
      return { ...s, coach: { ...s.coach, nudges } };
    });
  const quieter = NUDGE_IDS.some((id) => cooldownFactor(feedback[id]) > 1);
  return (
    <Section id="nudges" title={t('nudgesHeading')} intro={t('nudgesIntro')}>
      <ul class="nudges">
        {NUDGE_IDS.map((id) => {
          const override = effective.coach.nudges?.[id];
          const isLocked = locked.has(`nudges.${id}`);
          const text = cardText({ ...NUDGES[id], nudgeId: id });
          const factor = cooldownFactor(feedback[id]);
          return (
            <li key={id} class="nudge" data-testid={`nudge-${id}`}>
              <label class="toggle">
                <input type="checkbox" checked={override?.enabled !== false} disabled={isLocked} onChange={(e) => change(id, { enabled: e.currentTarget.checked })} />
                <strong>{text.title}</strong>
                <LockedNote locked={isLocked} />
              </label>
              <div class="nudge__fields">
                <label>
                  <span>{t('nudgeTitleLabel')}</span>
                  <input type="text" maxLength={200} disabled={isLocked} value={override?.title ?? text.title} onChange={(e) => change(id, { title: e.currentTarget.value.trim() })} />
                </label>
                {NUDGES[id].question === '' ? (
                  // The coach picks this card's question from the moment (the topic not yet explored): a
                  // wording field here would be saved and never shown.
                  <p class="field__hint">{t('nudgeQuestionFromMoment')}</p>
                ) : (
                  <label>
                    <span>{t('nudgeQuestionLabel')}</span>
                    <input type="text" maxLength={200} disabled={isLocked} value={override?.question ?? text.question} onChange={(e) => change(id, { question: e.currentTarget.value.trim() })} />
                  </label>
                )}
              </div>
              {factor > 1 && <p class="field__hint">{t('nudgeQuieter', factor)}</p>}
            </li>
          );
        })}
      </ul>
      {quieter && (
        <button type="button" class="button" onClick={resetFeedback}>
          {t('resetFeedback')}
        </button>
      )}
    </Section>
  );
}
