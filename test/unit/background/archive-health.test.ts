/**
 * The worker knows whether the archive can be written now, for the side panel's notice: it cannot from the
 * moment the disk is full (nothing left to prune), and it can again as soon as a write commits.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ArchiveHealth } from '../../../src/background/archive-health';
import { CallWriter } from '../../../src/storage/call-writer';
import { openCandorDb, type CandorDatabase } from '../../../src/storage/calls-db';

const row = (id: string) => ({ callId: 'c1', id, speaker: 'Dana', isSelf: false, role: 'prospect' as const, text: 'hello', start: 1, end: 2, final: true, revision: 1, labels: [] });

describe('archive health', () => {
  it('is failing while the disk is full and well again once a write commits, telling each change once', async () => {
    let full = true;
    const db = openCandorDb('archive-health');
    const changed = vi.fn();
    const health = new ArchiveHealth(changed);
    const writer = new CallWriter(() => (full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : db) as Promise<CandorDatabase>, {
      liveCallIds: () => new Set(),
      onPruned: () => undefined,
      onFailed: () => health.failed(),
      onWritten: () => health.worked(),
    });
    expect(health.failing).toBe(false);

    await expect(writer.putUtterance(row('u1'))).rejects.toThrow('full');
    await expect(writer.putUtterance(row('u2'))).rejects.toThrow('full');
    expect(health.failing).toBe(true);
    expect(changed).toHaveBeenCalledTimes(1);

    full = false;
    await writer.putUtterance(row('u3'));
    expect(health.failing).toBe(false);
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
