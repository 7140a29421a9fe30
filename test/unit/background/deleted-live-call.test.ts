/**
 * A call the user deletes from the review page while it is still going on stays deleted: the worker goes on
 * coaching it, but stores nothing more of it, not the next line said, not a new participant, not its end.
 * (It used to write the call back when the call ended, holding only what was said after the delete.)
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { handleCaptionPort } from '../../../src/background/caption-ports';
import { archiveKeepingDeleted, deleteFromHistory } from '../../../src/background/deleted-calls';
import { handlePanelCommand } from '../../../src/background/panel-commands';
import { PanelPorts } from '../../../src/background/panel-ports';
import { SessionStore } from '../../../src/background/session-store';
import type { SettingsSource } from '../../../src/background/settings-source';
import type { ContentToBackground } from '../../../src/contracts/messages';
import type { Runtime } from '../../../src/platform/browser';
import { listCalls, readCallBundle } from '../../../src/storage/call-archive';
import { CallWriter } from '../../../src/storage/call-writer';
import { openCandorDb } from '../../../src/storage/calls-db';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';
import { memorySessionArea } from './memory-session-area';

const EXTENSION_ID = 'candor';
const ORIGIN = 'chrome-extension://candor/';
const MEETING = 'https://meet.google.com/abc-defg-hij';
const CALL = 'google-meet-abc-1';

/** The meeting tab's end of its captions port: what it sends, and the utterances the worker acknowledged. */
function meetingTab(deps: Parameters<typeof handleCaptionPort>[1]) {
  const listeners: Array<(message: unknown) => void> = [];
  const acked: string[] = [];
  const port = {
    name: 'captions',
    sender: { id: EXTENSION_ID, url: MEETING, tab: { id: 7, windowId: 1, url: MEETING } },
    postMessage: (message: { type: string; acked?: Array<{ id: string }> }) => {
      if (message.type === 'ack') acked.push(...(message.acked ?? []).map((a) => a.id));
    },
    disconnect: () => undefined,
    onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: () => undefined },
  };
  handleCaptionPort(port as unknown as Runtime.Port, deps);
  const send = (message: ContentToBackground) => listeners.forEach((listener) => listener(message));
  const say = (id: string, speaker: string, text: string, at: number) =>
    send({ type: 'utterance', callId: CALL, utterance: { id, speaker, isSelf: speaker === 'You', text, start: at, end: at + 2_000, final: true, revision: 1 } });
  return { send, say, acked };
}

/** A worker with a live call on tab 7; given the storage.session of one stopped before, it restarts from there. */
async function liveCall(dbName: string, area = memorySessionArea()) {
  const db = openCandorDb(dbName);
  const database = () => db;
  const sessions = new SessionStore(area);
  await sessions.restore();
  const writer = new CallWriter(database);
  const settings = { settings: DEFAULT_SETTINGS, countFeedback: async () => undefined } as unknown as SettingsSource;
  const tab = meetingTab({
    ready: Promise.resolve(),
    extensionId: EXTENSION_ID,
    version: '0.0.0',
    sessions,
    writer: archiveKeepingDeleted(writer, sessions),
    settings: () => DEFAULT_SETTINGS,
    sides: () => ({}),
    covered: () => undefined,
    problem: async () => undefined,
    changed: () => undefined,
    now: Date.now,
  });
  // The review page asks the worker on its own (runtime.sendMessage), as the worker's wiring does.
  const panels = new PanelPorts(ORIGIN, () => ({ calls: [], coveredTabs: [], meetingTabs: [], storageFull: false }), (message) =>
    handlePanelCommand(message, {
      sessions,
      settings,
      database,
      changed: () => undefined,
      now: Date.now,
      setSide: async () => undefined,
      deleteEverything: async () => undefined,
      deleteCall: (callId) => deleteFromHistory(callId, { sessions, writer, database }),
    }),
  );
  tab.send({ type: 'call-hello', callId: CALL, site: 'google-meet', startedAt: 1_000, meetingCode: 'abc-defg-hij' });
  return { db, tab, panels, area };
}

const REVIEW_PAGE = { id: EXTENSION_ID, url: `${ORIGIN}src/ui/review/index.html?call=${CALL}` };

describe('a call deleted from the review page while it goes on', () => {
  it('does not come back with what was said after, a new participant or the end of the call', async () => {
    const { db, tab, panels } = await liveCall('deleted-live-call');
    tab.say('u1', 'You', 'Thanks for joining today.', 1_000);
    tab.say('u2', 'Dana', "Honestly that's way too expensive for us.", 4_000);
    await vi.waitFor(() => expect(tab.acked).toEqual(['u1', 'u2']));
    expect((await readCallBundle(await db, CALL))?.utterances).toHaveLength(2);

    await panels.request({ type: 'delete-call', callId: CALL }, REVIEW_PAGE);
    expect(await readCallBundle(await db, CALL)).toBeNull();

    tab.say('u3', 'Priya', 'We mostly use spreadsheets today.', 8_000);
    tab.say('u4', 'Dana', "Still, that's too expensive.", 11_000);
    tab.send({ type: 'call-ended', callId: CALL, at: 20_000 });
    // The tab is told they are stored all the same: it must not resend them for ever.
    await vi.waitFor(() => expect(tab.acked).toEqual(['u1', 'u2', 'u3', 'u4']));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readCallBundle(await db, CALL)).toBeNull();
    expect(await listCalls(await db)).toEqual([]);
  });

  it('stays deleted when the worker was stopped and started again meanwhile', async () => {
    const { db, tab, panels, area } = await liveCall('deleted-then-restart');
    tab.say('u1', 'You', 'Thanks for joining today.', 1_000);
    await vi.waitFor(() => expect(tab.acked).toEqual(['u1']));
    await panels.request({ type: 'delete-call', callId: CALL }, REVIEW_PAGE);
    // Chrome stops the worker; the tab reconnects to a new one, says hello again and carries on.
    const restarted = await liveCall('deleted-then-restart', area);
    restarted.tab.say('u2', 'Dana', 'We mostly use spreadsheets today.', 8_000);
    restarted.tab.send({ type: 'call-ended', callId: CALL, at: 20_000 });
    await vi.waitFor(() => expect(restarted.tab.acked).toEqual(['u2']));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await listCalls(await db)).toEqual([]);
  });

  it('takes the delete only from a Candor page', async () => {
    const { db, tab, panels } = await liveCall('deleted-live-call-web');
    tab.say('u1', 'You', 'Thanks for joining today.', 1_000);
    await vi.waitFor(() => expect(tab.acked).toEqual(['u1']));
    const contentScript = { id: EXTENSION_ID, url: MEETING, tab: { url: MEETING } } as Runtime.MessageSender;
    expect(panels.request({ type: 'delete-call', callId: CALL }, contentScript)).toBeUndefined();
    expect((await readCallBundle(await db, CALL))?.utterances).toHaveLength(1);
  });
});
