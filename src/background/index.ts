/**
 * The service worker (Firefox: event page). It only wires listeners, synchronously at the top level as MV3
 * requires; every handler waits for one readiness promise, because Chrome stops this worker after ~30 s
 * without events and a restarted worker must first load the live calls from `storage.session`.
 */
import { CAPTIONS_PORT, PANEL_PORT, type PanelToBackground } from '../contracts/messages';
import { browser, chromeSidePanel, type Runtime } from '../platform/browser';
import { CallWriter } from '../storage/call-writer';
import { recordProblem } from '../storage/capture-problems';
import { deleteCallsStartedBefore, openCandorDb, type CandorDatabase } from '../storage/calls-db';
import { loadSides, parseSides, saveSide, SIDES_KEY, type ParticipantSides } from '../storage/participant-sides';
import { recordNotice } from '../storage/storage-notice';
import { deleteEverything } from '../storage/wipe';
import { callRecordOf, callView, followMode, movedWithClock, tickSession } from './call-session';
import { archiveChanges, handleCaptionPort } from './caption-ports';
import { ArchiveHealth } from './archive-health';
import { ContentPorts } from './content-ports';
import { archiveKeepingDeleted, deleteFromHistory } from './deleted-calls';
import { MeetingTabs } from './meeting-tabs';
import { commandForShortcut, handlePanelCommand, shortcutTarget } from './panel-commands';
import { PanelPorts } from './panel-ports';
import { SessionStore } from './session-store';
import { SettingsSource } from './settings-source';

/** Cards expire, monologues are noticed and the talk meter and disclosure reminder move on this beat while a call is live. */
const TICK_MS = 1_000;
const DAY_MS = 86_400_000;

let sides: ParticipantSides = {};
/** Tabs with a connected content script, and how many frames of each (Zoom runs in an iframe too). */
const coveredTabs = new Map<number, number>();
/** Tabs Candor has run in this browser session, kept across a reload of Candor (see meeting-tabs.ts). */
const meetingTabs = new MeetingTabs(browser.storage.local);
let db: Promise<CandorDatabase> | null = null;
// A Candor page that needs the database closed (delete everything, an upgrade) makes the worker let go of it.
const database = (): Promise<CandorDatabase> => (db ??= openCandorDb(undefined, () => (db = null)));
const source = new SettingsSource({ local: browser.storage.local, managed: browser.storage.managed, session: browser.storage.session });
const sessions = new SessionStore(browser.storage.session);
// The side panel tells the rep while the disk is full (the panel ports are made below, before any write).
const health = new ArchiveHealth(() => panels.changed());
const writer = new CallWriter(database, {
  liveCallIds: () => new Set(sessions.all().filter((state) => !state.ended).map((state) => state.callId)),
  // The user is told in the review page (and anywhere else that reads the notice); the rep also in the panel.
  onPruned: (callIds) => void recordNotice(browser.storage.local, 'pruned', callIds.length, Date.now()),
  onFailed: () => {
    health.failed();
    void recordNotice(browser.storage.local, 'failed', 0, Date.now());
  },
  onWritten: () => health.worked(),
});
/** Every write of a live call goes through here: a call the user deleted while it went on stays deleted. */
const archive = archiveKeepingDeleted(writer, sessions);
const tabs = new ContentPorts();
const panels = new PanelPorts(
  browser.runtime.getURL(''),
  () => {
    const now = Date.now();
    return {
      calls: sessions.all().map((state) => callView(state, source.settings, now, sides)),
      coveredTabs: [...coveredTabs.keys()],
      meetingTabs: meetingTabs.list(),
      storageFull: health.failing,
    };
  },
  (message) => runCommand(message),
);

/** The panel and every meeting tab learn what changed. */
function changed(): void {
  panels.changed();
  tabs.sync(sessions.all(), source.settings);
}

async function applyRetention(): Promise<void> {
  const { days } = source.settings.retention;
  if (days !== null) await deleteCallsStartedBefore(await database(), Date.now() - days * DAY_MS);
}

const ready: Promise<void> = (async () => {
  const [, , loadedSides] = await Promise.all([source.load(() => changed()), sessions.restore(), loadSides(browser.storage.local), meetingTabs.load()]);
  sides = loadedSides;
  void applyRetention().catch((error: unknown) => console.warn('[Candor] retention sweep failed', error));
})();

/** Remembers a participant's side; live calls with this person keep their sides in the archive too. */
async function setSide(name: string, side: 'ours' | 'theirs'): Promise<void> {
  sides = await saveSide(browser.storage.local, name, side);
  for (const state of sessions.all()) {
    if (!state.ended && state.participants.some((p) => p.name === name)) void archive.putCall(callRecordOf(state, source.settings, sides, null)).catch(() => undefined);
  }
}

/** Deletes everything stored. Calls still going on carry on: their earlier words are gone, what follows is stored anew. */
async function wipe(): Promise<void> {
  await db?.then((open) => open.close()).catch(() => undefined);
  db = null;
  await deleteEverything({ local: browser.storage.local, session: browser.storage.session });
  sides = {};
  for (const state of sessions.all()) {
    await sessions.set({ ...state, transcript: [], context: [], unfinished: [], bookmarks: 0, feedback: {} });
    if (!state.ended) await archive.putCall(callRecordOf(state, source.settings, sides, null));
  }
}

function runCommand(message: PanelToBackground): Promise<void> {
  return ready
    .then(() =>
      handlePanelCommand(message, {
        sessions,
        settings: source,
        database,
        changed,
        now: Date.now,
        setSide,
        deleteEverything: wipe,
        deleteCall: (callId) => deleteFromHistory(callId, { sessions, writer, database }),
      }),
    )
    .catch((error: unknown) => console.error('[Candor] could not run a panel command', error));
}

function setCovered(tabId: number, live: boolean): void {
  const frames = (coveredTabs.get(tabId) ?? 0) + (live ? 1 : -1);
  if (frames > 0) coveredTabs.set(tabId, frames);
  else coveredTabs.delete(tabId);
  // A script that leaves while this worker lives left with its page (navigated, reloaded, closed).
  if (frames > 0) meetingTabs.add(tabId);
  else meetingTabs.remove(tabId);
  panels.changed();
}

let ticker: ReturnType<typeof setInterval> | null = null;
/** When the last tick ran: what the panel shows is compared between then and now, so no change falls between ticks. */
let lastTick = 0;
function ensureTicker(): void {
  if (ticker !== null) return;
  lastTick = Date.now();
  ticker = setInterval(() => {
    const live = sessions.all().filter((state) => !state.ended);
    if (live.length === 0 && ticker !== null) {
      clearInterval(ticker);
      ticker = null;
      return;
    }
    const now = Date.now();
    const then = lastTick;
    lastTick = now;
    let any = false;
    for (const state of live) {
      const next = tickSession(state, source.settings, now);
      if (next !== state) {
        void sessions.set(next);
        // Time-raised cards (monologue, talk share) are archived like the others; storage never stops the tick.
        for (const write of archiveChanges(state, next, { writer: archive, settings: () => source.settings, sides: () => sides })) void write.catch(() => undefined);
      }
      // A card changed, or in a silence the talk meter's figure or the disclosure reminder moved with the clock
      // alone; a second that changed nothing the panel shows sends it nothing.
      if (next.updatedAt !== state.updatedAt || movedWithClock(next, source.settings, then, now)) any = true;
    }
    if (any) changed();
  }, TICK_MS);
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name === CAPTIONS_PORT) {
    // Synchronously, not after `ready`: the tab's first messages follow the connection at once (see caption-ports.ts).
    handleCaptionPort(port, {
      ready,
      extensionId: browser.runtime.id,
      version: browser.runtime.getManifest().version,
      problem: (problem) => recordProblem(browser.storage.local, problem),
      sessions,
      writer: archive,
      settings: () => source.settings,
      sides: () => sides,
      covered: setCovered,
      changed: () => {
        ensureTicker();
        changed();
      },
      now: Date.now,
      attach: (tabId, tabPort) => tabs.attach(tabId, tabPort),
    });
    return;
  }
  void ready.then(() => {
    if (port.name === PANEL_PORT) panels.accept(port);
    else port.disconnect();
  });
});

// A command from a Candor page that waits for it to be done (the review page deleting a call).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => panels.request(message, sender));

// A settings change (options page, managed policy, feedback counts) takes effect in running calls at once.
browser.storage.onChanged.addListener((changes, area) => {
  const sidesChange = area === 'local' ? changes[SIDES_KEY] : undefined;
  if (sidesChange) {
    sides = parseSides(sidesChange.newValue);
    panels.changed();
  }
  void ready.then(async () => {
    if (!(await source.changed(changes, area))) return;
    // Set off (or on again): live calls note when, so what the tabs send before they hear keeps no later words.
    const now = Date.now();
    for (const state of sessions.all()) {
      const next = followMode(state, source.settings, now);
      if (next !== state) void sessions.set(next);
    }
    changed();
  });
});

// Keyboard shortcuts (manifest `commands`): the same commands the panel's buttons send, for the call the rep
// sees: the one the side panel in the focused window shows, as the panel told (panel-ports.ts `shownIn`).
browser.commands.onCommand.addListener((name) => {
  void ready.then(async () => {
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    const target = shortcutTarget(sessions.all(), active?.id ?? null, panels.shownIn(active?.windowId ?? null));
    const command = commandForShortcut(name, target, source.settings);
    if (command) await runCommand(command);
  });
});

// A closed tab ends its call; what it said is already stored.
browser.tabs.onRemoved.addListener((tabId) => {
  void ready.then(async () => {
    meetingTabs.remove(tabId);
    const state = sessions.get(tabId);
    if (!state) return;
    if (!state.ended) {
      await archive.putCall(callRecordOf(state, source.settings, sides, Date.now())).catch(() => undefined);
    }
    await sessions.delete(tabId);
    changed();
  });
});

// Tab ids start again with the browser: yesterday's meeting tabs are not today's.
browser.runtime.onStartup.addListener(() => {
  void ready.then(() => meetingTabs.clear());
});

// The toolbar button opens the side panel (Chrome/Edge); Firefox opens its sidebar from the button itself.
void chromeSidePanel()?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
if (!chromeSidePanel()) {
  browser.action.onClicked.addListener(() => void browser.sidebarAction?.open());
}
