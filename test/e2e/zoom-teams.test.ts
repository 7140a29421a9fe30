/**
 * Zoom's web client and Teams on the web, each at its real URL with the built extension: names recovered or
 * cleaned, captions toggled and the caption region re-created mid-call, and still every word stored once.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LowLevelEvent } from '../../src/replay/replay-schema';
import { applyEdit, loadReplay, openMeeting, openZoomWebClient, play, storedUtterances, type CapturedUtterance } from '../harness/call';
import { stopServiceWorker, type CandorBrowser } from '../harness/chromium';
import { seenCards, statusText } from '../harness/panel-watch';
import { settingsForSpeed } from '../harness/settings';
import { startCandor } from '../harness/session';
import { waitUntil } from '../harness/wait';
import { capturedWords, spokenWords } from '../harness/words';

const SPEED = 4;
const SELF = 'Sam Rivera';

let candor: CandorBrowser;
let panel: Page;

beforeAll(async () => {
  // On Teams the captions show the rep's own display name; the rep says which it is in the settings.
  ({ candor, panel } = await startCandor(settingsForSpeed(SPEED, { repNames: { teams: SELF } })));
});

afterAll(async () => {
  await candor?.close();
});

interface CallResult {
  nudges: string[];
  utterances: CapturedUtterance[];
  statuses: string[];
}

/** Plays one replay as a whole call and returns what the panel showed and what was stored for that call. */
async function callOn(file: string): Promise<CallResult & { events: ReturnType<typeof loadReplay>['events'] }> {
  const { replay, events } = loadReplay(resolve(import.meta.dirname, '../replays', file));
  const cardsBefore = (await seenCards(panel)).length;
  const callsBefore = new Set((await storedUtterances(panel)).map((u) => u.callId));
  const statuses: string[] = [];
  const watch = setInterval(() => void statusText(panel).then((text) => statuses.at(-1) !== text && statuses.push(text)).catch(() => undefined), 100);
  const meeting = await openMeeting(candor, replay.meetingUrl);
  await play(meeting, events, SPEED);
  await waitUntil(async () => (await statusText(panel)).startsWith('Call ended on '), 'the panel to show the call ended');
  clearInterval(watch);
  const fresh = async () => (await storedUtterances(panel)).filter((u) => !callsBefore.has(u.callId));
  await waitUntil(async () => (await fresh()).every((u) => u.final), 'the last utterances to be stored final');
  await meeting.close();
  return { nudges: (await seenCards(panel)).slice(cardsBefore).map((card) => card.nudge), utterances: await fresh(), statuses, events };
}

describe('Zoom web client', () => {
  let call: Awaited<ReturnType<typeof callOn>>;
  beforeAll(async () => {
    call = await callOn('zoom-discovery.json');
  });

  it('stores every word once despite rolling captions, a captions toggle that replays old lines, and a re-mounted overlay', () => {
    expect(capturedWords(call.utterances)).toEqual(spokenWords(call.events, SELF));
  });

  it('names the speakers from the participants panel and knows the local user is the rep', () => {
    expect(new Set(call.utterances.map((u) => u.speaker))).toEqual(new Set(['Dana Whitfield', SELF]));
    expect(call.utterances.filter((u) => u.speaker === SELF).every((u) => u.role === 'rep')).toBe(true);
    expect(call.utterances.filter((u) => u.speaker !== SELF).every((u) => u.role === 'prospect')).toBe(true);
  });

  it('coached the price objection and the competitor', () => {
    expect(call.nudges).toContain('validate-objection');
    expect(call.nudges).toContain('ask-about-alternative');
  });

  it('told the rep when captions were off, with Zoom\'s own way to turn them on', () => {
    expect(call.statuses).toContain('Listening on Zoom');
    expect(call.statuses).toContain('Captions are off: click Show Captions (CC) in the Zoom toolbar; the host must allow captions');
  });
});

describe("Zoom's meeting client in its iframe, with Candor in both frames of the tab", () => {
  // The outer page's script never joins a call but keeps a connection open too. Its reconnections back off
  // (nothing acknowledges it), so after the worker has restarted twice it reconnected last, and the worker
  // sent the tab's pause and overlay state to it instead of to the frame that reads the captions.
  it('still stops capturing when paused after the worker restarted twice', async () => {
    const { page, client } = await openZoomWebClient(candor, 'https://app.zoom.us/wc/86420975310/join');
    const apply = (event: LowLevelEvent) => applyEdit(client, event);
    // The live transcript is collapsed in the panel; its lines are there all the same.
    const transcript = async () => (await panel.locator('[data-testid="transcript"]').textContent()) ?? '';
    await page.bringToFront();
    await apply({ t: 0, op: 'captions', on: true });
    await apply({ t: 0, op: 'show', block: 'z1', speaker: 'Dana Whitfield', text: 'Thanks for making the time today.' });
    await waitUntil(async () => (await statusText(panel)) === 'Listening on Zoom', 'listening');
    // Chrome stops an idle worker after 30 s; a long call sees that again and again.
    const lines: Array<[string, LowLevelEvent]> = [
      ['Of course, glad we found a slot.', { t: 0, op: 'show', block: 'z2', speaker: null, self: true, text: 'Of course, glad we found a slot.' }],
      ['So how do approvals work today?', { t: 0, op: 'show', block: 'z3', speaker: 'Dana Whitfield', text: 'So how do approvals work today?' }],
    ];
    for (const [text, line] of lines) {
      await stopServiceWorker(panel);
      await apply(line);
      await waitUntil(async () => (await transcript()).includes(text), `"${text}" in the panel`);
    }

    await panel.getByTestId('pause').click();
    await expect.poll(() => statusText(panel), { timeout: 3_000 }).toBe('Paused on Zoom: nothing is being captured');
    await apply({ t: 0, op: 'show', block: 'z4', speaker: null, self: true, text: 'Between us, my quota is way behind this quarter.' });
    await panel.getByTestId('pause').click();
    await expect.poll(() => statusText(panel), { timeout: 3_000 }).toBe('Listening on Zoom');
    await apply({ t: 0, op: 'show', block: 'z5', speaker: 'Dana Whitfield', text: 'Sorry, I missed that, could you repeat it?' });
    await waitUntil(async () => (await transcript()).includes('could you repeat it?'), 'the line after resuming in the panel');
    expect(await transcript()).not.toContain('quota');
    expect((await storedUtterances(panel)).map((u) => u.text).join(' ')).not.toContain('quota');
    await apply({ t: 0, op: 'leave' });
    await page.close();
  });
});

describe('Microsoft Teams on the web', () => {
  let call: Awaited<ReturnType<typeof callOn>>;
  beforeAll(async () => {
    call = await callOn('teams-discovery.json');
  });

  it('stores every word once across a captions toggle and a re-rendered list', () => {
    expect(capturedWords(call.utterances)).toEqual(spokenWords(call.events, SELF));
  });

  it('cleans "(Guest)"/"(External)", gives the late-named row its real name, and finds the rep by display name', () => {
    expect(new Set(call.utterances.map((u) => u.speaker))).toEqual(new Set(['Dana Whitfield', 'Marcus Lee', SELF]));
    expect(call.utterances.filter((u) => u.speaker === SELF).every((u) => u.role === 'rep')).toBe(true);
    expect(call.utterances.filter((u) => u.speaker === 'Marcus Lee').every((u) => u.role === 'prospect')).toBe(true);
  });

  it('coached the stall and the objection', () => {
    expect(call.nudges).toContain('find-the-concern');
    expect(call.nudges).toContain('validate-objection');
  });

  it('told the rep when captions were off, with the Teams menu path', () => {
    expect(call.statuses).toContain('Listening on Microsoft Teams');
    expect(call.statuses).toContain('Captions are off: in Teams choose More (…) > Language and speech > Show live captions');
  });
});
