/**
 * The content script's end of the `captions` port. It keeps the latest version of every utterance that the
 * service worker has not yet acknowledged as stored, and on every (re)connection says hello again and resends
 * them, so a worker stopped by the browser mid-call costs nothing. When the extension itself was reloaded or
 * updated, this script's connection is gone for good: it stops quietly instead of throwing into the page.
 */
import type { CaptureStatus } from '../contracts/capture-status';
import { MAX_CAPTION_TEXT, type BackgroundToContent, type CallHello, type ContentToBackground, type TabStateMessage } from '../contracts/messages';
import type { SiteId, Utterance } from '../core/types';

/** The part of a runtime port this code uses, so tests can pass a fake. */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface CaptionPortOptions {
  site: SiteId;
  connect(): PortLike;
  /** False once the extension was reloaded or removed under this page. */
  extensionAlive(): boolean;
  onGone(): void;
  /** The worker's instructions for this tab's current call (listening, overlay). */
  onTabState?(message: TabStateMessage): void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  now?: () => number;
}

const RECONNECT_MS = [100, 250, 500, 1_000, 2_000, 5_000];
/**
 * A connection that lasted this long ended normally (Chrome stops an idle worker after 30 s), not in a loop of
 * a worker failing at start or refusing the port, which drops it within milliseconds: the next reconnection is
 * quick again. Otherwise a quiet stretch, with no acknowledgements to reset the back-off, left the tab up to
 * 5 s behind the side panel after each stop, and the panel asked for the meeting tab to be reloaded.
 */
const HEALTHY_CONNECTION_MS = 1_000;

export class CaptionPort {
  private port: PortLike | null = null;
  private hello: CallHello | null = null;
  private status: CaptureStatus | null = null;
  private readonly pending = new Map<string, Utterance>();
  private attempts = 0;
  private openedAt = 0;
  /** No connection any more, for good: the extension went away, or the session using this port ended. */
  private gone = false;

  constructor(private readonly options: CaptionPortOptions) {}

  /** How many utterances still wait for the worker to acknowledge them as stored. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Connects now, so the worker knows this tab has Candor running even before a call starts. */
  announce(): void {
    if (!this.port && !this.gone) this.open();
  }

  startCall(hello: CallHello): void {
    this.hello = hello;
    this.pending.clear();
    this.send({ ...hello });
    if (this.status) this.send({ type: 'capture-status', callId: hello.callId, status: this.status });
  }

  sendUtterance(original: Utterance): void {
    if (!this.hello) return;
    // The segmenter bounds utterances by words; only a single absurd "word" can still be this long.
    const utterance = original.text.length > MAX_CAPTION_TEXT ? { ...original, text: `${original.text.slice(0, MAX_CAPTION_TEXT - 1)}…` } : original;
    this.pending.set(utterance.id, utterance);
    this.send({ type: 'utterance', callId: this.hello.callId, utterance });
  }

  sendStatus(status: CaptureStatus): void {
    this.status = status;
    if (this.hello) this.send({ type: 'capture-status', callId: this.hello.callId, status });
  }

  endCall(at: number): void {
    if (!this.hello) return;
    this.send({ type: 'call-ended', callId: this.hello.callId, at });
    this.hello = null;
  }

  /**
   * The session is over (the tab moved to another meeting, the page is going): lets go of the connection and
   * never reconnects, so the worker does not count a tab that left as still covered, one more each restart.
   */
  close(): void {
    if (this.gone) return;
    this.gone = true;
    const port = this.port;
    this.port = null;
    try {
      port?.disconnect();
    } catch {
      // Already disconnected by the other end.
    }
  }

  private send(message: ContentToBackground): void {
    if (this.gone) return;
    if (!this.port) {
      // Opening replays hello, status and everything pending; only the end of the call is not among them.
      const port = this.open();
      if (port && message.type === 'call-ended') this.post(port, message);
      return;
    }
    this.post(this.port, message);
  }

  private post(port: PortLike, message: ContentToBackground): void {
    try {
      port.postMessage(message);
    } catch {
      // The port died between events; the disconnect handler reconnects and resends what is pending.
    }
  }

  private open(): PortLike | null {
    if (!this.options.extensionAlive()) {
      this.stop();
      return null;
    }
    let port: PortLike;
    try {
      port = this.options.connect();
    } catch {
      this.stop();
      return null;
    }
    this.port = port;
    this.openedAt = this.now();
    port.onMessage.addListener((message) => this.receive(message as BackgroundToContent));
    port.onDisconnect.addListener(() => this.disconnected(port));
    this.post(port, { type: 'tab-hello', site: this.options.site });
    this.replay(port);
    return port;
  }

  /** After a reconnection the worker may have forgotten everything: hello, status, then what is pending. */
  private replay(port: PortLike): void {
    const hello = this.hello;
    if (!hello) return;
    this.post(port, { ...hello });
    if (this.status) this.post(port, { type: 'capture-status', callId: hello.callId, status: this.status });
    for (const utterance of this.pending.values()) {
      this.post(port, { type: 'utterance', callId: hello.callId, utterance });
    }
  }

  private receive(message: BackgroundToContent): void {
    if (message.callId !== this.hello?.callId) return;
    if (message.type === 'tab-state') {
      this.options.onTabState?.(message);
      return;
    }
    this.attempts = 0;
    for (const { id, revision } of message.acked) {
      const waiting = this.pending.get(id);
      if (waiting && waiting.revision <= revision) this.pending.delete(id);
    }
  }

  private disconnected(port: PortLike): void {
    if (this.port !== port) return;
    this.port = null;
    if (!this.options.extensionAlive()) {
      this.stop();
      return;
    }
    if (this.now() - this.openedAt >= HEALTHY_CONNECTION_MS) this.attempts = 0;
    const delay = RECONNECT_MS[Math.min(this.attempts, RECONNECT_MS.length - 1)] ?? 5_000;
    this.attempts += 1;
    (this.options.setTimer ?? setTimeout)(() => this.announce(), delay);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private stop(): void {
    if (this.gone) return;
    this.gone = true;
    this.port = null;
    this.options.onGone();
  }
}
