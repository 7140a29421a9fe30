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
export const DB_VERSION = 1;

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

export interface CandorDb extends DBSchema {
  calls: { key: string; value: CallRecord; indexes: { byStart: number } };
  utterances: { key: [string, string]; value: StoredUtterance; indexes: { byCall: string } };
}

export type CandorDatabase = IDBPDatabase<CandorDb>;

export function openCandorDb(): Promise<CandorDatabase> {
  return openDB<CandorDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const calls = db.createObjectStore('calls', { keyPath: 'callId' });
        calls.createIndex('byStart', 'startedAt');
        const utterances = db.createObjectStore('utterances', { keyPath: ['callId', 'id'] });
        utterances.createIndex('byCall', 'callId');
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
