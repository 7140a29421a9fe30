/**
 * Watches a meeting page's caption region through a site adapter and reports what changed: block text
 * revisions, blocks leaving, and the capture status line. Shared by every site.
 *
 * A MutationObserver on the region reacts to caption edits at once; a slow poll notices what the observer
 * cannot see: the region replaced or re-created elsewhere (layout changes, breakout rooms, captions toggled),
 * the user joining or leaving the call.
 */
import type { CaptureStatus } from '../contracts/capture-status';
import type { CaptionRevision } from '../core/segmenter';
import type { EpochMs } from '../core/types';
import type { PlatformAdapter } from './platforms/platform';

export interface CaptionReaderEvents {
  revision(revision: CaptionRevision): void;
  blockRemoved(blockId: string, at: EpochMs): void;
  /** The caption region appeared (captions switched on, region re-created): its first blocks may be old lines. */
  regionShown(at: EpochMs): void;
  status(status: CaptureStatus): void;
}

/** Re-attach within two seconds of the region being replaced, at a cost of a few queries per poll. */
export const POLL_MS = 500;
/**
 * Caption edits arrive word by word, but a page (or a hostile one) can mutate the region thousands of times a
 * second; reads are coalesced so there is at most one per this interval, always after the latest change.
 */
export const MIN_SCAN_INTERVAL_MS = 16;

interface SeenBlock {
  id: string;
  speaker: string | null;
  text: string;
}

export class CaptionReader {
  private region: Element | null = null;
  private observer: MutationObserver | null = null;
  private poll: ReturnType<typeof setInterval> | null = null;
  private readonly ids = new WeakMap<Element, string>();
  private seen = new Map<Element, SeenBlock>();
  private lastStatus = '';
  private nextBlock = 1;
  private lastScanAt = -Infinity;
  private pendingScan: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly doc: Document,
    private readonly events: CaptionReaderEvents,
    private readonly now: () => EpochMs = Date.now,
  ) {}

  /**
   * Starts (or, after `stop`, restarts) reading. The first read reports every block on screen as a revision,
   * whatever was seen before stopping; a block keeps its id across a restart.
   */
  start(): void {
    this.seen = new Map();
    this.scan();
    this.poll = setInterval(() => this.scan(), POLL_MS);
  }

  stop(): void {
    if (this.poll !== null) clearInterval(this.poll);
    if (this.pendingScan !== null) clearTimeout(this.pendingScan);
    this.poll = null;
    this.pendingScan = null;
    this.observer?.disconnect();
    this.observer = null;
    this.region = null;
  }

  /** A mutation happened: read soon, once for however many mutations arrive meanwhile. */
  private scheduleScan(): void {
    if (this.pendingScan !== null) return;
    const wait = Math.max(0, this.lastScanAt + MIN_SCAN_INTERVAL_MS - performance.now());
    this.pendingScan = setTimeout(() => {
      this.pendingScan = null;
      this.scan();
    }, wait);
  }

  /** Reads the page once and reports every difference from the last read. */
  scan(): void {
    this.lastScanAt = performance.now();
    const at = this.now();
    const inCall = this.adapter.isInCall(this.doc);
    let shown = false;
    if (!this.region?.isConnected) {
      const found = inCall ? (this.adapter.findCaptionRegion(this.doc)?.element ?? null) : null;
      shown = this.attach(found);
    }
    const reading = this.region ? this.adapter.readBlocks(this.region) : { blocks: [], problem: null };
    // The status first: when this read is the one that finds the user in a call, the call must be under way
    // before the lines already on screen are reported, or they would be reported to no call and lost.
    this.reportStatus(inCall, reading.problem !== null && reading.blocks.length === 0 ? reading.problem : null);
    if (shown) this.events.regionShown(at);
    const present = new Set(reading.blocks.map((block) => block.element));
    // Departures first: when a region is re-created, the old blocks must be known to be gone before their
    // redrawn copies arrive, or the copies would look like new speech.
    for (const [element, block] of this.seen) if (!present.has(element)) this.events.blockRemoved(block.id, at);
    const current = new Map<Element, SeenBlock>();
    for (const block of reading.blocks) {
      const id = this.blockId(block.element);
      const before = this.seen.get(block.element);
      current.set(block.element, { id, speaker: block.speaker, text: block.text });
      if (before?.text === block.text && before.speaker === block.speaker) continue;
      this.events.revision({ block: id, speaker: block.speaker, isSelf: block.isSelf, text: block.text, at });
    }
    this.seen = current;
  }

  /** Watches `region` from now on; true when that is a region newly on screen. */
  private attach(region: Element | null): boolean {
    if (region === this.region) return false;
    this.observer?.disconnect();
    this.region = region;
    if (!region) return false;
    this.observer = new MutationObserver(() => this.scheduleScan());
    this.observer.observe(region, { childList: true, subtree: true, characterData: true });
    return true;
  }

  private blockId(element: Element): string {
    let id = this.ids.get(element);
    if (!id) {
      id = `b${this.nextBlock}`;
      this.nextBlock += 1;
      this.ids.set(element, id);
    }
    return id;
  }

  private reportStatus(inCall: boolean, blockProblem: CaptureStatus['problem']): void {
    const status = this.status(inCall, blockProblem);
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    this.events.status(status);
  }

  private status(inCall: boolean, blockProblem: CaptureStatus['problem']): CaptureStatus {
    const howToEnable = this.adapter.howToEnableCaptions;
    if (!inCall) return { inCall, captions: 'off', problem: null, howToEnable };
    if (this.region) {
      return blockProblem
        ? { inCall, captions: 'unreadable', problem: blockProblem, howToEnable }
        : { inCall, captions: 'on', problem: null, howToEnable };
    }
    if (this.adapter.captionsControlOn(this.doc) === true) {
      const detail = `captions are switched on but no caption region was found on ${this.adapter.siteName}`;
      return { inCall, captions: 'unreadable', problem: { part: 'region', detail }, howToEnable };
    }
    return { inCall, captions: 'off', problem: null, howToEnable };
  }
}
