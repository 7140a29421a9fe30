/**
 * Batches writes to the call archive: everything that arrives within one short window goes into a single
 * IndexedDB transaction, and each caller's promise settles when that transaction has committed. The service
 * worker acknowledges an utterance to the content script only then, so "acknowledged" means "on disk".
 */
import type { CallRecord, CandorDatabase, StoredUtterance } from './calls-db';

/** Long enough to gather a burst of caption updates, short enough that a crash loses at most this much. */
export const BATCH_MS = 100;

type Write = { kind: 'call'; value: CallRecord } | { kind: 'utterance'; value: StoredUtterance };

interface Waiting {
  write: Write;
  resolve(): void;
  reject(error: unknown): void;
}

export class CallWriter {
  private queue: Waiting[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly db: () => Promise<CandorDatabase>) {}

  putCall(value: CallRecord): Promise<void> {
    return this.enqueue({ kind: 'call', value });
  }

  putUtterance(value: StoredUtterance): Promise<void> {
    return this.enqueue({ kind: 'utterance', value });
  }

  /** Writes what is queued now instead of waiting for the batch window. */
  async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    try {
      const db = await this.db();
      const tx = db.transaction(['calls', 'utterances'], 'readwrite');
      // Only the last version of each utterance in a batch needs writing; earlier ones are superseded.
      const latest = new Map<string, Write>();
      for (const { write } of batch) {
        const key = write.kind === 'call' ? `c:${write.value.callId}` : `u:${write.value.callId}:${write.value.id}`;
        latest.set(key, write);
      }
      for (const write of latest.values()) {
        if (write.kind === 'call') void tx.objectStore('calls').put(write.value);
        else void tx.objectStore('utterances').put(write.value);
      }
      await tx.done;
      for (const waiting of batch) waiting.resolve();
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }

  private enqueue(write: Write): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      this.timer ??= setTimeout(() => void this.flush(), BATCH_MS);
    });
  }
}
