/**
 * The archive's schema from every earlier version: a v1 database (the skeleton's), and a hand-made v2 one
 * (v1 + the live surfaces' feedback and bookmarks stores), each opened by the current code with data in it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readCallBundle } from '../../../src/storage/call-archive';
import { DB_VERSION, openCandorDb } from '../../../src/storage/calls-db';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Builds a database at an old version exactly as that version's code did, with one call in it. */
async function oldDatabase(name: string, version: 1 | 2): Promise<void> {
  const open = indexedDB.open(name, version);
  open.onupgradeneeded = () => {
    const db = open.result;
    const calls = db.createObjectStore('calls', { keyPath: 'callId' });
    calls.createIndex('byStart', 'startedAt');
    db.createObjectStore('utterances', { keyPath: ['callId', 'id'] }).createIndex('byCall', 'callId');
    if (version >= 2) {
      db.createObjectStore('feedback', { keyPath: ['callId', 'cardId'] }).createIndex('byCall', 'callId');
      db.createObjectStore('bookmarks', { keyPath: ['callId', 'id'] }).createIndex('byCall', 'callId');
    }
  };
  const db = await request(open);
  const stores = version >= 2 ? ['calls', 'utterances', 'feedback', 'bookmarks'] : ['calls', 'utterances'];
  const tx = db.transaction(stores, 'readwrite');
  tx.objectStore('calls').put({ callId: 'old', site: 'google-meet', meetingCode: 'abc-defg-hij', startedAt: 1_000, endedAt: 60_000 });
  const u = { callId: 'old', isSelf: false, final: true, revision: 3, labels: [] };
  tx.objectStore('utterances').put({ ...u, id: 'u1', speaker: 'You', isSelf: true, role: 'rep', text: 'What brings you here?', start: 2_000, end: 4_000 });
  tx.objectStore('utterances').put({ ...u, id: 'u2', speaker: 'Dana', role: 'prospect', text: 'Invoices take us days.', start: 5_000, end: 9_000 });
  tx.objectStore('utterances').put({ ...u, id: 'u3', speaker: 'Dana', role: 'prospect', text: 'Every month.', start: 9_500, end: 10_000 });
  if (version >= 2) {
    tx.objectStore('feedback').put({ callId: 'old', cardId: 'validate-objection@u2', helpful: true, at: 9_000 });
    tx.objectStore('bookmarks').put({ callId: 'old', id: 'b1', utteranceId: 'u2', at: 9_100 });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('calls-db migrations', () => {
  it('creates every store on a fresh install', async () => {
    const db = await openCandorDb('fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['bookmarks', 'calls', 'cards', 'feedback', 'notes', 'utterances']);
    for (const store of ['utterances', 'cards', 'feedback', 'bookmarks', 'notes'] as const) {
      expect([...db.transaction(store).store.indexNames]).toEqual(['byCall']);
    }
    db.close();
  });

  it('v1 -> v3: keeps calls and utterances, adds the new stores, fills in source and participants', async () => {
    await oldDatabase('from-v1', 1);
    const db = await openCandorDb('from-v1');
    const bundle = await readCallBundle(db, 'old');
    expect(bundle?.utterances.map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
    expect(bundle?.call.source).toEqual({ kind: 'live' });
    expect(bundle?.call.participants).toEqual([
      { name: 'You', isSelf: true, side: 'ours' },
      { name: 'Dana', isSelf: false, side: 'theirs' },
    ]);
    expect(bundle?.cards).toEqual([]);
    expect(bundle?.feedback).toEqual([]);
    await db.put('feedback', { callId: 'old', cardId: 'x@u2', nudgeId: 'validate-objection', kind: 'not-now', at: 1 });
    expect(await db.getAllFromIndex('feedback', 'byCall', 'old')).toHaveLength(1);
    db.close();
  });

  it('v2 (with feedback and bookmarks) -> v3: keeps them as they were, adds cards and notes', async () => {
    await oldDatabase('from-v2', 2);
    const db = await openCandorDb('from-v2');
    expect([...db.objectStoreNames].sort()).toEqual(['bookmarks', 'calls', 'cards', 'feedback', 'notes', 'utterances']);
    const bundle = await readCallBundle(db, 'old');
    expect(bundle?.feedback).toEqual([{ callId: 'old', cardId: 'validate-objection@u2', helpful: true, at: 9_000 }]);
    expect(bundle?.bookmarks).toEqual([{ callId: 'old', id: 'b1', utteranceId: 'u2', at: 9_100 }]);
    expect(bundle?.utterances).toHaveLength(3);
    expect(bundle?.call.participants?.map((p) => p.name)).toEqual(['You', 'Dana']);
    db.close();
  });

  it('opening an up-to-date database again changes nothing', async () => {
    const first = await openCandorDb('twice');
    await first.put('notes', { callId: 'c', target: '', text: 'hi', updatedAt: 1 });
    first.close();
    const again = await openCandorDb('twice');
    expect(await again.getAll('notes')).toEqual([{ callId: 'c', target: '', text: 'hi', updatedAt: 1 }]);
    again.close();
  });
});
