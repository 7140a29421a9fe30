/**
 * Memory over a long call: a synthetic two-hour Meet call replayed once with Candor and once in a Chromium
 * without it, the meeting page's JS heap read after 10, 60 and 120 minutes of captions (after a forced garbage
 * collection, through the DevTools protocol). The content script shares the page's heap, so Candor's share is
 * the difference between the two runs; the side panel's heap is read in the Candor run.
 * Budget (issue #7): flat, under 10 MB of growth over two hours.
 *
 * The service worker's heap is read the same way through a tunnelled DevTools session (lib/heap.ts).
 *
 * Time compression: memory follows what is kept, not how fast edits come, so the call plays at speed 90 (the
 * reader then coalesces more edits per read, which keeps less, not more). One thing kept is timed in real
 * milliseconds: the segmenter remembers a caption block for two minutes after it left the screen, in case the
 * site redraws it. At 90x those two minutes span the whole call, so the page figures are an upper bound: at
 * speaking speed the same window holds two minutes of blocks, not two hours.
 *
 * Storage (issue #7, item 6) is measured on the same live call: what the two hours take in IndexedDB (the
 * browser's estimate for the extension's origin), how long after the last caption edit its words are stored,
 * and how long the review page takes to open the stored call and paint its review.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { LowLevelEvent } from '../src/replay/replay-schema';
import { findChromium, newTab } from '../test/harness/chromium';
import { routeMeetingSites } from '../test/harness/meeting-routes';
import { goToMeeting, openMeeting, openPanel, play, storedUtterances } from '../test/harness/call';
import { round, type Benchmark, type Figure } from './bench-types';
import { candorAt } from './lib/browser';
import { longCall } from './lib/long-call';
import { pageHeapAfterGc, serviceWorkerHeapAfterGc } from './lib/heap';

const SPEED = 90;
const CHECKPOINTS_MIN = [10, 60, 120];
/** The call is played up to the last checkpoint, and no further. */
const CALL_MS = CHECKPOINTS_MIN.at(-1)! * 60_000;
const MB = 1024 * 1024;

/** Plays the call in slices ending at each checkpoint and reads the heaps there (one reading per reader). */
async function heapsAlongCall(meeting: Page, events: readonly LowLevelEvent[], readers: Array<() => Promise<number>>): Promise<number[][]> {
  const readings: number[][] = [];
  let from = 0;
  let next = 0;
  for (const minute of CHECKPOINTS_MIN) {
    const until = minute * 60_000;
    // Sliced by position, not by `t > from`: the call's first event (captions on, at t = 0) must be played.
    const end = events.findIndex((event) => event.t > until);
    const slice = events.slice(next, end < 0 ? events.length : end).map((event) => ({ ...event, t: event.t - from }));
    next = end < 0 ? events.length : end;
    await play(meeting, slice, SPEED);
    from = until;
    const reading: number[] = [];
    // One after the other: a garbage collection in one process should not overlap the reading of another.
    for (const read of readers) reading.push(await read());
    readings.push(reading);
  }
  return readings;
}

interface LiveCallStorage {
  bytes: number;
  utterances: number;
  lastWordsStoredMs: number;
  reviewPaintedMs: number;
}

async function storageUsage(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

/** The last words shown on screen in the call, as bare lower-case words. */
function lastShownWords(events: readonly LowLevelEvent[]): string {
  const last = events.findLast((event) => event.op === 'show');
  return bareWords(last && 'text' in last ? String(last.text) : '').split(' ').slice(-3).join(' ');
}

function blocksShown(events: readonly LowLevelEvent[]): number {
  return new Set(events.flatMap((event) => (event.op === 'show' ? [event.block] : []))).size;
}

function bareWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(/\s+/u).filter(Boolean).join(' ');
}

async function liveCallStorage(panel: Page, extensionId: string, events: readonly LowLevelEvent[], usageBefore: number): Promise<LiveCallStorage> {
  const words = lastShownWords(events);
  const playedAt = Date.now();
  let stored = await storedUtterances(panel);
  while (!stored.some((u) => bareWords(u.text).includes(words))) {
    if (Date.now() - playedAt > 30_000) {
      const tail = stored.slice(-2).map((u) => `${u.final ? 'final' : 'partial'}: ${u.text.slice(-60)}`);
      throw new Error(`the call's last words ("${words}") were not stored within 30 s; ${stored.length} stored, last: ${tail.join(' | ')}`);
    }
    await panel.waitForTimeout(50);
    stored = await storedUtterances(panel);
  }
  const lastWordsStoredMs = Date.now() - playedAt;
  const bytes = (await storageUsage(panel)) - usageBefore;
  const callId = stored.at(-1)?.callId ?? '';
  const review = await panel.context().newPage();
  await review.goto(`chrome-extension://${extensionId}/src/ui/review/index.html?call=${encodeURIComponent(callId)}`);
  await review.waitForFunction(() => performance.getEntriesByName('candor-review-painted').length > 0, undefined, { timeout: 30_000 });
  const reviewPaintedMs = await review.evaluate(() => performance.getEntriesByName('candor-review-painted')[0]?.startTime ?? 0);
  await review.close();
  return { bytes, utterances: stored.length, lastWordsStoredMs, reviewPaintedMs };
}

export const memoryBenchmark: Benchmark = {
  name: 'memory',
  order: 40,
  async run() {
    const call = longCall(CALL_MS);
    // The generated call runs a little past its length and ends with hanging up; the meeting stays open here.
    const events = call.events.filter((event) => event.op !== 'leave' && event.t <= CALL_MS);

    const candor = await candorAt(SPEED);
    let withCandor: number[][];
    let storage: LiveCallStorage;
    try {
      const panel = await openPanel(candor);
      const usageBefore = await storageUsage(panel);
      const meeting = await openMeeting(candor, call.replay.meetingUrl);
      withCandor = await heapsAlongCall(meeting, events, [() => pageHeapAfterGc(meeting), () => pageHeapAfterGc(panel), () => serviceWorkerHeapAfterGc(panel, candor.extensionId)]);
      storage = await liveCallStorage(panel, candor.extensionId, events, usageBefore);
    } finally {
      await candor.close();
    }

    const executablePath = findChromium();
    if (!executablePath) throw new Error('memory bench needs Chromium');
    const dir = mkdtempSync(join(tmpdir(), 'candor-plain-'));
    const plain = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    let without: number[][];
    try {
      await routeMeetingSites(plain);
      const meeting = await newTab(plain);
      await goToMeeting(meeting, call.replay.meetingUrl);
      without = await heapsAlongCall(meeting, events, [() => pageHeapAfterGc(meeting)]);
    } finally {
      await plain.close();
      rmSync(dir, { recursive: true, force: true });
    }

    const candorShare = withCandor.map(([page], i) => ((page ?? 0) - (without[i]?.[0] ?? 0)) / MB);
    const panelHeap = withCandor.map(([, panel]) => (panel ?? 0) / MB);
    const workerHeap = withCandor.map(([, , worker]) => (worker ?? 0) / MB);
    const figures: Figure[] = [
      ...CHECKPOINTS_MIN.map((minute, i) => ({ name: `meeting page heap, Candor's share at ${minute} min`, value: round(candorShare[i] ?? 0, 2), unit: 'MB' })),
      { name: 'Candor share growth, 10 -> 120 min', value: round((candorShare.at(-1) ?? 0) - (candorShare[0] ?? 0), 2), unit: 'MB', budget: { max: 10 } },
      ...CHECKPOINTS_MIN.map((minute, i) => ({ name: `side panel heap at ${minute} min`, value: round(panelHeap[i] ?? 0, 2), unit: 'MB' })),
      { name: 'side panel growth, 10 -> 120 min', value: round((panelHeap.at(-1) ?? 0) - (panelHeap[0] ?? 0), 2), unit: 'MB', budget: { max: 10 } },
      ...CHECKPOINTS_MIN.map((minute, i) => ({ name: `service worker heap at ${minute} min`, value: round(workerHeap[i] ?? 0, 2), unit: 'MB' })),
      { name: 'service worker growth, 10 -> 120 min', value: round((workerHeap.at(-1) ?? 0) - (workerHeap[0] ?? 0), 2), unit: 'MB', budget: { max: 10 } },
      { name: 'two-hour live call stored (IndexedDB, browser estimate)', value: Math.round(storage.bytes / 1024), unit: 'KB' },
      // Every caption block is at least one stored utterance: fewer means Candor did not capture the call.
      { name: 'utterances stored', value: storage.utterances, unit: 'utterances', budget: { min: blocksShown(events) } },
      { name: 'last words stored, after the last caption edit', value: Math.round(storage.lastWordsStoredMs), unit: 'ms' },
      { name: 'open the stored two-hour call: review painted', value: Math.round(storage.reviewPaintedMs), unit: 'ms', budget: { max: 1_000 } },
    ];
    return {
      name: 'memory',
      description: `JS heap over a synthetic ${CHECKPOINTS_MIN.at(-1)}-minute Meet call at speed ${SPEED}, with Candor minus without, after GC`,
      figures,
      notes: [
        'heaps after a forced GC; the worker through a non-flat DevTools target session',
        "page share is an upper bound: at 90x the segmenter's 2-minute redraw window (real ms) holds every block of the call",
        'storage: the whole call written live through the worker in 100 ms batches; the review page opened on that call (?call=id), timed to its first painted review',
      ],
    };
  },
};
