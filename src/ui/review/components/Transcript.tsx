import { useEffect, useState } from 'preact/hooks';
import type { ReviewMoment } from '../../../core/metrics/review';
import type { ReviewDetails } from '../../../core/metrics/review-details';
import type { StoredNote } from '../../../storage/calls-db';
import { clock } from '../../../core/metrics/clock';
import type { MomentNudge } from '../call-review';
import { NoteField } from './NoteField';

const LABEL_TEXT: Record<string, string> = {
  objection: 'objection', stall: 'stall', alternative: 'alternative', pain: 'pain', buying_signal: 'buying signal', strong_no: 'clear no',
  stakeholder: 'stakeholder', pressure: 'pressure', counter: 'counter', pitch: 'pitch', open_question: 'open question', closed_question: 'closed question',
};

interface Props {
  details: ReviewDetails;
  moments: Map<string, ReviewMoment>;
  nudges: Map<string, MomentNudge[]>;
  notes: Map<string, StoredNote>;
  noteTyped(target: string, text: string): void;
  noteLeft(target: string): void;
}

/** The transcript with labels, the nudges at each moment and what the rep did next; notes on any labelled line. */
/** Lines drawn in the first frame; the rest follow in slices so a two-hour call paints at once and stays responsive. */
const FIRST_LINES = 150;
const MORE_LINES = 500;

export function Transcript({ details, moments, nudges, notes, noteTyped, noteLeft }: Props) {
  const [shown, setShown] = useState(FIRST_LINES);
  useEffect(() => {
    if (shown >= details.lines.length) return;
    const timer = setTimeout(() => setShown((n) => n + MORE_LINES), 0);
    return () => clearTimeout(timer);
  }, [shown, details.lines.length]);
  return (
    <ol class="transcript" data-testid="transcript" data-complete={shown >= details.lines.length}>
      {details.lines.slice(0, shown).map((line) => {
        const moment = moments.get(line.id);
        const cards = nudges.get(line.id) ?? [];
        const next = cards.length > 0 ? details.repNext[line.id] : undefined;
        return (
          <li key={line.id} id={`line-${line.id}`} class={`line line--${line.role}${moment ? ' line--moment' : ''}`}>
            <span class="line__time">{clock(line.start)}</span>
            <div class="line__body">
              <p class="line__text">
                <b class="line__who">{line.speaker ?? (line.role === 'rep' ? 'You' : 'Buyer')}</b> {line.text}
              </p>
              {moment && (
                <p class="chips">
                  {moment.labels
                    .filter((l) => l.confidence >= 0.5)
                    .map((l) => (
                      <span key={l.label} class={`chip chip--${l.label}`} title={`because of \u201c${l.evidence}\u201d`}>
                        {LABEL_TEXT[l.label] ?? l.label}
                      </span>
                    ))}
                </p>
              )}
              {cards.map((card, i) => (
                <div key={i} class={`nudge${card.shown ? '' : ' nudge--would'}`} data-testid="moment-nudge">
                  <span class="nudge__kind">{card.shown ? 'Nudge shown' : 'Candor would nudge'}</span> <b>{card.title}</b> <span class="muted">{card.question}</span>
                  {next !== undefined && (
                    <p class="nudge__next">
                      {next === null ? 'You said nothing after it.' : <>Then you said: <q>{next.text}</q>{next.question ? ' (a question)' : next.counter ? ' (a counter)' : ''}</>}
                    </p>
                  )}
                </div>
              ))}
              {(moment || cards.length > 0 || notes.has(line.id)) && <MomentNote target={line.id} note={notes.get(line.id)} typed={noteTyped} left={noteLeft} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function MomentNote({ target, note, typed, left }: { target: string; note: StoredNote | undefined; typed: Props['noteTyped']; left: Props['noteLeft'] }) {
  const [open, setOpen] = useState<'stored' | 'added' | null>(note === undefined ? null : 'stored');
  if (open === null) {
    return (
      <button type="button" class="link small" onClick={() => setOpen('added')}>
        Add a note
      </button>
    );
  }
  return <NoteField target={target} text={note?.text ?? ''} typed={typed} left={left} class="note note--moment" rows={2} placeholder="Your note on this moment" label="Note on this moment" focus={open === 'added'} />;
}
