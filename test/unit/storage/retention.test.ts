import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, deleteCallsStartedBefore, openCandorDb, putBookmark, putFeedback, readCall } from '../../../src/storage/calls-db';

describe('the call archive, version 2', () => {
  it('upgrades a version 1 database in place, keeping its calls', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('calls', { keyPath: 'callId' }).createIndex('byStart', 'startedAt');
        db.createObjectStore('utterances', { keyPath: ['callId', 'id'] }).createIndex('byCall', 'callId');
      },
    });
    await v1.put('calls', { callId: 'old', site: 'google-meet', meetingCode: 'x', startedAt: 5, endedAt: 6 });
    v1.close();
    const db = await openCandorDb();
    expect((await readCall(db, 'old')).call?.startedAt).toBe(5);
    await putFeedback(db, { callId: 'old', cardId: 'c@u1', nudgeId: 'monologue', kind: 'not-now', at: 7 });
    expect(await db.getAllFromIndex('feedback', 'byCall', 'old')).toHaveLength(1);
    db.close();
  });

  it('retention deletes old calls with their utterances, feedback and bookmarks, and keeps recent ones', async () => {
    const db = await openCandorDb();
    for (const [callId, startedAt] of [['a', 1_000], ['b', 5_000]] as const) {
      await db.put('calls', { callId, site: 'google-meet', meetingCode: 'x', startedAt, endedAt: null });
      await db.put('utterances', { callId, id: 'u1', speaker: null, isSelf: false, role: 'prospect', text: 'hi', start: startedAt, end: startedAt, final: true, revision: 1, labels: [] });
      await putFeedback(db, { callId, cardId: 'k', nudgeId: 'monologue', kind: 'helpful', at: startedAt });
      await putBookmark(db, { callId, id: 'm1', at: startedAt, note: 'good question', utteranceId: null });
    }
    expect(await deleteCallsStartedBefore(db, 2_000)).toBeGreaterThanOrEqual(1);
    expect((await readCall(db, 'a')).call).toBeUndefined();
    expect(await db.getAllFromIndex('utterances', 'byCall', 'a')).toEqual([]);
    expect(await db.getAllFromIndex('feedback', 'byCall', 'a')).toEqual([]);
    expect(await db.getAllFromIndex('bookmarks', 'byCall', 'a')).toEqual([]);
    expect((await readCall(db, 'b')).utterances).toHaveLength(1);
    db.close();
  });

  it('retention counts an imported call from when it was stored, not from when the call happened', async () => {
    const db = await openCandorDb('retention-imports');
    const call = (callId: string, startedAt: number, storedAt?: number) => ({ callId, site: 'imported' as const, meetingCode: 'x.txt', startedAt, endedAt: startedAt + 1, ...(storedAt === undefined ? {} : { storedAt }) });
    await db.put('calls', call('old-call-imported-now', 1_000, 9_000));
    await db.put('calls', call('old-call-imported-long-ago', 1_000, 1_500));
    await db.put('calls', call('old-live-call', 1_000));
    expect(await deleteCallsStartedBefore(db, 5_000)).toBe(2);
    expect((await readCall(db, 'old-call-imported-now')).call?.storedAt).toBe(9_000);
    expect((await readCall(db, 'old-call-imported-long-ago')).call).toBeUndefined();
    expect((await readCall(db, 'old-live-call')).call).toBeUndefined();
    db.close();
  });
});
