import { overThreshold, sharePercent, type TalkSplit } from '../../../core/talk-time';
import { t } from '../../i18n';

function Meter({ label, share, shadow, threshold }: { label: string; share: number | null; shadow: boolean; threshold: number }) {
  const percent = sharePercent(share);
  const over = overThreshold(share, threshold);
  return (
    <div class={`meter ${over ? 'meter--over' : ''}`}>
      <div class="meter__label">
        <span>{label}</span>
        <span class="meter__value">{percent === null ? '–' : t(shadow ? 'talkSplitShadow' : 'talkSplit', percent, 100 - percent)}</span>
      </div>
      <div
        class="meter__bar"
        role="meter"
        aria-label={t('talkMeterLabel', label)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? 0}
      >
        <span class="meter__rep" style={{ width: `${percent ?? 0}%` }} />
      </div>
    </div>
  );
}

/** Top reps talk about 43% of the time; the marker shows that target on both bars. */
export function TalkMeter({ talk, windowMs, shadow, threshold }: { talk: TalkSplit; windowMs: number; shadow: boolean; threshold: number }) {
  const minutes = Math.max(1, Math.round(windowMs / 60_000));
  return (
    <section class="section talk" aria-label={t('talkHeading')} data-testid="talk-meter">
      <h2>{t('talkHeading')}</h2>
      <Meter label={t('talkRecent', minutes)} share={talk.recentShare} shadow={shadow} threshold={threshold} />
      <Meter label={t('talkCall')} share={talk.callShare} shadow={shadow} threshold={threshold} />
      <p class="meter__note">{t('talkTarget')}</p>
    </section>
  );
}
