/**
 * Plays a replay into a routed meeting page with Candor loaded, and reads back what Candor made of it: the
 * side panel as a user sees it, and the utterances stored in the extension's own IndexedDB.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { expandReplay } from '../../src/replay/expand';
import { parseReplay, type LowLevelEvent, type Replay } from '../../src/replay/replay-schema';
import { newTab, type CandorBrowser } from './chromium';

export interface LoadedReplay {
  replay: Replay;
  events: LowLevelEvent[];
}

export function loadReplay(path: string): LoadedReplay {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not readable JSON (${(error as Error).message})`);
  }
  const replay = parseReplay(json, path);
  return { replay, events: expandReplay(replay) };
}

export const PANEL_PATH = 'src/ui/sidepanel/index.html';

/** The side panel page, opened as a tab (a test cannot click the toolbar button). */
export async function openPanel(candor: CandorBrowser): Promise<Page> {
  const panel = await newTab(candor.context);
  await panel.goto(`chrome-extension://${candor.extensionId}/${PANEL_PATH}`);
  return panel;
}

/**
 * The side panel page in a narrow window of its own at the right of the screen, so a person watching the demo
 * sees the meeting and the panel side by side.
 */
export async function openPanelWindow(candor: CandorBrowser, from: Page, left: number): Promise<Page> {
  const cdp = await candor.context.newCDPSession(from);
  const opened = candor.context.waitForEvent('page');
  await cdp.send('Target.createTarget', {
    url: `chrome-extension://${candor.extensionId}/${PANEL_PATH}`,
    newWindow: true,
    left,
    top: 0,
    width: 420,
    height: 800,
  });
  const panel = await opened;
  await panel.waitForLoadState();
  return panel;
}

export async function openMeeting(candor: CandorBrowser, url: string): Promise<Page> {
  const page = await newTab(candor.context);
  await goToMeeting(page, url);
  return page;
}

/** Navigates a tab to a routed meeting URL and waits until the simulated site can take caption edits. */
export async function goToMeeting(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => '__candorSim' in window);
}

/** Plays the edits in the page at `speed` times real time and waits until the last one is applied. */
export async function play(page: Page, events: readonly LowLevelEvent[], speed: number): Promise<void> {
  await page.evaluate(
    async ({ events: edits, speed: factor }) => {
      const sim = (window as unknown as { __candorSim: { play(e: unknown[], s: number): Promise<void> } }).__candorSim;
      await sim.play(edits, factor);
    },
    { events: [...events], speed },
  );
}

/**
 * Zoom's web client as it is really laid out: the /wc/ page holds the meeting client in a same-origin
 * `iframe#webclient` (reference/captions.md, Zoom), so Candor's content script runs in both frames of the tab.
 * The outer page is served here; the frame gets the simulated client. Returns the tab and the client frame
 * (drive it with `applyEdit`).
 */
export async function openZoomWebClient(candor: CandorBrowser, url: string): Promise<{ page: Page; client: Frame }> {
  const page = await newTab(candor.context);
  const clientUrl = new URL('webclient', url.endsWith('/') ? url : `${url}/`).href;
  // A page route wins over the context's meeting routes, for this one address only.
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Zoom</title><style>body{margin:0}iframe{border:0;width:100vw;height:100vh}</style></head>
<body><iframe id="webclient" src="${clientUrl}"></iframe></body></html>`,
    }),
  );
  // goto resolves on the outer page's load event, which waits for its frame.
  await page.goto(url);
  const client = page.frames().find((frame) => frame.url() === clientUrl);
  if (!client) throw new Error(`no Zoom client frame at ${clientUrl}`);
  await client.waitForFunction(() => '__candorSim' in window);
  return { page, client };
}

/** Applies one caption edit to the simulated page (or the frame holding it) at once, for tests that script a moment by hand. */
export async function applyEdit(page: Page | Frame, event: LowLevelEvent): Promise<void> {
  await page.evaluate((edit) => (window as unknown as { __candorSim: { apply(e: unknown): void } }).__candorSim.apply(edit), event);
}

export interface CapturedUtterance {
  speaker: string | null;
  role: string;
  text: string;
  start: number;
  end: number;
  final: boolean;
  callId: string;
}

/** Every row of one of Candor's IndexedDB stores (`calls`, `utterances`, ...), as stored; none before the database exists. */
export async function storedRows<Row>(extensionPage: Page, store: string): Promise<Row[]> {
  const rows = await extensionPage.evaluate(async (name) => {
    // Never create Candor's database from here: an empty one would stop the extension's own schema upgrade.
    if (!(await indexedDB.databases()).some((info) => info.name === 'candor')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('candor');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
  return rows as Row[];
}

/** Reads every stored utterance from Candor's IndexedDB, in the order they were spoken. */
export async function storedUtterances(extensionPage: Page): Promise<CapturedUtterance[]> {
  const rows = await storedRows<CapturedUtterance>(extensionPage, 'utterances');
  return rows
    .sort((a, b) => a.start - b.start)
    .map(({ speaker, role, text, start, end, final, callId }) => ({ speaker, role, text, start, end, final, callId }));
}
