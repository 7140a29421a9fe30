import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { DISCOVERY_TOPICS } from '../../../core/metrics/discovery';
import { putNote, putSummary, readCallBundle } from '../../../storage/call-archive';
import type { StoredNote } from '../../../storage/calls-db';
import type { Settings } from '../../../storage/settings';
import { callToJson } from '../call-json';
import { callToMarkdown } from '../call-markdown';
import { length, nudgesByLine, REVIEW_VERSION, reviewStoredCall, SITE_NAMES, summaryOf, type ReviewedCall } from '../call-review';
import { measuresOf, TOPIC_NAMES } from '../measures';
import { createNoteSaver } from '../note-saver';
import { database, deleteFromHistory, download, settings as loadSettings } from '../review-store';
import { Decision } from './Decision';
import { Measures, Objections } from './Measures';
import { NoteField } from './NoteField';
import { Notice } from './Notice';
import { TimelineChart } from './TimelineChart';
import { Transcript } from './Transcript';

type Loaded = { reviewed: ReviewedCall; settings: Settings } | { missing: true } | null;

function fileBase(reviewed: ReviewedCall): string {
  const date = new Date(reviewed.bundle.call.startedAt).toISOString().slice(0, 10);
  return `candor-call-${date}-${reviewed.bundle.call.callId.replace(/[^\w-]/gu, '').slice(-12)}`;
}

/** One call: decision clarity first, then the measures, the timeline, objections, discovery, notes, transcript. */
export function CallPage({ callId, initial }: { callId: string; initial: ReviewedCall | null }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [notes, setNotes] = useState<Map<string, StoredNote>>(new Map());

  useEffect(() => {
    void (async () => {
      const [db, userSettings] = await Promise.all([database(), loadSettings()]);
      if (initial !== null) {
        performance.mark('candor-review-start');
        performance.mark('candor-review-end');
        performance.measure('candor-review', 'candor-review-start', 'candor-review-end');
        setNotes(new Map(initial.bundle.notes.map((n) => [n.target, n])));
        setLoaded({ reviewed: initial, settings: userSettings });
        return;
      }
      const bundle = await readCallBundle(db, callId);
      if (bundle === null) {
        setLoaded({ missing: true });
        return;
      }
      performance.mark('candor-review-start');
      const reviewed = reviewStoredCall(bundle, userSettings.coach, userSettings.competitors);
      performance.mark('candor-review-end');
      performance.measure('candor-review', 'candor-review-start', 'candor-review-end');
      setNotes(new Map(bundle.notes.map((n) => [n.target, n])));
      setLoaded({ reviewed, settings: userSettings });
      if (bundle.call.endedAt !== null && bundle.call.summary?.reviewVersion !== REVIEW_VERSION) await putSummary(db, callId, summaryOf(reviewed));
    })();
  }, [callId, initial]);

  useEffect(() => {
    if (loaded !== null && !('missing' in loaded)) requestAnimationFrame(() => performance.mark('candor-review-painted'));
  }, [loaded]);

  const pick = useCallback((id: string) => {
    const line = document.getElementById(`line-${id}`);
    line?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    line?.classList.add('line--picked');
    setTimeout(() => line?.classList.remove('line--picked'), 1_600);
  }, []);

  const saver = useMemo(
    () =>
      createNoteSaver((note) => {
        setNotes((all) => {
          const next = new Map(all);
          if (note.text.trim() === '') next.delete(note.target);
          else next.set(note.target, note);
          return next;
        });
        void database().then((db) => putNote(db, note));
      }),
    [],
  );
  // A note typed just before the tab is closed, reloaded or left for another call is written then.
  useEffect(() => {
    const flush = () => saver.flush();
    const hidden = () => document.visibilityState === 'hidden' && saver.flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      saver.flush();
    };
  }, [saver]);
  const noteTyped = useCallback((target: string, text: string) => saver.typed({ callId, target, text, updatedAt: Date.now() }), [saver, callId]);
  const noteLeft = useCallback((target: string) => saver.flush(target), [saver]);

  const reviewed = loaded !== null && !('missing' in loaded) ? loaded.reviewed : null;
  const moments = useMemo(() => new Map((reviewed?.review.moments ?? []).map((m) => [m.id, m])), [reviewed]);
  const nudges = useMemo(() => (reviewed === null ? new Map() : nudgesByLine(reviewed)), [reviewed]);

  if (loaded === null) return <main class="page"><p class="muted">Loading the call…</p></main>;
  if ('missing' in loaded || reviewed === null) {
    return (
      <main class="page">
        <p>This call is not in your history (it may have been deleted).</p>
        <a href="?">All calls</a>
      </main>
    );
  }
  const { bundle, review, details } = reviewed;
  const { call } = bundle;
  const current = () => ({ ...reviewed, bundle: { ...bundle, notes: [...notes.values()] } });
  const started = new Date(call.startedAt);
  const buyers = (call.participants ?? []).filter((p) => p.side === 'theirs').map((p) => p.name);
  const ours = (call.participants ?? []).filter((p) => p.side === 'ours').map((p) => p.name);

  return (
    <main class="page">
      <nav class="crumbs">
        <a href="?">&larr; All calls</a>
      </nav>
      <header class="call-head">
        <div>
          <h1>
            {call.site === 'imported' ? 'Imported call' : `${SITE_NAMES[call.site]} call`}
            <span class="muted"> · {started.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })}, {started.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}</span>
          </h1>
          <p class="muted">
            {length(review.durationSeconds)}
            {buyers.length > 0 && <> · with {buyers.join(', ')}</>}
            {ours.length > 0 && <> · our side: {ours.join(', ')}</>}
            {call.source?.kind === 'import' && <> · from {call.source.fileName}{call.source.timesEstimated ? ' (times estimated from words)' : ''}</>}
          </p>
        </div>
        <div class="actions">
          <button type="button" onClick={() => download(`${fileBase(reviewed)}.md`, callToMarkdown(current(), loaded.settings.coach), 'text/markdown')}>Export Markdown</button>
          <button type="button" onClick={() => download(`${fileBase(reviewed)}.json`, callToJson(current().bundle, Date.now()), 'application/json')}>Export JSON</button>
          <button
            type="button"
            class="danger"
            onClick={() => {
              if (!confirm('Delete this call, its notes and everything stored with it? This cannot be undone.')) return;
              void deleteFromHistory(call).then(() => (location.search = ''));
            }}
          >
            Delete
          </button>
        </div>
      </header>
      <Notice />
      <Decision reviewed={reviewed} onPick={pick} />
      <Measures measures={measuresOf(reviewed, loaded.settings.coach)} />
      <section class="block" aria-label="Timeline">
        <h2>Who spoke when</h2>
        <TimelineChart lines={details.lines} moments={review.moments} onPick={pick} />
      </section>
      <Objections objections={details.objections} pressure={details.pressure} onPick={pick} />
      <section class="block" aria-label="Discovery checklist">
        <h2>Discovery checklist</h2>
        <ul class="checklist" data-testid="discovery">
          {DISCOVERY_TOPICS.map((t) => (
            <li key={t} class={review.discovery.explored.includes(t) ? 'done' : 'todo'}>
              {review.discovery.explored.includes(t) ? '\u2713' : '\u25cb'} {TOPIC_NAMES[t]}
            </li>
          ))}
        </ul>
      </section>
      <section class="block" aria-label="Notes on the call">
        <h2>Your notes</h2>
        <NoteField target="" text={notes.get('')?.text ?? ''} typed={noteTyped} left={noteLeft} class="note" rows={3} placeholder="What went well, what to try next time…" label="Notes on the call" testId="call-note" />
      </section>
      <section class="block" aria-label="Transcript">
        <h2>Transcript</h2>
        <Transcript details={details} moments={moments} nudges={nudges} notes={notes} noteTyped={noteTyped} noteLeft={noteLeft} />
      </section>
    </main>
  );
}
