/**
 * What must not break a call: Chrome stopping the service worker mid-call, two meetings in two tabs, captions
 * switched off and on. Each runs the built extension at a real meeting URL.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LowLevelEvent } from '../../src/replay/replay-schema';
import { applyEdit, loadReplay, openMeeting, play, storedUtterances } from '../harness/call';
import type { CandorBrowser } from '../harness/chromium';
import { seenCards, statusText } from '../harness/panel-watch';
import { settingsForSpeed } from '../harness/settings';
import { startCandor } from '../harness/session';
import { waitUntil } from '../harness/wait';
import { capturedWords, spokenWords } from '../harness/words';

const SPEED = 6;
const replays = resolve(import.meta.dirname, '../replays');

let candor: CandorBrowser;
let panel: Page;

beforeAll(async () => {
  ({ candor, panel } = await startCandor(settingsForSpeed(SPEED)));
});

afterAll(async () => {
  await candor?.close();
});

/** Stops every service worker the way Chrome does after 30 s idle: its memory is gone, the next event restarts it. */
async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

function splitAt(events: LowLevelEvent[], fraction: number): [LowLevelEvent[], LowLevelEvent[]] {
  const cut = (events.at(-1)?.t ?? 0) * fraction;
  const first = events.filter((event) => event.t <= cut);
  const rest = events.slice(first.length).map((event) => ({ ...event, t: event.t - cut }));
  return [first, rest];
}

async function callIdsNow(): Promise<Set<string>> {
  return new Set((await storedUtterances(panel)).map((u) => u.callId));
}

describe('the service worker stopped mid-call', () => {
  it('loses and duplicates nothing, and the panel reconnects and keeps coaching', async () => {
    const before = await callIdsNow();
    const { replay, events } = loadReplay(resolve(replays, 'meet-sales-demo.json'));
    const meeting = await openMeeting(candor, replay.meetingUrl);
    const [first, rest] = splitAt(events, 0.55);
    await play(meeting, first, SPEED);
    const cardsBeforeStop = (await seenCards(panel)).length;

    await stopServiceWorker(panel);
    await play(meeting, rest, SPEED);
    await waitUntil(async () => (await statusText(panel)) === 'Call ended on Google Meet', 'the call to end in the panel');

    const fresh = async () => (await storedUtterances(panel)).filter((u) => !before.has(u.callId));
    await waitUntil(async () => (await fresh()).every((u) => u.final), 'the final versions to be stored');
    const stored = await fresh();
    expect(new Set(stored.map((u) => u.callId)).size).toBe(1);
    expect(capturedWords(stored)).toEqual(spokenWords(events, 'You'));
    // Cards kept coming after the restart (the competitor and the stall come late in the call).
    const after = (await seenCards(panel)).slice(cardsBeforeStop).map((card) => card.nudge);
    expect(after).toContain('find-the-concern');
    await meeting.close();
  });
});

describe('two meetings in two tabs', () => {
  it('keeps two separate calls with no crossed transcripts', async () => {
    const before = await callIdsNow();
    const sales = loadReplay(resolve(replays, 'zoom-discovery.json'));
    const neutral = loadReplay(resolve(replays, 'meet-neutral.json'));
    const [zoomTab, meetTab] = await Promise.all([openMeeting(candor, sales.replay.meetingUrl), openMeeting(candor, neutral.replay.meetingUrl)]);
    await Promise.all([play(zoomTab, sales.events, SPEED), play(meetTab, neutral.events, SPEED)]);
    const fresh = async () => (await storedUtterances(panel)).filter((u) => !before.has(u.callId));
    await waitUntil(async () => (await fresh()).every((u) => u.final) && new Set((await fresh()).map((u) => u.callId)).size === 2, 'both calls stored');
    const stored = await fresh();
    const zoomCall = stored.filter((u) => u.callId.startsWith('zoom-'));
    const meetCall = stored.filter((u) => u.callId.startsWith('google-meet-'));
    expect(capturedWords(meetCall)).toEqual(spokenWords(neutral.events, 'You'));
    expect(capturedWords(zoomCall)).toEqual(spokenWords(sales.events, 'Sam Rivera'));
    await Promise.all([zoomTab.close(), meetTab.close()]);
  });
});

describe('captions switched off and on', () => {
  it('says "Captions are off" within two seconds, and resumes listening when they are back', async () => {
    const meeting = await openMeeting(candor, 'https://meet.google.com/off-onof-fon');
    const apply = (event: LowLevelEvent) => applyEdit(meeting, event);
    await apply({ t: 0, op: 'captions', on: true });
    await apply({ t: 0, op: 'show', block: 'b1', speaker: 'Dana Whitfield', text: 'Can everyone see my screen?' });
    await waitUntil(async () => (await statusText(panel)) === 'Listening on Google Meet', 'listening');
    await apply({ t: 0, op: 'captions', on: false });
    const offAt = Date.now();
    await waitUntil(async () => (await statusText(panel)).startsWith('Captions are off: press C'), 'captions off in the panel', 2_000);
    expect(Date.now() - offAt).toBeLessThan(2_000);
    await apply({ t: 0, op: 'captions', on: true });
    await waitUntil(async () => (await statusText(panel)) === 'Listening on Google Meet', 'listening again', 2_000);
    await apply({ t: 0, op: 'leave' });
    await meeting.close();
  });
});
