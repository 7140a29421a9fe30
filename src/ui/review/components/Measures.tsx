import type { ObjectionMoment } from '../../../core/metrics/review-details';
import type { ReviewMoment } from '../../../core/metrics/review';
import { clock } from '../../../core/metrics/clock';
import type { Measure } from '../measures';

/** Each measure beside its research default. */
export function Measures({ measures }: { measures: Measure[] }) {
  return (
    <section class="measures" aria-label="Measures">
      {measures.map((m) => (
        <div key={m.id} class={`measure measure--${m.verdict}`} data-testid={`measure-${m.id}`}>
          <p class="measure__name">{m.name}</p>
          <p class="measure__value">{m.value}</p>
          <p class="measure__ref">Research: {m.reference}</p>
          {m.detail && <p class="measure__detail">{m.detail}</p>}
        </div>
      ))}
    </section>
  );
}

const HANDLING = { explored: 'Explored with a question', countered: 'Countered', answered: 'Answered, no question', unanswered: 'No reply' } as const;

export function Objections({ objections, pressure, onPick }: { objections: ObjectionMoment[]; pressure: ReviewMoment[]; onPick(id: string): void }) {
  if (objections.length === 0 && pressure.length === 0) return null;
  return (
    <section class="block" aria-label="Objections and pressure">
      <h2>Objections and how each was handled</h2>
      {objections.length === 0 && <p class="muted">The buyer raised no objection.</p>}
      <ul class="objections" data-testid="objections">
        {objections.map((o) => (
          <li key={o.id}>
            <button type="button" class="link time" onClick={() => onPick(o.id)}>
              {clock(o.at)}
            </button>
            <q>{o.text}</q>
            <span class={`handling handling--${o.handling}`}>{HANDLING[o.handling]}</span>
            {o.reply && <span class="reply">You: <q>{o.reply.text}</q></span>}
          </li>
        ))}
      </ul>
      {pressure.length > 0 && (
        <>
          <h3>Pressure moments</h3>
          <ul class="objections" data-testid="pressure">
            {pressure.map((m) => (
              <li key={m.id}>
                <button type="button" class="link time" onClick={() => onPick(m.id)}>
                  {clock(m.at)}
                </button>
                <q>{m.text}</q>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
