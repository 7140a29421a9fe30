import { useEffect, useMemo, useState } from 'preact/hooks';
import { callsMentioning, listCalls, putSummary, readCallBundle } from '../../../storage/call-archive';
import type { CallRecord } from '../../../storage/calls-db';
import { length, OUTCOME_TEXT, REVIEW_VERSION, reviewStoredCall, SITE_NAMES, summaryOf, type ReviewedCall } from '../call-review';
import { callUrl, database, settings } from '../review-store';
import { ImportPanel } from './ImportPanel';
import { Notice } from './Notice';

const SEARCH_DELAY_MS = 250;

/** The list of calls, newest first, searchable by participant or by words said. */
export function CallList({ onImported }: { onImported(reviewed: ReviewedCall): void }) {
  const [calls, setCalls] = useState<CallRecord[] | null>(null);
  const [query, setQuery] = useState('');
  const [mentioning, setMentioning] = useState<Set<string>>(new Set());

  useEffect(() => {
    let stop = false;
    void (async () => {
      const db = await database();
      const all = await listCalls(db);
      setCalls(all);
      // Calls that ended since the page last saw them get their summary (decision, length) computed once.
      const { coach, competitors } = await settings();
      for (const call of all) {
        if (stop) return;
        if (call.endedAt === null || call.summary?.reviewVersion === REVIEW_VERSION) continue;
        const bundle = await readCallBundle(db, call.callId);
        if (bundle === null) continue;
        const summary = summaryOf(reviewStoredCall(bundle, coach, competitors));
        await putSummary(db, call.callId, summary);
        setCalls((list) => list?.map((c) => (c.callId === call.callId ? { ...c, summary } : c)) ?? null);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return () => {
      stop = true;
    };
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void database().then((db) => callsMentioning(db, query)).then(setMentioning), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (calls === null || q === '') return calls;
    return calls.filter((c) => mentioning.has(c.callId) || (c.participants ?? []).some((p) => p.name.toLowerCase().includes(q)) || c.meetingCode.toLowerCase().includes(q));
  }, [calls, query, mentioning]);

  return (
    <main class="page">
      <header class="top">
        <h1>Your calls</h1>
        <p class="muted">Every call Candor coached, and transcripts you imported. Stored on this computer only.</p>
      </header>
      <Notice />
      <ImportPanel onImported={onImported} />
      <section class="calls" aria-label="Calls">
        <input class="search" type="search" placeholder="Search by participant or words said" value={query} onInput={(e) => setQuery(e.currentTarget.value)} aria-label="Search calls" />
        {calls === null && <p class="muted">Loading…</p>}
        {calls !== null && calls.length === 0 && <p class="muted">No calls yet. Join a call with captions on, or import a transcript above.</p>}
        {shown !== null && shown.length > 0 && (
          <table class="call-table" data-testid="call-list">
            <thead>
              <tr>
                <th>Date</th>
                <th>Site</th>
                <th>Who</th>
                <th>Length</th>
                <th>Decision</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((call) => (
                <CallRow key={call.callId} call={call} />
              ))}
            </tbody>
          </table>
        )}
        {shown !== null && calls !== null && calls.length > 0 && shown.length === 0 && <p class="muted">No call matches “{query}”.</p>}
      </section>
    </main>
  );
}

function CallRow({ call }: { call: CallRecord }) {
  const who = (call.participants ?? []).filter((p) => p.side === 'theirs').map((p) => p.name);
  const date = new Date(call.startedAt);
  const seconds = call.summary?.durationSeconds ?? (call.endedAt === null ? null : (call.endedAt - call.startedAt) / 1000);
  return (
    <tr data-testid="call-row">
      <td>
        <a href={callUrl(call.callId)}>
          {date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}, {date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
        </a>
      </td>
      <td>{call.site === 'imported' ? `Imported: ${call.source?.kind === 'import' ? call.source.fileName : call.meetingCode}` : SITE_NAMES[call.site]}</td>
      <td>{who.length === 0 ? '—' : who.join(', ')}</td>
      <td>{call.endedAt === null ? 'live' : seconds === null ? '—' : length(seconds)}</td>
      <td>{call.summary ? <span class={`outcome outcome--${call.summary.outcome}`}>{OUTCOME_TEXT[call.summary.outcome]}</span> : call.endedAt === null ? '—' : '…'}</td>
    </tr>
  );
}
