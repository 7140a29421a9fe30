import type { TalkSplit } from '../../../core/talk-time';

function Meter({ label, share }: { label: string; share: number | null }) {
  const percent = share === null ? null : Math.round(share * 100);
  return (
    <div class="meter">
      <div class="meter__label">
        <span>{label}</span>
        <span>{percent === null ? '–' : `You ${percent}% · Them ${100 - percent}%`}</span>
      </div>
      <div
        class="meter__bar"
        role="meter"
        aria-label={`${label}: your share of talk time`}
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
export function TalkMeter({ talk }: { talk: TalkSplit }) {
  return (
    <section class="talk" aria-label="Talk time" data-testid="talk-meter">
      <Meter label="Last 5 minutes" share={talk.recentShare} />
      <Meter label="Whole call" share={talk.callShare} />
    </section>
  );
}
