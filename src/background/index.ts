/**
 * The service worker (Firefox: event page). It only wires listeners, synchronously at the top level as MV3
 * requires; every handler waits for one readiness promise, because Chrome stops this worker after ~30 s
 * without events and a restarted worker must first load the live calls from `storage.session`.
 */
import { CAPTIONS_PORT, PANEL_PORT } from '../contracts/messages';
import { browser, chromeSidePanel } from '../platform/browser';
import { CallWriter } from '../storage/call-writer';
import { openCandorDb, type CandorDatabase } from '../storage/calls-db';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY, parseSettings, type Settings } from '../storage/settings';
import { callView, tickSession } from './call-session';
import { handleCaptionPort } from './caption-ports';
import { PanelPorts } from './panel-ports';
import { SessionStore } from './session-store';

/** Cards expire and monologues are noticed on this beat while a call is live. */
const TICK_MS = 1_000;

let settings: Settings = DEFAULT_SETTINGS;
let db: Promise<CandorDatabase> | null = null;
const database = (): Promise<CandorDatabase> => (db ??= openCandorDb());
const sessions = new SessionStore(browser.storage.session);
const writer = new CallWriter(database);
const panels = new PanelPorts(browser.runtime.getURL(''), () => {
  const now = Date.now();
  return sessions.all().map((state) => callView(state, settings, now));
});

const ready: Promise<void> = (async () => {
  const [loaded] = await Promise.all([loadSettings(browser.storage.local), sessions.restore()]);
  settings = loaded;
})();

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
      if (next.updatedAt !== state.updatedAt) panels.changed();
    }
  }, TICK_MS);
}

browser.runtime.onConnect.addListener((port) => {
  void ready.then(() => {
    if (port.name === CAPTIONS_PORT) {
      handleCaptionPort(port, {
        extensionId: browser.runtime.id,
        sessions,
        writer,
        settings: () => settings,
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
  const change = changes[SETTINGS_KEY];
  if (area === 'local' && change) settings = parseSettings(change.newValue);
});

// A closed tab ends its call; what it said is already stored.
browser.tabs.onRemoved.addListener((tabId) => {
  void ready.then(async () => {
    const state = sessions.get(tabId);
    if (!state) return;
    if (!state.ended) {
      await writer.putCall({ callId: state.callId, site: state.site, meetingCode: state.meetingCode, startedAt: state.startedAt, endedAt: Date.now() });
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
