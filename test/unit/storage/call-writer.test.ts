import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CallWriter } from '../../../src/storage/call-writer';
import { openCandorDb, readCall, type StoredUtterance } from '../../../src/storage/calls-db';

const row = (id: string, revision: number, text: string, start: number): StoredUtterance => ({
  callId: 'c1', id, speaker: 'Dana', isSelf: false, role: 'prospect', text, start, end: start + 500, final: false, revision, labels: [],
});

describe('CallWriter on IndexedDB', () => {
  it('stores a call and its utterances; a resent version overwrites instead of duplicating', async () => {
    const db = openCandorDb();
    const writer = new CallWriter(() => db);
    await Promise.all([
      writer.putCall({ callId: 'c1', site: 'google-meet', meetingCode: 'abc-defg-hij', startedAt: 1, endedAt: null }),
      writer.putUtterance(row('u1', 1, 'that is', 10)),
      writer.putUtterance(row('u1', 2, 'that is too much', 10)),
      writer.putUtterance(row('u2', 1, 'I hear you', 20)),
    ]);
    await writer.putUtterance(row('u1', 2, 'that is too much', 10)); // a resend after a worker restart
    const { call, utterances } = await readCall(await db, 'c1');
    expect(call?.meetingCode).toBe('abc-defg-hij');
    expect(utterances.map((u) => [u.id, u.text])).toEqual([
      ['u1', 'that is too much'],
      ['u2', 'I hear you'],
    ]);
  });

  it('settles every waiting write only once its batch has committed', async () => {
    const db = openCandorDb();
    const writer = new CallWriter(() => db);
    let settled = false;
    const write = writer.putUtterance(row('u9', 1, 'hello', 5)).then(() => (settled = true));
    expect(settled).toBe(false);
    await write;
    const { utterances } = await readCall(await db, 'c1');
    expect(utterances.some((u) => u.id === 'u9')).toBe(true);
  });

  it('rejects the waiting writes when the database fails, so nothing is acknowledged', async () => {
    const writer = new CallWriter(() => Promise.reject(new DOMException('quota', 'QuotaExceededError')));
    await expect(writer.putUtterance(row('u1', 1, 'x', 1))).rejects.toThrow('quota');
  });
});
