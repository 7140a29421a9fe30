/**
 * One meeting tab's capture: the caption reader feeds the segmenter, the segmenter's utterances go out on the
 * captions port. It also follows the call's life cycle: joining starts a call, leaving ends and flushes it,
 * rejoining starts a new one.
 */
import type { CaptureStatus } from '../contracts/capture-status';
import { Segmenter } from '../core/segmenter';
import type { Utterance } from '../core/types';
import type { CaptionPort } from './caption-port';
import { CaptionReader } from './caption-reader';
import type { PlatformAdapter } from './platforms/platform';

/** How often pauses are checked, so an utterance is final about this long after its speaker stops. */
const TICK_MS = 250;

export class CaptureSession {
  private readonly reader: CaptionReader;
  private segmenter = new Segmenter();
  private callId: string | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly adapter: PlatformAdapter,
    doc: Document,
    private readonly port: CaptionPort,
    private readonly meetingCode: string,
    private readonly now: () => number = Date.now,
  ) {
    this.reader = new CaptionReader(adapter, doc, {
      revision: (revision) => this.publish(this.segmenter.revise(revision)),
      blockRemoved: (block, at) => this.segmenter.removeBlock(block, at),
      status: (status) => this.onStatus(status),
    });
  }

  start(): void {
    this.port.announce();
    this.reader.start();
    this.ticker = setInterval(() => this.publish(this.segmenter.tick(this.now())), TICK_MS);
  }

  /** The page is going away (tab closed, navigated, extension gone): end the call with what was said. */
  stop(): void {
    this.endCall();
    this.reader.stop();
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
  }

  private onStatus(status: CaptureStatus): void {
    if (status.inCall && !this.callId) this.beginCall();
    this.port.sendStatus(status);
    if (!status.inCall && this.callId) this.endCall();
  }

  private beginCall(): void {
    const startedAt = this.now();
    this.callId = `${this.adapter.site}-${startedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.segmenter = new Segmenter();
    this.port.startCall({ type: 'call-hello', callId: this.callId, site: this.adapter.site, startedAt, meetingCode: this.meetingCode });
  }

  private endCall(): void {
    if (!this.callId) return;
    this.publish(this.segmenter.flush());
    this.port.endCall(this.now());
    this.callId = null;
  }

  private publish(utterances: Utterance[]): void {
    if (!this.callId) return;
    for (const utterance of utterances) this.port.sendUtterance(utterance);
  }
}
