/**
 * One meeting tab's capture: the caption reader feeds the segmenter, the segmenter's utterances go out on the
 * captions port. It also follows the call's life cycle: joining starts a call, leaving ends and flushes it,
 * rejoining starts a new one.
 *
 * Paused (or Candor set to off): the caption reader is stopped and nothing is read or sent; only whether the
 * user is still in the call is checked, so leaving ends the call (and the pause with it: the worker says for
 * each call whether to listen). On resume, captions already on screen were (at least partly) spoken while
 * paused: the segmenter mutes them, so their words are never captured, not even when the site redraws them in
 * new elements later (region re-created, captions switched off and on). If no captions were on screen on
 * resume, the first caption region to appear is muted the same way, as the site may re-show lines said while
 * paused in it (Zoom does when captions are switched back on).
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
  private segmenter: Segmenter;
  private callId: string | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private listening = true;
  /** The first read after resuming: every block it reports was on screen, so possibly said, while paused. */
  private baselining = false;
  /** Listening stopped, and no caption region has been seen since: the next one may re-show words said meanwhile. */
  private regionUnseenSincePause = false;
  private pausedWatch: ReturnType<typeof setInterval> | null = null;
  /** Called when a call ends, so what was drawn for it (the overlay) goes too. */
  onCallEnded: () => void = () => undefined;

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly doc: Document,
    private readonly port: CaptionPort,
    private readonly meetingCode: string,
    private readonly now: () => number = Date.now,
  ) {
    this.segmenter = this.newSegmenter();
    this.reader = new CaptionReader(adapter, doc, {
      revision: (revision) => this.publish(this.baselining ? this.segmenter.mute(revision) : this.segmenter.revise(revision)),
      blockRemoved: (block, at) => this.segmenter.removeBlock(block, at),
      regionShown: (at) => {
        // On resume the reader finds the region again, but it did not appear: its blocks are muted one by one.
        if (!this.baselining) this.segmenter.regionShown(at, { unheard: this.regionUnseenSincePause });
        this.regionUnseenSincePause = false;
      },
      status: (status) => this.onStatus(status),
    });
  }

  /** The id of the call in progress, or null between calls. */
  get currentCallId(): string | null {
    return this.callId;
  }

  start(): void {
    this.port.announce();
    this.reader.start();
    this.ticker = setInterval(() => this.publish(this.segmenter.tick(this.now())), TICK_MS);
  }

  /**
   * The page is going away (tab closed, navigated, extension gone) or the tab moved to another meeting: end the
   * call with what was said, then let go of the page and of the connection `start` opened.
   */
  stop(): void {
    this.endCall();
    this.reader.stop();
    this.stopPausedWatch();
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
    this.port.close();
  }

  /** The worker's word: read captions (true) or stop reading them now (paused, or Candor off). */
  setListening(listening: boolean): void {
    if (listening === this.listening || this.ticker === null) return;
    this.listening = listening;
    if (!listening) {
      this.publish(this.segmenter.flush());
      this.reader.stop();
      this.regionUnseenSincePause = true;
      this.pausedWatch = setInterval(() => {
        if (this.callId && !this.adapter.isInCall(this.doc)) this.resumeReading();
      }, TICK_MS);
      return;
    }
    this.resumeReading();
  }

  private resumeReading(): void {
    this.stopPausedWatch();
    this.reader.stop();
    // The first scan reports every block on screen: all muted, as said while paused.
    this.baselining = true;
    try {
      this.reader.start();
    } finally {
      this.baselining = false;
    }
  }

  private stopPausedWatch(): void {
    if (this.pausedWatch !== null) clearInterval(this.pausedWatch);
    this.pausedWatch = null;
  }

  private onStatus(status: CaptureStatus): void {
    if (status.inCall && !this.callId) this.beginCall();
    this.port.sendStatus(status);
    if (!status.inCall && this.callId) this.endCall();
  }

  private beginCall(): void {
    const startedAt = this.now();
    this.callId = `${this.adapter.site}-${startedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.segmenter = this.newSegmenter();
    this.port.startCall({ type: 'call-hello', callId: this.callId, site: this.adapter.site, startedAt, meetingCode: this.meetingCode });
  }

  /** Only a site that re-shows old lines needs the segmenter to remember captions gone for good. */
  private newSegmenter(): Segmenter {
    return new Segmenter({ reshowsOldLines: this.adapter.reshowsOldLines });
  }

  private endCall(): void {
    if (!this.callId) return;
    this.publish(this.segmenter.flush());
    this.port.endCall(this.now());
    this.callId = null;
    // Paused or off is the worker's word for one call. The reader runs again to see the next call begin, so the
    // session listens again, as a new one would, until the worker's word for that call: had it stayed "not
    // listening", the worker saying so again for the next call would have looked like no change, and the reader
    // would have gone on reading.
    this.listening = true;
    this.onCallEnded();
  }

  private publish(utterances: Utterance[]): void {
    if (!this.callId) return;
    for (const utterance of utterances) this.port.sendUtterance(utterance);
  }
}
