/**
 * Who is who, and the extension's own life cycle: a colleague put on the rep's side in the panel stops getting
 * buyer labels and is remembered next call; an extension reloaded mid-call throws nothing into the meeting.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LowLevelEvent } from '../../src/replay/replay-schema';
import { applyEdit, openMeeting, storedUtterances } from '../harness/call';
import type { CandorBrowser } from '../harness/chromium';
import { seenCards, statusText } from '../harness/panel-watch';
import { settingsForSpeed } from '../harness/settings';
import { startCandor } from '../harness/session';
import { waitUntil } from '../harness/wait';

let candor: CandorBrowser;
let panel: Page;

beforeAll(async () => {
  ({ candor, panel } = await startCandor(settingsForSpeed(10)));
});

afterAll(async () => {
  await candor?.close();
});

/** Edits the simulated page right now: these tests script single moments by hand. */
function driver(meeting: Page) {
  return (event: LowLevelEvent) => applyEdit(meeting, event);
}

describe('participants and sides', () => {
  it('stops giving buyer labels to a colleague once the rep puts them on their side, and remembers it', async () => {
    const meeting = await openMeeting(candor, 'https://meet.google.com/sid-esid-esi');
    const apply = driver(meeting);
    await apply({ t: 0, op: 'captions', on: true });
    await apply({ t: 0, op: 'show', block: 'b1', speaker: 'Priya Nair', text: "Honestly it's way too expensive for what it does." });
    await waitUntil(async () => (await seenCards(panel)).some((card) => card.nudge === 'validate-objection'), 'the first objection card');

    // The rep tells Candor that Priya is a colleague.
    await panel.locator('[data-testid="participants"] summary').click();
    await panel.getByRole('button', { name: 'Our side' }).click();
    await waitUntil(async () => (await panel.getByRole('button', { name: 'Our side' }).getAttribute('aria-pressed')) === 'true', 'the side to stick');

    const cardsBefore = (await seenCards(panel)).length;
    await apply({ t: 0, op: 'show', block: 'b2', speaker: 'Priya Nair', text: "And to be fair it's out of our budget this year anyway." });
    await apply({ t: 0, op: 'leave' });
    await waitUntil(async () => (await statusText(panel)).startsWith('Call ended'), 'the call to end');
    const priya = (await storedUtterances(panel)).filter((u) => u.speaker === 'Priya Nair');
    expect(priya.map((u) => u.role)).toEqual(['prospect', 'rep']);
    expect((await seenCards(panel)).slice(cardsBefore).map((card) => card.nudge)).not.toContain('validate-objection');
    await meeting.close();

    // Next call: Priya is on the rep's side from her first words.
    const next = await openMeeting(candor, 'https://meet.google.com/nex-tnex-tne');
    const applyNext = driver(next);
    await applyNext({ t: 0, op: 'captions', on: true });
    await applyNext({ t: 0, op: 'show', block: 'b1', speaker: 'Priya Nair', text: "That's more than we budgeted, honestly." });
    await waitUntil(async () => (await storedUtterances(panel)).filter((u) => u.speaker === 'Priya Nair').length === 3, 'the next call stored');
    await applyNext({ t: 0, op: 'leave' });
    const latest = (await storedUtterances(panel)).filter((u) => u.speaker === 'Priya Nair').at(-1);
    expect(latest?.role).toBe('rep');
    await next.close();
  });
});

describe('the extension reloaded mid-call', () => {
  it('throws nothing into the meeting page, which keeps working', async () => {
    const meeting = await openMeeting(candor, 'https://meet.google.com/rel-oadr-elo');
    const errors: string[] = [];
    meeting.on('pageerror', (error) => errors.push(error.message));
    meeting.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const apply = driver(meeting);
    await apply({ t: 0, op: 'captions', on: true });
    await apply({ t: 0, op: 'show', block: 'b1', speaker: 'Dana Whitfield', text: 'So where were we' });
    await waitUntil(async () => (await statusText(panel)) === 'Listening on Google Meet', 'listening');

    await candor.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    for (let i = 0; i < 6; i += 1) {
      await apply({ t: 0, op: 'show', block: 'b1', text: `So where were we ${'again '.repeat(i)}`.trim() });
      await meeting.waitForTimeout(300);
    }
    await apply({ t: 0, op: 'show', block: 'b2', speaker: null, self: true, text: 'We were talking about your approvals.' });
    await meeting.waitForTimeout(1_500);
    expect(errors).toEqual([]);
    expect(await meeting.locator('.ygicle').last().innerText()).toBe('We were talking about your approvals.');
  });
});
