/**
 * Whole-call operations on the archive: read everything stored about a call, write a call as one transaction
 * (imports: all or nothing), delete a call from every store, list calls, and prune the oldest calls when the
 * disk is full. Live writes go through `call-writer.ts`.
 */
import type { CallRecord, CandorDatabase, StoredBookmark, StoredCard, StoredFeedback, StoredNote, StoredUtterance } from './calls-db';
import { ALL_STORES, PER_CALL_STORES, sortUtterances, storedTime } from './calls-db';

/** Everything stored about one call: what the review shows and what a JSON export holds. */
export interface CallBundle {
  call: CallRecord;
  utterances: StoredUtterance[];
  cards: StoredCard[];
  notes: StoredNote[];
  feedback: StoredFeedback[];
  bookmarks: StoredBookmark[];
}

export async function readCallBundle(db: CandorDatabase, callId: string): Promise<CallBundle | null> {
  const tx = db.transaction(ALL_STORES);
  const [call, utterances, cards, notes, feedback, bookmarks] = await Promise.all([
    tx.objectStore('calls').get(callId),
    tx.objectStore('utterances').index('byCall').getAll(callId),
    tx.objectStore('cards').index('byCall').getAll(callId),
    tx.objectStore('notes').index('byCall').getAll(callId),
    tx.objectStore('feedback').index('byCall').getAll(callId),
    tx.objectStore('bookmarks').index('byCall').getAll(callId),
  ]);
  await tx.done;
  if (call === undefined) return null;
  cards.sort((a, b) => a.shownAt - b.shownAt || a.id.localeCompare(b.id));
  return { call, utterances: sortUtterances(utterances), cards, notes, feedback, bookmarks };
}

/** Writes a whole call in one transaction: either all of it is stored or none of it. */
export async function writeCallBundle(db: CandorDatabase, bundle: CallBundle): Promise<void> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const writes: Array<Promise<unknown>> = [];
  try {
    // A row IndexedDB refuses throws here (synchronously) or rejects below; either way the whole call is undone.
    writes.push(tx.objectStore('calls').put(bundle.call));
    for (const row of bundle.utterances) writes.push(tx.objectStore('utterances').put(row));
    for (const row of bundle.cards) writes.push(tx.objectStore('cards').put(row));
    for (const row of bundle.notes) writes.push(tx.objectStore('notes').put(row));
    for (const row of bundle.feedback) writes.push(tx.objectStore('feedback').put(row));
    for (const row of bundle.bookmarks) writes.push(tx.objectStore('bookmarks').put(row));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // Requests of an aborted transaction reject too; they are part of this one failure.
    for (const write of writes) void write.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/** Deletes a call and everything stored with it, in one transaction. */
export async function deleteCall(db: CandorDatabase, callId: string): Promise<void> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const range = IDBKeyRange.bound([callId], [callId, []]);
  await Promise.all([tx.objectStore('calls').delete(callId), ...PER_CALL_STORES.map((name) => tx.objectStore(name).delete(range)), tx.done]);
}

/** Every call, newest first. */
export async function listCalls(db: CandorDatabase): Promise<CallRecord[]> {
  const calls = await db.getAllFromIndex('calls', 'byStart');
  return calls.reverse();
}

/** Ids of calls with an utterance containing `words` (case-insensitive). */
export async function callsMentioning(db: CandorDatabase, words: string): Promise<Set<string>> {
  const needle = words.trim().toLowerCase();
  const found = new Set<string>();
  if (needle === '') return found;
  let cursor = await db.transaction('utterances').store.openCursor();
  while (cursor) {
    const u = cursor.value;
    if (!found.has(u.callId) && u.text.toLowerCase().includes(needle)) found.add(u.callId);
    cursor = await cursor.continue();
  }
  return found;
}

export async function putNote(db: CandorDatabase, note: StoredNote): Promise<void> {
  const tx = db.transaction('notes', 'readwrite');
  const write = note.text.trim() === '' ? tx.store.delete([note.callId, note.target]) : tx.store.put(note);
  // Committed now, not when the page's event loop next turns: a note written as the tab closes or reloads
  // (pagehide) was otherwise dropped with the page.
  tx.commit();
  await Promise.all([write, tx.done]);
}

export async function putSummary(db: CandorDatabase, callId: string, summary: NonNullable<CallRecord['summary']>): Promise<void> {
  const tx = db.transaction('calls', 'readwrite');
  const call = await tx.store.get(callId);
  if (call !== undefined) await tx.store.put({ ...call, summary });
  await tx.done;
}

/**
 * Deletes the oldest calls, never one of `keep` (the live calls), until `count` are gone. Returns the ids
 * deleted, oldest first.
 */
export async function pruneOldestCalls(db: CandorDatabase, count: number, keep: ReadonlySet<string>): Promise<string[]> {
  // Oldest by when the archive got them, as retention counts: a year-old call imported today is not the first to go.
  const oldest = (await db.getAll('calls'))
    .filter((c) => !keep.has(c.callId))
    .sort((a, b) => storedTime(a) - storedTime(b))
    .slice(0, count);
  for (const call of oldest) await deleteCall(db, call.callId);
  return oldest.map((c) => c.callId);
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (name === 'AbortError' && isQuotaError((error as { cause?: unknown }).cause));
}
