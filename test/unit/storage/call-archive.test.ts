/** Cards written as the call goes, whole-call delete, pruning the oldest calls, and a disk that is full. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { deleteCall, listCalls, pruneOldestCalls, readCallBundle, writeCallBundle, type CallBundle } from '../../../src/storage/call-archive';
import { CallWriter } from '../../../src/storage/call-writer';
import { openCandorDb, type CandorDatabase, type StoredCard, type StoredUtterance } from '../../../src/storage/calls-db';

let dbCount = 0;
const freshDb = () => openCandorDb(`archive-${(dbCount += 1)}`);

const utterance = (callId: string, id: string, start: number): StoredUtterance => ({
  callId, id, speaker: 'Dana', isSelf: false, role: 'prospect', text: `words ${id}`, start, end: start + 500, final: true, revision: 1, labels: [],
});
const card = (callId: string, id: string, shownAt: number): StoredCard => ({
  callId, id, nudgeId: 'validate-objection', title: 'Validate it', question: 'What makes it feel that way?', why: 'Principle 5.', utteranceId: id.split('@')[1] ?? null, label: 'objection', evidence: 'too much', shownAt,
});
const bundle = (callId: string, startedAt: number): CallBundle => ({
  call: { callId, site: 'google-meet', meetingCode: 'abc-defg-hij', startedAt, endedAt: startedAt + 60_000, participants: [], source: { kind: 'live' } },
  utterances: [utterance(callId, 'u1', startedAt + 1), utterance(callId, 'u2', startedAt + 2)],
  cards: [card(callId, 'validate-objection@u1', startedAt + 3)],
  notes: [{ callId, target: '', text: 'follow up', updatedAt: 1 }],
  feedback: [{ callId, cardId: 'validate-objection@u1', nudgeId: 'validate-objection', kind: 'helpful', at: startedAt + 5 }],
  bookmarks: [{ callId, id: 'b1', at: startedAt + 6, note: 'good question', utteranceId: 'u1' }],
});

describe('the call archive', () => {
  it('stores the cards shown with the utterance they answered; a withdrawn card is removed again', async () => {
    const db = freshDb();
    const writer = new CallWriter(() => db);
    await Promise.all([
      writer.putCall({ callId: 'c1', site: 'zoom', meetingCode: '123', startedAt: 1, endedAt: null, participants: [{ name: 'Dana', side: 'theirs', isSelf: false }], source: { kind: 'live' } }),
      writer.putUtterance(utterance('c1', 'u1', 10)),
      writer.putCard(card('c1', 'validate-objection@u1', 20)),
      writer.putCard(card('c1', 'find-the-concern@u2', 30)),
    ]);
    await writer.withdrawCard('c1', 'find-the-concern@u2');
    const stored = await readCallBundle(await db, 'c1');
    expect(stored?.cards.map((c) => [c.id, c.utteranceId, c.shownAt])).toEqual([['validate-objection@u1', 'u1', 20]]);
    expect(stored?.call.participants).toEqual([{ name: 'Dana', side: 'theirs', isSelf: false }]);
  });

  it('keeps the summary the review computed when the worker writes the call again', async () => {
    const db = await freshDb();
    await writeCallBundle(db, { ...bundle('c1', 1_000), call: { ...bundle('c1', 1_000).call, summary: { reviewVersion: 1, outcome: 'clear_yes', durationSeconds: 60, repShare: 0.4, utterances: 2 } } });
    const writer = new CallWriter(() => Promise.resolve(db));
    await writer.putCall({ ...bundle('c1', 1_000).call, endedAt: 99_000 });
    const call = await db.get('calls', 'c1');
    expect(call?.endedAt).toBe(99_000);
    expect(call?.summary?.outcome).toBe('clear_yes');
  });

  it('deletes a call from every store and leaves the others alone', async () => {
    const db = await freshDb();
    await writeCallBundle(db, bundle('a', 1_000));
    await writeCallBundle(db, bundle('b', 2_000));
    await deleteCall(db, 'a');
    expect(await readCallBundle(db, 'a')).toBeNull();
    for (const store of ['utterances', 'cards', 'notes', 'feedback', 'bookmarks'] as const) {
      expect((await db.getAll(store)).every((row) => row.callId === 'b'), store).toBe(true);
      expect(await db.count(store)).toBeGreaterThan(0);
    }
  });

  it('prunes the oldest calls first and never a live one', async () => {
    const db = await freshDb();
    for (const [id, start] of [['mid', 2_000], ['live-old', 500], ['oldest', 1_000], ['new', 3_000]] as const) await writeCallBundle(db, bundle(id, start));
    expect(await pruneOldestCalls(db, 2, new Set(['live-old']))).toEqual(['oldest', 'mid']);
    expect((await listCalls(db)).map((c) => c.callId)).toEqual(['new', 'live-old']);
  });

  it('when room must be made, a call imported just now counts from its import, not from when it happened', async () => {
    const db = await freshDb();
    await writeCallBundle(db, bundle('older-live-capture', 2_000));
    const imported = bundle('imported-today', 1_000);
    await writeCallBundle(db, { ...imported, call: { ...imported.call, storedAt: 5_000 } });
    expect(await pruneOldestCalls(db, 1, new Set())).toEqual(['older-live-capture']);
  });

  it('writes an import all or nothing: a row that cannot be stored leaves no trace of the call', async () => {
    const db = await freshDb();
    const broken = bundle('half', 1_000);
    broken.utterances.push({ ...utterance('half', 'u3', 5), id: undefined as unknown as string });
    await expect(writeCallBundle(db, broken)).rejects.toThrow();
    expect(await readCallBundle(db, 'half')).toBeNull();
    expect(await db.count('utterances')).toBe(0);
  });
});

/** A database whose first `failures` write transactions fail as a full disk does. */
function fullDisk(db: CandorDatabase, failures: number): CandorDatabase {
  let left = failures;
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver) as unknown;
      return (stores: string[], mode?: string) => {
        if (mode !== 'readwrite' || !stores.includes('utterances') || stores.includes('notes') || left <= 0) {
          return (target.transaction as (s: string[], m?: string) => unknown)(stores, mode);
        }
        left -= 1;
        const quota = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
        const store = { put: quota, delete: quota, get: () => Promise.resolve(undefined) };
        return { objectStore: () => store, get done() { return quota(); } };
      };
    },
  });
}

describe('a full disk', () => {
  it('prunes the oldest calls, retries, stores the live call and tells the user', async () => {
    const db = await freshDb();
    for (const [id, start] of [['old1', 1_000], ['old2', 2_000], ['old3', 3_000], ['old4', 4_000]] as const) await writeCallBundle(db, bundle(id, start));
    const onPruned = vi.fn();
    const onFailed = vi.fn();
    const writer = new CallWriter(() => Promise.resolve(fullDisk(db, 1)), { liveCallIds: () => new Set(['live']), onPruned, onFailed });
    await writer.putUtterance(utterance('live', 'u1', 10));
    expect(onPruned).toHaveBeenCalledWith(['old1', 'old2', 'old3']);
    expect(onFailed).not.toHaveBeenCalled();
    expect((await listCalls(db)).map((c) => c.callId)).toEqual(['old4']);
    expect(await db.get('utterances', ['live', 'u1'])).toBeDefined();
  });

  it('rejects the batch (not acknowledged, so it is sent again) and says so when nothing is left to prune', async () => {
    const db = await freshDb();
    const onFailed = vi.fn();
    const writer = new CallWriter(() => Promise.resolve(fullDisk(db, 10)), { liveCallIds: () => new Set(['live']), onPruned: vi.fn(), onFailed });
    await expect(writer.putUtterance(utterance('live', 'u1', 10))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(onFailed).toHaveBeenCalledOnce();
  });
});
