/**
 * Latency, caption to card: in headless Chromium with the built extension, synthetic calls on Google Meet, Zoom
 * and Teams play one after the other in one meeting tab, a telling buyer phrase every 40 s of call time. The
 * simulated page stamps every caption edit as it applies it (`performance.timeOrigin + performance.now()`);
 * the side panel (a real extension page) and the in-page overlay (inside its closed shadow root, watched from
 * Candor's own content-script world through `chrome.dom.openOrClosedShadowRoot`) record when each card reaches
 * their DOM, read at the next animation frame (the frame it paints in). A panel card is timed from the edit
 * whose words decide the label it quotes ("Heard: …"), and also from the first edit showing those words; an
 * overlay card (which quotes nothing) is matched to the panel card with the same title.
 * Time is compressed (speed 10, coach time settings scaled the same way: test/harness/settings.ts); each edit
 * is still one DOM change handled alone, so the path from edit to card is the one a real call takes.
 * Budget (issue #7): p95 < 100 ms, p99 < 250 ms.
 */
import type { Page } from 'playwright-core';
import { classify } from '../src/core/classifier';
import type { ReplaySite } from '../src/replay/replay-schema';
import { goToMeeting, openPanelWindow, play } from '../test/harness/call';
import { newTab, type CandorBrowser } from '../test/harness/chromium';
import { quantile, round, type Benchmark, type Figure } from './bench-types';
import { candorAt, inCandorWorld } from './lib/browser';
import { longCall } from './lib/long-call';

const SPEED = 10;

interface Painted {
  at: number;
  title: string;
  quote: string;
}
interface Stamp {
  at: number;
  block: string;
  text: string;
}

/** The edit that first showed `words` in the latest block showing them before `before` (phrases recur). */
function firstShown(stamps: Stamp[], words: string, before: number): Stamp | undefined {
  let i = stamps.length - 1;
  while (i >= 0 && !((stamps[i] as Stamp).at <= before && (stamps[i] as Stamp).text.includes(words))) i -= 1;
  if (i < 0) return undefined;
  const block = (stamps[i] as Stamp).block;
  let first = stamps[i] as Stamp;
  for (let j = i - 1; j >= 0; j -= 1) {
    const s = stamps[j] as Stamp;
    if (s.block !== block) continue;
    if (!s.text.includes(words)) break;
    first = s;
  }
  return first;
}

/**
 * The edit from which the words on screen decide the label the card quotes. Cues that a following word could
 * still reverse ("let me think about it" before "...and circle back" or "...how we'd roll it out") wait for
 * that word, so the card can only come one edit after the quoted words; the pipeline is timed from there.
 * A label no growing caption decides (one read from the turn before, such as the buyer's answer to "how do you
 * do it today?", given on the finished line only) is decided when the line ends: at the first edit of the next
 * caption, if the card came after it.
 */
function decidable(stamps: readonly Stamp[], first: Stamp, words: string, painted: number): Stamp {
  const from = stamps.indexOf(first);
  for (let i = from; i < stamps.length; i += 1) {
    const stamp = stamps[i] as Stamp;
    if (stamp.block !== first.block) continue;
    const utterance = { id: 'bench', role: 'prospect' as const, speaker: null, text: stamp.text, start: 0, end: 0, final: false };
    if (classify(utterance, { previous: [] }).some((l) => l.confidence >= 0.5 && l.evidence.toLowerCase() === words)) return stamp;
  }
  return lineEnd(stamps, first, painted) ?? first;
}

/** The edit that ended the line `first` belongs to (the next caption's first), if it came before `painted`. */
function lineEnd(stamps: readonly Stamp[], first: Stamp, painted: number): Stamp | undefined {
  let last = stamps.indexOf(first);
  for (let i = last; i < stamps.length && (stamps[i] as Stamp).at <= painted; i += 1) if ((stamps[i] as Stamp).block === first.block) last = i;
  const next = stamps.slice(last + 1).find((s) => s.block !== first.block);
  return next !== undefined && next.at <= painted ? next : undefined;
}

/** Installed in a document: records each new card (by title + quote) at the frame after it reaches the DOM. */
const WATCH = (root: string) => `(() => {
  const seen = []; let last = '';
  const read = (r) => { const card = r.querySelector('[data-testid="current-card"], .card');
    if (!card) { last = ''; return; }
    const title = (card.querySelector('h1, .title')?.textContent ?? '').trim();
    const quote = (card.querySelector('.card__evidence')?.textContent ?? '').trim();
    const key = title + '|' + quote; if (key === last || title === '') return; last = key;
    requestAnimationFrame(() => seen.push({ at: performance.timeOrigin + performance.now(), title, quote })); };
  const observe = (r) => { new MutationObserver(() => read(r)).observe(r, { subtree: true, childList: true, characterData: true }); read(r); };
  ${root}
  globalThis.__benchSeen = seen; return true; })()`;

const PANEL_ROOT = 'observe(document.body);';
const OVERLAY_ROOT = `const attach = () => { const host = document.querySelector('candor-overlay'); if (!host || host.__benchWatched) return;
    host.__benchWatched = true; observe(chrome.dom.openOrClosedShadowRoot(host)); };
  new MutationObserver(attach).observe(document.documentElement, { childList: true }); attach();`;

function quoted(evidence: string): string {
  const m = /“(.*)”/u.exec(evidence);
  return (m?.[1] ?? '').toLowerCase();
}

function stats(label: string, values: number[]): Figure[] {
  return [
    { name: `${label} p50`, value: round(quantile(values, 0.5), 1), unit: 'ms' },
    { name: `${label} p95`, value: round(quantile(values, 0.95), 1), unit: 'ms', budget: { max: 100 } },
    { name: `${label} p99`, value: round(quantile(values, 0.99), 1), unit: 'ms', budget: { max: 250 } },
    { name: `${label} max`, value: round(Math.max(...values), 1), unit: 'ms' },
    { name: `${label} cards measured`, value: values.length, unit: 'cards', budget: { min: 20 } },
  ];
}

/**
 * A telling phrase every 40 s of call time, 4 s of wall time at speed 10: sparse enough that the coach's own
 * pacing (one card at a time, a card lifetime of 1 s here, at most 20 cards in a minute, the settings' limit)
 * never holds a card back, so what is timed is the pipeline, not the queue.
 */
const TELL_EVERY_MS = 40_000;

/** Call minutes per site, played one after the other in the same browser, panel and settings. */
const SITES: ReadonlyArray<{ site: ReplaySite; name: string; minutes: number }> = [
  { site: 'google-meet', name: 'Meet', minutes: 12 },
  { site: 'zoom', name: 'Zoom', minutes: 9 },
  { site: 'teams', name: 'Teams', minutes: 9 },
];

/**
 * Below this the panel's frames were throttled (a hidden or background window), and a card's "painted" time
 * would measure the throttling: the run fails rather than report it.
 */
const MIN_PANEL_FPS = 30;

interface Measured {
  title: string;
  quote: string;
  at: number;
  /** When the quoted words first showed. */
  from: number;
  /** When the words on screen first decided the label (the same edit, or a word or two later). */
  decidedFrom: number;
}

interface SiteRun {
  name: string;
  panel: Measured[];
  overlay: Measured[];
  panelSeen: number;
  overlaySeen: number;
  unmatched: number;
  panelFps: number;
}

/**
 * Plays one site's call in the meeting tab (navigating it there, which ends the call before) and times every
 * card it raised, in the panel and in the overlay.
 */
async function runSite(candor: CandorBrowser, panel: Page, meeting: Page, site: (typeof SITES)[number]): Promise<SiteRun> {
  const call = longCall(site.minutes * 60_000, TELL_EVERY_MS, 7, site.site);
  await panel.evaluate('globalThis.__benchSeen.length = 0');
  await goToMeeting(meeting, call.replay.meetingUrl);
  const cdp = await candor.context.newCDPSession(meeting);
  await inCandorWorld(meeting, cdp, candor.extensionId, WATCH(OVERLAY_ROOT));
  await meeting.evaluate(() => (window as unknown as { __candorSim: { stamp(on: boolean): void } }).__candorSim.stamp(true));
  const framesBefore = (await panel.evaluate('globalThis.__benchFrames')) as number;
  const playedFrom = Date.now();
  await play(meeting, call.events, SPEED);
  await meeting.waitForTimeout(1_000);
  const panelFps = (((await panel.evaluate('globalThis.__benchFrames')) as number) - framesBefore) / ((Date.now() - playedFrom) / 1000);
  const stamps = (await meeting.evaluate(() => (window as unknown as { __candorSim: { stamps: Stamp[] } }).__candorSim.stamps)).map((s) => ({ ...s, text: s.text.toLowerCase() }));
  const panelCards = (await panel.evaluate('globalThis.__benchSeen')) as Painted[];
  const overlayCards = (await inCandorWorld(meeting, cdp, candor.extensionId, 'globalThis.__benchSeen')) as Painted[];
  await cdp.detach();

  const matched: Measured[] = [];
  let unmatched = 0;
  for (const card of panelCards) {
    const words = quoted(card.quote);
    const first = words ? firstShown(stamps, words, card.at) : undefined;
    if (first) matched.push({ title: card.title, quote: card.quote, at: card.at, from: first.at, decidedFrom: decidable(stamps, first, words, card.at).at });
    else unmatched += 1;
  }
  const overlay: Measured[] = [];
  for (const card of overlayCards) {
    const twin = matched.filter((m) => m.title === card.title).sort((a, b) => Math.abs(a.at - card.at) - Math.abs(b.at - card.at))[0];
    if (twin && Math.abs(twin.at - card.at) < 2_000) overlay.push({ ...twin, at: card.at });
  }
  return { name: site.name, panel: matched, overlay, panelSeen: panelCards.length, overlaySeen: overlayCards.length, unmatched, panelFps };
}

/** Card painted minus the edit that decided it: the pipeline's latency, the budget's. */
const pipelineMs = (card: Measured): number => card.at - card.decidedFrom;
const latencies = (cards: readonly Measured[]): number[] => cards.map(pipelineMs);
/** Card painted minus the first edit that showed the quoted words: what a rep feels, words waited for included. */
const fromQuotedWords = (cards: readonly Measured[]): number[] => cards.map((c) => c.at - c.from);

export const latencyBenchmark: Benchmark = {
  name: 'latency',
  order: 20,
  async run() {
    // Latency is the pipeline's: the coach's own pacing (one card at a time, cooldowns, a per-minute limit) is
    // relaxed to its minimum. On Teams the captions show the rep's own display name: the rep gives it in
    // settings, as a user would.
    const candor = await candorAt(SPEED, { overlay: { enabled: true }, repNames: { teams: 'Sam Rivera' } } as never, { cooldownMs: 1_000, cardLifetimeMs: 1_000, maxCardsPerMinute: 20 });
    try {
      // One meeting tab for all three calls, and the panel in a window of its own, as the real side panel is
      // visible beside the call. A window opened after the panel's would hide it in headless Chromium and its
      // frames would be throttled to a few a second (the frame count below guards against that).
      const meeting = await newTab(candor.context);
      const panel = await openPanelWindow(candor, meeting, 900);
      await panel.waitForSelector('[data-testid="status-line"]');
      await panel.evaluate(WATCH(PANEL_ROOT));
      await panel.evaluate('globalThis.__benchFrames = 0; (function count() { globalThis.__benchFrames += 1; requestAnimationFrame(count); })()');
      const runs: SiteRun[] = [];
      for (const site of SITES) runs.push(await runSite(candor, panel, meeting, site));
      const throttled = runs.filter((r) => r.panelFps < MIN_PANEL_FPS);
      if (throttled.length > 0) throw new Error(`the panel's frames were throttled (${throttled.map((r) => `${r.name} ${r.panelFps.toFixed(0)} fps`).join(', ')}): latency would measure the throttling`);
      const allPanel = runs.flatMap((r) => r.panel);
      const allOverlay = runs.flatMap((r) => r.overlay);
      const perSite: Figure[] = runs.flatMap((r) =>
        (['side panel', 'overlay'] as const).flatMap((surface) => {
          const values = latencies(surface === 'side panel' ? r.panel : r.overlay);
          return [0.5, 0.95].map((q) => ({ name: `${r.name}: ${surface} p${q * 100} (${values.length} cards)`, value: round(quantile(values, q), 1), unit: 'ms' }));
        }),
      );
      return {
        name: 'latency',
        description: `caption DOM edit -> card painted, synthetic calls at speed ${SPEED}: ${SITES.map((s) => `${s.name} ${s.minutes} min`).join(', ')}`,
        figures: [
          ...stats('side panel', latencies(allPanel)),
          ...stats('overlay', latencies(allOverlay)),
          ...perSite,
          { name: 'side panel p95, from the quoted words first shown', value: round(quantile(fromQuotedWords(allPanel), 0.95), 1), unit: 'ms' },
          { name: 'cards that waited for a following word or the line\'s end', value: allPanel.filter((c) => c.decidedFrom > c.from).length, unit: 'cards' },
        ],
        notes: [
          ...runs.map((r) => `${r.name}: ${r.panelSeen} panel cards seen, ${r.unmatched} without a quote to match (call-level nudges) left out; ${r.overlaySeen} overlay cards seen; panel at ${r.panelFps.toFixed(0)} frames/s`),
          // The slowest cards say where a tail comes from without rerunning under a profiler.
          `slowest panel cards: ${slowest(allPanel, 3)}`,
        ],
      };
    } finally {
      await candor.close();
    }
  },
};

function slowest(cards: readonly Measured[], count: number): string {
  return [...cards]
    .sort((a, b) => pipelineMs(b) - pipelineMs(a))
    .slice(0, count)
    .map((c) => `${Math.round(pipelineMs(c))} ms "${c.title}" (${c.quote})`)
    .join('; ');
}
