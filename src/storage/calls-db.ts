/**
 * The call archive in IndexedDB, written as the call goes. One record per call, and per call: its utterances,
 * the cards the coach showed, the rep's feedback on cards, shadow bookmarks and notes. Every per-call store is
 * keyed by (call id, id) with a `byCall` index, so a call is read, exported or deleted as one key range, and a
 * version that arrives twice (a resend after the service worker restarted) overwrites itself.
 *
 * Schema changes go through `upgrade` below, one numbered step per version, each tested from every earlier
 * version (test/unit/storage/calls-db-migrations.test.ts):
 *   1  calls (byStart), utterances (byCall)
 *   2  feedback [callId, cardId], bookmarks [callId, id] (the live-surfaces work; created by step 3 when absent)
 *   3  cards [callId, id] and notes [callId, target]; calls stored before get `source` and `participants`
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { DecisionOutcome } from '../core/metrics/decision';
import type { Card } from '../core/coach';
import type { Label, Role, Side, SiteId } from '../core/types';

export const DB_NAME = 'candor';
export const DB_VERSION = 3;

export interface CallParticipant {
  name: string;
  side: Side;
  isSelf: boolean;
}

export type CallSource =
  | { kind: 'live' }
  | { kind: 'import'; fileName: string; format: string; timesEstimated: boolean };

/** What the list of calls shows without reading a call's utterances; computed from the review once the call ended. */
export interface CallSummary {
  /** Bumped when the review's measures change, so older summaries are computed again. */
  reviewVersion: number;
  outcome: DecisionOutcome;
  durationSeconds: number;
  repShare: number;
  utterances: number;
}

export interface CallRecord {
  callId: string;
  /** Where the call was captured; imported files have no site. */
  site: SiteId | 'imported';
  meetingCode: string;
  startedAt: number;
  endedAt: number | null;
  /**
   * When the archive stored a call it did not capture live (an import of a transcript or an export), which can
   * be long after the call: retention counts from it, so an old call just imported is not deleted at once.
   */
  storedAt?: number;
  /** Since v3: everyone captioned and their side. */
  participants?: CallParticipant[];
  /** Since v3: captured live or imported from a transcript file. */
  source?: CallSource;
  summary?: CallSummary;
}

export interface StoredUtterance {
  callId: string;
  id: string;
  speaker: string | null;
  isSelf: boolean;
  role: Role;
  text: string;
  start: number;
  end: number;
  final: boolean;
  revision: number;
  labels: Label[];
}

/** The rep's answer to one card ("helpful" / "not now"), kept with the call for the review. */
export interface StoredFeedback {
  callId: string;
  cardId: string;
  nudgeId: string;
  kind: 'helpful' | 'not-now';
  at: number;
}

/** A moment a shadowing user marked, with their note. */
export interface StoredBookmark {
  callId: string;
  id: string;
  at: number;
  note: string;
  /** The utterance on screen when the moment was marked, if any. */
  utteranceId: string | null;
}

/** A card the coach put in front of the rep, written when it was shown: the card itself, with its call. */
export interface StoredCard extends Card {
  callId: string;
}

/** A note on the whole call (`target` '') or on one moment (`target` is the utterance id). */
export interface StoredNote {
  callId: string;
  target: string;
  text: string;
  updatedAt: number;
}

export interface CandorDb extends DBSchema {
  calls: { key: string; value: CallRecord; indexes: { byStart: number } };
  utterances: { key: [string, string]; value: StoredUtterance; indexes: { byCall: string } };
  feedback: { key: [string, string]; value: StoredFeedback; indexes: { byCall: string } };
  bookmarks: { key: [string, string]; value: StoredBookmark; indexes: { byCall: string } };
  cards: { key: [string, string]; value: StoredCard; indexes: { byCall: string } };
  notes: { key: [string, string]; value: StoredNote; indexes: { byCall: string } };
}

export type CandorDatabase = IDBPDatabase<CandorDb>;

/** Every store that holds rows of one call, keyed [callId, ...]. */
export const PER_CALL_STORES = ['utterances', 'cards', 'feedback', 'bookmarks', 'notes'] as const;
export type PerCallStore = (typeof PER_CALL_STORES)[number];
export const ALL_STORES: Array<StoreNames<CandorDb>> = ['calls', ...PER_CALL_STORES];

type UpgradeTx = IDBPTransaction<CandorDb, Array<StoreNames<CandorDb>>, 'versionchange'>;

/** Step 3's data migration: calls captured before it get a source and participants read from their utterances. */
async function backfillCalls(tx: UpgradeTx): Promise<void> {
  const calls = tx.objectStore('calls');
  const byCall = tx.objectStore('utterances').index('byCall');
  let cursor = await calls.openCursor();
  while (cursor) {
    const call = cursor.value;
    if (call.source === undefined || call.participants === undefined) {
      const seen = new Map<string, CallParticipant>();
      for (const u of await byCall.getAll(call.callId)) {
        if (u.speaker !== null && !seen.has(u.speaker)) seen.set(u.speaker, { name: u.speaker, isSelf: u.isSelf, side: u.role === 'rep' ? 'ours' : 'theirs' });
      }
      await cursor.update({ ...call, source: call.source ?? { kind: 'live' }, participants: call.participants ?? [...seen.values()] });
    }
    cursor = await cursor.continue();
  }
}

/**
 * Opens the archive. `onBlocking` runs when another Candor page needs the database closed (a newer version's
 * upgrade, or "delete everything"): the holder closes its connection and opens a new one when next needed.
 */
export function openCandorDb(name = DB_NAME, onBlocking?: () => void): Promise<CandorDatabase> {
  return openDB<CandorDb>(name, DB_VERSION, {
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      onBlocking?.();
    },
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const calls = db.createObjectStore('calls', { keyPath: 'callId' });
        calls.createIndex('byStart', 'startedAt');
        const utterances = db.createObjectStore('utterances', { keyPath: ['callId', 'id'] });
        utterances.createIndex('byCall', 'callId');
      }
      if (oldVersion < 2) {
        db.createObjectStore('feedback', { keyPath: ['callId', 'cardId'] }).createIndex('byCall', 'callId');
        db.createObjectStore('bookmarks', { keyPath: ['callId', 'id'] }).createIndex('byCall', 'callId');
      }
      if (oldVersion < 3) {
        db.createObjectStore('cards', { keyPath: ['callId', 'id'] }).createIndex('byCall', 'callId');
        db.createObjectStore('notes', { keyPath: ['callId', 'target'] }).createIndex('byCall', 'callId');
        if (oldVersion >= 1) await backfillCalls(tx);
      }
    },
  });
}

export async function readCall(db: CandorDatabase, callId: string): Promise<{ call: CallRecord | undefined; utterances: StoredUtterance[] }> {
  const tx = db.transaction(['calls', 'utterances']);
  const [call, utterances] = await Promise.all([
    tx.objectStore('calls').get(callId),
    tx.objectStore('utterances').index('byCall').getAll(callId),
  ]);
  await tx.done;
  sortUtterances(utterances);
  return { call, utterances };
}

/** When the archive got a call: when it was imported, or, captured live, when it started. Retention counts from it. */
export function storedTime(call: CallRecord): number {
  return call.storedAt ?? call.startedAt;
}

/**
 * Retention: deletes every call that started before `cutoff`, with everything stored about it, unless it was
 * stored (imported) after `cutoff`.
 */
export async function deleteCallsStartedBefore(db: CandorDatabase, cutoff: number): Promise<number> {
  const started = await db.getAllFromIndex('calls', 'byStart', IDBKeyRange.upperBound(cutoff, true));
  const old = started.filter((call) => storedTime(call) < cutoff).map((call) => call.callId);
  if (old.length === 0) return 0;
  const tx = db.transaction(ALL_STORES, 'readwrite');
  for (const callId of old) {
    void tx.objectStore('calls').delete(callId);
    for (const store of PER_CALL_STORES) {
      const index = tx.objectStore(store).index('byCall');
      for (const key of await index.getAllKeys(callId)) void tx.objectStore(store).delete(key);
    }
  }
  await tx.done;
  return old.length;
}

export async function putFeedback(db: CandorDatabase, feedback: StoredFeedback): Promise<void> {
  await db.put('feedback', feedback);
}

export async function putBookmark(db: CandorDatabase, bookmark: StoredBookmark): Promise<void> {
  await db.put('bookmarks', bookmark);
}

export function sortUtterances(utterances: StoredUtterance[]): StoredUtterance[] {
  return utterances.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
