/**
 * The call archive in IndexedDB: one record per call and one per utterance, written as the call goes.
 * Utterances are keyed by (call, utterance id) and written as upserts, so a version that arrives twice (a
 * resend after the service worker restarted) overwrites itself instead of duplicating.
 *
 * Schema changes go through `upgrade` below, one numbered step per version, each tested from every earlier
 * version.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Label, Role, SiteId } from '../core/types';

export const DB_NAME = 'candor';
export const DB_VERSION = 2;

export interface CallRecord {
  callId: string;
  site: SiteId;
  meetingCode: string;
  startedAt: number;
  endedAt: number | null;
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

export interface CandorDb extends DBSchema {
  calls: { key: string; value: CallRecord; indexes: { byStart: number } };
  utterances: { key: [string, string]; value: StoredUtterance; indexes: { byCall: string } };
  feedback: { key: [string, string]; value: StoredFeedback; indexes: { byCall: string } };
  bookmarks: { key: [string, string]; value: StoredBookmark; indexes: { byCall: string } };
}

export type CandorDatabase = IDBPDatabase<CandorDb>;

/**
 * Opens the archive. `onBlocking` runs when another Candor page needs the database closed (a newer version's
 * upgrade, or "delete everything"): the holder closes its connection and opens a new one when next needed.
 */
export function openCandorDb(onBlocking?: () => void): Promise<CandorDatabase> {
  return openDB<CandorDb>(DB_NAME, DB_VERSION, {
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      onBlocking?.();
    },
    upgrade(db, oldVersion) {
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
  utterances.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id, 'en', { numeric: true }));
  return { call, utterances };
}

const CALL_STORES = ['calls', 'utterances', 'feedback', 'bookmarks'] as const;

/** Retention: deletes every call that started before `cutoff`, with everything stored about it. */
export async function deleteCallsStartedBefore(db: CandorDatabase, cutoff: number): Promise<number> {
  const old = await db.getAllKeysFromIndex('calls', 'byStart', IDBKeyRange.upperBound(cutoff, true));
  if (old.length === 0) return 0;
  const tx = db.transaction([...CALL_STORES], 'readwrite');
  for (const callId of old) {
    void tx.objectStore('calls').delete(callId);
    for (const store of ['utterances', 'feedback', 'bookmarks'] as const) {
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
