/**
 * Batches writes to the call archive: everything that arrives within one short window goes into a single
 * IndexedDB transaction, and each caller's promise settles when that transaction has committed. The service
 * worker acknowledges an utterance to the content script only then, so "acknowledged" means "on disk".
 *
 * Storage full: the oldest calls that are not live are deleted (a few at a time) and the batch is tried again,
 * so the live call keeps recording; the user is told through `onPruned`. If the batch still cannot be written
 * it is rejected (not acknowledged, so the content script keeps it and resends later) and `onFailed` says so.
 * Coaching never waits on storage.
 */
import { isQuotaError, pruneOldestCalls } from './call-archive';
import type { CallRecord, CandorDatabase, StoredCard, StoredUtterance } from './calls-db';

/** Long enough to gather a burst of caption updates, short enough that a crash loses at most this much. */
export const BATCH_MS = 100;
/** Calls deleted per attempt when the disk is full, and attempts before giving up on a batch. */
const PRUNE_STEP = 3;
const PRUNE_ATTEMPTS = 3;

type Write =
  | { kind: 'call'; value: CallRecord }
  | { kind: 'utterance'; value: StoredUtterance }
  | { kind: 'card'; value: StoredCard }
  | { kind: 'card-withdrawn'; callId: string; id: string };

interface Waiting {
  write: Write;
  resolve(): void;
  reject(error: unknown): void;
}

export interface WriterHooks {
  /** Calls that must never be pruned (the live ones). */
  liveCallIds(): ReadonlySet<string>;
  onPruned(callIds: string[]): void;
  onFailed(error: unknown): void;
  /** A batch was committed: the archive takes writes (again, after `onFailed`). */
  onWritten?(): void;
}

const NO_HOOKS: WriterHooks = { liveCallIds: () => new Set(), onPruned: () => undefined, onFailed: () => undefined };

function keyOf(write: Write): string {
  switch (write.kind) {
    case 'call':
      return `c:${write.value.callId}`;
    case 'utterance':
      return `u:${write.value.callId}:${write.value.id}`;
    case 'card':
      return `k:${write.value.callId}:${write.value.id}`;
    case 'card-withdrawn':
      return `k:${write.callId}:${write.id}`;
  }
}

export class CallWriter {
  private queue: Waiting[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly db: () => Promise<CandorDatabase>,
    private readonly hooks: WriterHooks = NO_HOOKS,
  ) {}

  putCall(value: CallRecord): Promise<void> {
    return this.enqueue({ kind: 'call', value });
  }

  putUtterance(value: StoredUtterance): Promise<void> {
    return this.enqueue({ kind: 'utterance', value });
  }

  /** A card the coach showed, with the utterance it answered. */
  putCard(value: StoredCard): Promise<void> {
    return this.enqueue({ kind: 'card', value });
  }

  /** The coach took a card back as a mistake (its utterance was revised away): it was never really shown. */
  withdrawCard(callId: string, id: string): Promise<void> {
    return this.enqueue({ kind: 'card-withdrawn', callId, id });
  }

  /** Writes what is queued now instead of waiting for the batch window. */
  async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    // Only the last version of each row in a batch needs writing; earlier ones are superseded.
    const latest = new Map<string, Write>();
    for (const { write } of batch) latest.set(keyOf(write), write);
    try {
      const db = await this.db();
      await this.writeMakingRoom(db, [...latest.values()]);
      this.hooks.onWritten?.();
      for (const waiting of batch) waiting.resolve();
    } catch (error) {
      if (isQuotaError(error)) this.hooks.onFailed(error);
      for (const waiting of batch) waiting.reject(error);
    }
  }

  private async writeMakingRoom(db: CandorDatabase, writes: Write[]): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await writeBatch(db, writes);
        return;
      } catch (error) {
        if (!isQuotaError(error) || attempt >= PRUNE_ATTEMPTS) throw error;
        const pruned = await pruneOldestCalls(db, PRUNE_STEP, this.hooks.liveCallIds());
        if (pruned.length === 0) throw error;
        this.hooks.onPruned(pruned);
      }
    }
  }

  private enqueue(write: Write): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      this.timer ??= setTimeout(() => void this.flush(), BATCH_MS);
    });
  }
}

async function writeBatch(db: CandorDatabase, writes: readonly Write[]): Promise<void> {
  const tx = db.transaction(['calls', 'utterances', 'cards'], 'readwrite');
  const calls = tx.objectStore('calls');
  // The worker knows the live state of a call; a summary the review page computed for it is kept.
  const putCall = async (value: CallRecord): Promise<unknown> => {
    const stored = await calls.get(value.callId);
    return calls.put(stored?.summary !== undefined && value.summary === undefined ? { ...value, summary: stored.summary } : value);
  };
  const requests: Array<Promise<unknown>> = [];
  for (const write of writes) {
    if (write.kind === 'call') requests.push(putCall(write.value));
    else if (write.kind === 'utterance') requests.push(tx.objectStore('utterances').put(write.value));
    else if (write.kind === 'card') requests.push(tx.objectStore('cards').put(write.value));
    else requests.push(tx.objectStore('cards').delete([write.callId, write.id]));
  }
  // A failed request aborts the transaction; tx.done then rejects with the cause (QuotaExceededError).
  requests.forEach((request) => void request.catch(() => undefined));
  await tx.done;
}
