/**
 * The built extension in real Chromium on a routed Google Meet call: captions in, nudges out in the real side
 * panel, utterances in the real IndexedDB. Time is compressed (see test/harness/settings.ts).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReplay, openMeeting, play, storedUtterances } from '../harness/call';
import type { CandorBrowser } from '../harness/chromium';
import type { RequestLog } from '../harness/meeting-routes';
import { seenCards, statusText } from '../harness/panel-watch';
import { settingsForSpeed } from '../harness/settings';
import { startCandor } from '../harness/session';
import { capturedWords, spokenWords } from '../harness/words';

const SPEED = 6;
const replays = resolve(import.meta.dirname, '../replays');

let candor: CandorBrowser;
let requests: RequestLog;
let panel: Page;

beforeAll(async () => {
  ({ candor, panel, requests } = await startCandor(settingsForSpeed(SPEED)));
});

afterAll(async () => {
  await candor?.close();
});

describe('a Google Meet sales call, end to end', () => {
  it('shows the panel idle before the call', async () => {
    expect(await statusText(panel)).toBe('Not in a call');
  });

  it('coaches the call: nudges appear in order as the moments happen', async () => {
    const { replay, events } = loadReplay(resolve(replays, 'meet-sales-demo.json'));
    const meeting = await openMeeting(candor, replay.meetingUrl);
    await play(meeting, events.filter((event) => event.op !== 'leave'), SPEED);
    await panel.waitForTimeout(1_000);
    expect(await statusText(panel)).toBe('Listening on Google Meet');

    const nudges = (await seenCards(panel)).map((card) => card.nudge);
    // The moments of the demo, in the order they happen (see the replay's description).
    const expected = ['stop-pitching', 'validate-objection', 'ask-about-alternative', 'find-the-concern'];
    const firstSeen = expected.map((nudge) => nudges.indexOf(nudge));
    expect(firstSeen.every((index) => index >= 0), `nudges seen: ${nudges.join(', ')}`).toBe(true);
    expect([...firstSeen].sort((a, b) => a - b)).toEqual(firstSeen);

    await play(meeting, events.filter((event) => event.op === 'leave').map((event) => ({ ...event, t: 0 })), 1);
    await expect.poll(() => statusText(panel), { timeout: 5_000 }).toBe('Call ended on Google Meet');
    // The ended call offers its review.
    expect(await panel.getByTestId('review-this-call').getAttribute('href')).toMatch(/^\.\.\/review\/index\.html\?call=google-meet-/u);
    await meeting.close();
  });

  it('stored every word once, with the rep and the buyer told apart', async () => {
    const { events } = loadReplay(resolve(replays, 'meet-sales-demo.json'));
    // The last versions are written in the worker's next batch after the call ended.
    await expect.poll(async () => (await storedUtterances(panel)).every((u) => u.final), { timeout: 5_000 }).toBe(true);
    const utterances = await storedUtterances(panel);
    expect(utterances.length).toBeGreaterThan(10);
    expect(new Set(utterances.map((u) => u.role))).toEqual(new Set(['rep', 'prospect']));
    expect(utterances.filter((u) => u.speaker === 'You').every((u) => u.role === 'rep')).toBe(true);
    expect(capturedWords(utterances)).toEqual(spokenWords(events, 'You'));
  });

  it('stays silent through neutral talk', async () => {
    const before = (await seenCards(panel)).length;
    const { replay, events } = loadReplay(resolve(replays, 'meet-neutral.json'));
    const meeting = await openMeeting(candor, replay.meetingUrl);
    await play(meeting, events, SPEED);
    await panel.waitForTimeout(1_000);
    const after = await seenCards(panel);
    expect(after.slice(before).map((card) => card.title)).toEqual([]);
    await meeting.close();
  });

  it('made no network request from any Candor context', () => {
    expect(requests.outside).toEqual([]);
  });
});
