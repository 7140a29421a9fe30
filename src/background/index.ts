/**
 * The service worker (Firefox: event page). It only wires listeners, synchronously at the top level as MV3
 * requires; every handler waits for one readiness promise, because Chrome stops this worker after ~30 s
 * without events and a restarted worker must first load the live calls from `storage.session`.
 */
import { CAPTIONS_PORT, PANEL_PORT } from '../contracts/messages';
import { browser, chromeSidePanel } from '../platform/browser';
import { CallWriter } from '../storage/call-writer';
import { recordProblem } from '../storage/capture-problems';
import { openCandorDb, type CandorDatabase } from '../storage/calls-db';
import { loadSides, parseSides, saveSide, SIDES_KEY, type ParticipantSides } from '../storage/participant-sides';
import { recordNotice } from '../storage/storage-notice';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY, parseSettings, type Settings } from '../storage/settings';
import { callRecordOf, callView, tickSession } from './call-session';
import { archiveChanges, handleCaptionPort } from './caption-ports';
import { PanelPorts } from './panel-ports';
import { SessionStore } from './session-store';

/** Cards expire and monologues are noticed on this beat while a call is live. */
const TICK_MS = 1_000;

let settings: Settings = DEFAULT_SETTINGS;
let sides: ParticipantSides = {};
/** Tabs with a connected content script, and how many frames of each (Zoom runs in an iframe too). */
const coveredTabs = new Map<number, number>();
let db: Promise<CandorDatabase> | null = null;
const database = (): Promise<CandorDatabase> => (db ??= openCandorDb());
const sessions = new SessionStore(browser.storage.session);
const writer = new CallWriter(database, {
  liveCallIds: () => new Set(sessions.all().filter((state) => !state.ended).map((state) => state.callId)),
  // The user is told in the review page (and anywhere else that reads the notice).
  onPruned: (callIds) => void recordNotice(browser.storage.local, 'pruned', callIds.length, Date.now()),
  onFailed: () => void recordNotice(browser.storage.local, 'failed', 0, Date.now()),
});
const panels = new PanelPorts(
  browser.runtime.getURL(''),
  () => {
    const now = Date.now();
    return { calls: sessions.all().map((state) => callView(state, settings, now, sides)), coveredTabs: [...coveredTabs.keys()] };
  },
  async (command) => {
    // The only command so far; the storage change below refreshes the panel.
    sides = await saveSide(browser.storage.local, command.name, command.side);
    // Live calls with this person keep their sides in the archive too.
    for (const state of sessions.all()) {
      if (!state.ended && state.participants.some((p) => p.name === command.name)) void writer.putCall(callRecordOf(state, settings, sides, null)).catch(() => undefined);
    }
    panels.changed();
  },
);

const ready: Promise<void> = (async () => {
  const [loadedSettings, loadedSides] = await Promise.all([loadSettings(browser.storage.local), loadSides(browser.storage.local), sessions.restore()]);
  settings = loadedSettings;
  sides = loadedSides;
})();

function setCovered(tabId: number, live: boolean): void {
  const frames = (coveredTabs.get(tabId) ?? 0) + (live ? 1 : -1);
  if (frames > 0) coveredTabs.set(tabId, frames);
  else coveredTabs.delete(tabId);
  panels.changed();
}

let ticker: ReturnType<typeof setInterval> | null = null;
function ensureTicker(): void {
  ticker ??= setInterval(() => {
    const live = sessions.all().filter((state) => !state.ended);
    if (live.length === 0 && ticker !== null) {
      clearInterval(ticker);
      ticker = null;
      return;
    }
    const now = Date.now();
    for (const state of live) {
      const next = tickSession(state, settings, now);
      if (next === state) continue;
      void sessions.set(next);
      // Time-raised cards (monologue, talk share) are archived like the others; storage never stops the tick.
      for (const write of archiveChanges(state, next, { writer, settings: () => settings, sides: () => sides })) void write.catch(() => undefined);
      if (next.updatedAt !== state.updatedAt) panels.changed();
    }
  }, TICK_MS);
}

browser.runtime.onConnect.addListener((port) => {
  void ready.then(() => {
    if (port.name === CAPTIONS_PORT) {
      handleCaptionPort(port, {
        extensionId: browser.runtime.id,
        version: browser.runtime.getManifest().version,
        problem: (problem) => recordProblem(browser.storage.local, problem),
        sessions,
        writer,
        settings: () => settings,
        sides: () => sides,
        covered: setCovered,
        changed: () => {
          ensureTicker();
          panels.changed();
        },
        now: Date.now,
      });
    } else if (port.name === PANEL_PORT) {
      panels.accept(port);
    } else {
      port.disconnect();
    }
  });
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  const settingsChange = changes[SETTINGS_KEY];
  if (settingsChange) settings = parseSettings(settingsChange.newValue);
  const sidesChange = changes[SIDES_KEY];
  if (sidesChange) sides = parseSides(sidesChange.newValue);
  if (settingsChange || sidesChange) panels.changed();
});

// A closed tab ends its call; what it said is already stored.
browser.tabs.onRemoved.addListener((tabId) => {
  void ready.then(async () => {
    const state = sessions.get(tabId);
    if (!state) return;
    if (!state.ended) {
      await writer.putCall(callRecordOf(state, settings, sides, Date.now())).catch(() => undefined);
    }
    await sessions.delete(tabId);
    panels.changed();
  });
});

// The toolbar button opens the side panel (Chrome/Edge); Firefox opens its sidebar from the button itself.
void chromeSidePanel()?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
if (!chromeSidePanel()) {
  browser.action.onClicked.addListener(() => void browser.sidebarAction?.open());
}
