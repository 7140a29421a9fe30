import { COMPETITORS_MAX, NAME_MAX_LENGTH, type Thresholds } from '../../../storage/settings-fields';
import { t } from '../../i18n';
import type { OptionsState } from '../use-options';
import { LockedNote, NumberField, Section } from './fields';

/** Competitor names and the coach's thresholds, in the units people think in (seconds, percent). */
export function ThresholdsSection({ state }: { state: OptionsState }) {
  const { effective, locked, update } = state;
  const coach = effective.coach;
  const set = <K extends keyof Thresholds>(key: K, value: Thresholds[K]) => update((s) => ({ ...s, coach: { ...s.coach, [key]: value } }));
  const isLocked = (key: keyof Thresholds) => locked.has(`thresholds.${key}`);
  const competitorsLocked = locked.has('competitors');
  return (
    <Section id="thresholds" title={t('thresholdsHeading')} intro={t('thresholdsIntro')}>
      <div class="grid">
        <NumberField id="talk-share" label={t('talkShareLabel')} hint={t('talkShareHint')} unit="%" min={5} max={100}
          value={Math.round(coach.talkShareThreshold * 100)} locked={isLocked('talkShareThreshold')} onChange={(v) => set('talkShareThreshold', v / 100)} />
        <NumberField id="talk-window" label={t('talkWindowLabel')} unit={t('unitMinutes')} min={1} max={60}
          value={Math.round(coach.talkShareWindowMs / 60_000)} locked={isLocked('talkShareWindowMs')} onChange={(v) => set('talkShareWindowMs', v * 60_000)} />
        <NumberField id="monologue" label={t('monologueLabel')} hint={t('monologueHint')} unit={t('unitSeconds')} min={10} max={3_600}
          value={Math.round(coach.monologueMs / 1_000)} locked={isLocked('monologueMs')} onChange={(v) => set('monologueMs', v * 1_000)} />
        <NumberField id="cooldown" label={t('cooldownLabel')} hint={t('cooldownHint')} unit={t('unitSeconds')} min={5} max={3_600}
          value={Math.round(coach.cooldownMs / 1_000)} locked={isLocked('cooldownMs')} onChange={(v) => set('cooldownMs', v * 1_000)} />
        <NumberField id="max-cards" label={t('maxCardsLabel')} unit={t('unitPerMinute')} min={1} max={20}
          value={coach.maxCardsPerMinute} locked={isLocked('maxCardsPerMinute')} onChange={(v) => set('maxCardsPerMinute', v)} />
        <NumberField id="lifetime" label={t('lifetimeLabel')} unit={t('unitSeconds')} min={5} max={600}
          value={Math.round(coach.cardLifetimeMs / 1_000)} locked={isLocked('cardLifetimeMs')} onChange={(v) => set('cardLifetimeMs', v * 1_000)} />
      </div>
      <div class="field">
        <label for="competitors">{t('competitorsLabel')}</label>
        <textarea
          id="competitors"
          rows={3}
          disabled={competitorsLocked}
          value={effective.competitors.join('\n')}
          aria-describedby="competitors-hint"
          onChange={(event) => {
            // A line longer than a name may be is shortened, as it is shown: stored as it is, it would be refused.
            const names = event.currentTarget.value.split('\n').map((name) => name.trim().slice(0, NAME_MAX_LENGTH).trim()).filter((name) => name !== '').slice(0, COMPETITORS_MAX);
            update((s) => ({ ...s, competitors: [...new Set(names)] }));
          }}
        />
        <p class="field__hint" id="competitors-hint">
          {t('competitorsHint')} <LockedNote locked={competitorsLocked} />
        </p>
      </div>
    </Section>
  );
}
