/**
 * Memory over a long call: a synthetic two-hour Meet call replayed once with Candor and once in a Chromium
 * without it, the meeting page's JS heap read after 10, 60 and 120 minutes of captions (after a forced garbage
 * collection, through the DevTools protocol). The content script shares the page's heap, so Candor's share is
 * the difference between the two runs; the side panel's heap is read in the Candor run.
 * Budget (issue #7): flat, under 10 MB of growth over two hours.
 *
 * Time compression: memory follows what is kept, not how fast edits come, so the call plays at speed 90 (the
 * reader then coalesces more edits per read, which keeps less, not more). The service worker's heap is not
 * read: Playwright's CDP sessions cannot address the worker's target (see README).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { LowLevelEvent } from '../src/replay/replay-schema';
import { openMeeting, openPanel, play } from '../test/harness/call';
import { findChromium, newTab } from '../test/harness/chromium';
import { routeMeetingSites } from '../test/harness/meeting-routes';
import { round, type Benchmark, type Figure } from './bench-types';
import { candorAt } from './lib/browser';
import { longCall } from './lib/long-call';

const SPEED = 90;
const CHECKPOINTS_MIN = [10, 60, 120];
const MB = 1024 * 1024;

/** Used JS heap of a page after a full garbage collection, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/** Plays the call in slices ending at each checkpoint and reads the heaps there. */
async function heapsAlongCall(meeting: Page, events: readonly LowLevelEvent[], pages: Page[]): Promise<number[][]> {
  const readings: number[][] = [];
  let from = 0;
  for (const minute of CHECKPOINTS_MIN) {
    const until = minute * 60_000;
    const slice = events.filter((event) => event.t > from && event.t <= until).map((event) => ({ ...event, t: event.t - from }));
    await play(meeting, slice, SPEED);
    from = until;
    readings.push(await Promise.all(pages.map((page) => heapAfterGc(page))));
  }
  return readings;
}

export const memoryBenchmark: Benchmark = {
  name: 'memory',
  order: 40,
  async run() {
    const call = longCall(CHECKPOINTS_MIN.at(-1)! * 60_000);
    const events = call.events.filter((event) => event.op !== 'leave');

    const candor = await candorAt(SPEED);
    let withCandor: number[][];
    try {
      const panel = await openPanel(candor);
      const meeting = await openMeeting(candor, call.replay.meetingUrl);
      withCandor = await heapsAlongCall(meeting, events, [meeting, panel]);
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
      await meeting.goto(call.replay.meetingUrl);
      await meeting.waitForFunction(() => '__candorSim' in window);
      without = await heapsAlongCall(meeting, events, [meeting]);
    } finally {
      await plain.close();
      rmSync(dir, { recursive: true, force: true });
    }

    const candorShare = withCandor.map(([page], i) => ((page ?? 0) - (without[i]?.[0] ?? 0)) / MB);
    const panelHeap = withCandor.map(([, panel]) => (panel ?? 0) / MB);
    const figures: Figure[] = [
      ...CHECKPOINTS_MIN.map((minute, i) => ({ name: `meeting page heap, Candor's share at ${minute} min`, value: round(candorShare[i] ?? 0, 2), unit: 'MB' })),
      { name: 'Candor share growth, 10 -> 120 min', value: round((candorShare.at(-1) ?? 0) - (candorShare[0] ?? 0), 2), unit: 'MB', budget: { max: 10 } },
      ...CHECKPOINTS_MIN.map((minute, i) => ({ name: `side panel heap at ${minute} min`, value: round(panelHeap[i] ?? 0, 2), unit: 'MB' })),
      { name: 'side panel growth, 10 -> 120 min', value: round((panelHeap.at(-1) ?? 0) - (panelHeap[0] ?? 0), 2), unit: 'MB', budget: { max: 10 } },
    ];
    return {
      name: 'memory',
      description: `JS heap over a synthetic ${CHECKPOINTS_MIN.at(-1)}-minute Meet call at speed ${SPEED}, with Candor minus without, after GC`,
      figures,
      notes: ['the service worker heap is not read (no CDP route to its target from Playwright here)'],
    };
  },
};
