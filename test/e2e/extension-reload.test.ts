/**
 * Candor reloaded (or updated) while a meeting tab is open, in real Chromium: the old content script in the
 * tab is cut off from the new Candor. What the rep meets: the old card leaves the meeting page, the panel
 * (which the reload closed) opened again asks for the meeting tab to be reloaded, and once it is, Candor
 * listens again and stops asking.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LowLevelEvent } from '../../src/replay/replay-schema';
import { applyEdit, goToMeeting, openMeeting, openPanel } from '../harness/call';
import type { CandorBrowser } from '../harness/chromium';
import { overlayDisplay, overlayHtml } from '../harness/overlay';
import { statusText } from '../harness/panel-watch';
import { settingsForSpeed } from '../harness/settings';
import { startCandor } from '../harness/session';
import { waitUntil } from '../harness/wait';

const MEETING_URL = 'https://meet.google.com/rel-oadt-abh';
/** The panel gives a freshly loaded meeting tab's script this long to connect before it asks for a reload. */
const PANEL_GRACE_MS = 3_000;

let candor: CandorBrowser;
let panel: Page;
let meeting: Page;
let cdp: CDPSession;

/** Captions on and a buyer's objection: the first line of a call brings a card to the panel and the overlay. */
async function buyerObjects(): Promise<void> {
  const apply = (event: LowLevelEvent) => applyEdit(meeting, event);
  await apply({ t: 0, op: 'captions', on: true });
  await apply({ t: 0, op: 'show', block: 'b1', speaker: 'Dana Whitfield', text: "Honestly it's way too expensive for what it does." });
}

beforeAll(async () => {
  ({ candor, panel } = await startCandor(settingsForSpeed(1, { overlay: { enabled: true } })));
  meeting = await openMeeting(candor, MEETING_URL);
  cdp = await candor.context.newCDPSession(meeting);
  await meeting.bringToFront();
  await buyerObjects();
  await waitUntil(async () => (await statusText(panel)) === 'Listening on Google Meet', 'listening');
  await waitUntil(async () => (await overlayHtml(cdp))?.includes("Validate it, then ask what's behind it") === true, 'the card in the overlay');
});

afterAll(async () => {
  await candor?.close();
});

describe('Candor reloaded while a meeting tab is open', () => {
  it('takes its card off the meeting page', async () => {
    expect(await overlayDisplay(meeting)).toBe('block');
    const restarted = candor.context.waitForEvent('serviceworker');
    await candor.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await restarted;
    await expect.poll(() => overlayDisplay(meeting), { timeout: 5_000 }).toBe('absent');
  });

  // Chromium does not show the panel the tab's URL (Candor asks for neither `tabs` nor host permissions): the
  // worker's own list of the tabs it ran in is what tells the panel this tab is a meeting.
  it('asks, in the panel opened again, for the meeting tab to be reloaded', async () => {
    // Reloading Candor closed its pages; the rep opens the panel again, beside the meeting tab.
    panel = await openPanel(candor);
    await meeting.bringToFront();
    const hint = panel.getByTestId('reload-hint');
    // It asks once the grace period is over, on the panel's next check (every PANEL_GRACE_MS).
    await hint.waitFor({ timeout: 2 * PANEL_GRACE_MS + 4_000 });
    expect(await hint.innerText()).toBe('Reload this meeting tab so Candor can listen. It was opened before Candor was installed or updated.');
    expect(await statusText(panel)).toBe('Not in a call');
  });

  it('listens again once the meeting tab is reloaded, and stops asking', async () => {
    await goToMeeting(meeting, MEETING_URL);
    await buyerObjects();
    await expect.poll(() => statusText(panel), { timeout: 5_000 }).toBe('Listening on Google Meet');
    await panel.getByTestId('current-card').waitFor({ timeout: 5_000 });
    // A hint would show only after the grace period for a freshly loaded tab, on the panel's next check.
    await panel.waitForTimeout(2 * PANEL_GRACE_MS);
    expect(await panel.getByTestId('reload-hint').count()).toBe(0);
  });
});
