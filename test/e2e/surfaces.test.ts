/**
 * The live coaching surfaces in real Chromium on a routed Meet call: the in-call overlay (drawn without
 * touching the page's own elements, its in-page key, hidden while presenting), settings changes taking effect
 * in a running call, pausing from the panel, and hostile caption markup shown as plain text everywhere.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReplay, openMeeting, openPanel, play } from '../harness/call';
import { launchWithCandor, type CandorBrowser } from '../harness/chromium';
import { routeMeetingSites } from '../harness/meeting-routes';
import { overlayDisplay, overlayHtml } from '../harness/overlay';
import { statusText, watchCards } from '../harness/panel-watch';
import { applySettings, settingsForSpeed } from '../harness/settings';

const SPEED = 2;
const withOverlay = (enabled: boolean) => {
  const settings = settingsForSpeed(SPEED, { overlay: { enabled } });
  // Long enough for every check below to see the same card.
  return { ...settings, coach: { ...settings.coach, cardLifetimeMs: 120_000 } };
};

let candor: CandorBrowser;
let panel: Page;
let meeting: Page;
let cdp: CDPSession;

beforeAll(async () => {
  candor = await launchWithCandor({ headless: true });
  await routeMeetingSites(candor.context);
  await applySettings(candor, withOverlay(true));
  panel = await openPanel(candor);
  await watchCards(panel);
  const { replay, events } = loadReplay(resolve(import.meta.dirname, '../replays/meet-markup.json'));
  meeting = await openMeeting(candor, replay.meetingUrl);
  cdp = await candor.context.newCDPSession(meeting);
  await play(meeting, events, SPEED);
  await panel.locator('[data-testid="current-card"][data-nudge="validate-objection"]').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await candor?.close();
});

describe('the in-call overlay on a Meet call', () => {
  it("appears with the current card, outside the page's app, without altering the page's own elements", async () => {
    await expect.poll(() => overlayDisplay(meeting), { timeout: 5_000 }).toBe('block');
    const html = await overlayHtml(cdp);
    expect(html).toContain("Validate it, then ask what's behind it");
    expect(await meeting.evaluate(() => document.querySelector('candor-overlay')?.parentElement === document.documentElement)).toBe(true);
    expect(await meeting.evaluate(() => document.body.querySelector('candor-overlay'))).toBeNull();
    // Draw it afresh (off, then on) and compare the page's own DOM: nothing of the meeting changed.
    const bodyBefore = await meeting.evaluate(() => document.body.outerHTML);
    await applySettings(candor, withOverlay(false));
    await expect.poll(() => overlayDisplay(meeting), { timeout: 3_000 }).toBe('absent');
    await applySettings(candor, withOverlay(true));
    await expect.poll(() => overlayDisplay(meeting), { timeout: 3_000 }).toBe('block');
    expect(await meeting.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
    // It never covers the meeting's own controls.
    const card = await meeting.locator('candor-overlay').boundingBox();
    const controls = await meeting.locator('.controls').boundingBox();
    expect(card && controls && card.y + card.height <= controls.y).toBe(true);
  });

  it('hides and comes back with its own key while the meeting page has focus', async () => {
    await meeting.bringToFront();
    await meeting.keyboard.press('Alt+Shift+H');
    await expect.poll(() => overlayDisplay(meeting)).toBe('none');
    await meeting.keyboard.press('Alt+Shift+H');
    await expect.poll(() => overlayDisplay(meeting)).toBe('block');
  });

  it('hides while Meet shows the user presenting', async () => {
    await meeting.evaluate(() => (window as unknown as { __candorSim: { apply(e: unknown): void } }).__candorSim.apply({ t: 0, op: 'present', on: true }));
    await expect.poll(() => overlayDisplay(meeting), { timeout: 3_000 }).toBe('none');
    await meeting.evaluate(() => (window as unknown as { __candorSim: { apply(e: unknown): void } }).__candorSim.apply({ t: 0, op: 'present', on: false }));
    await expect.poll(() => overlayDisplay(meeting), { timeout: 3_000 }).toBe('block');
  });
});

describe('caption markup is plain text on every surface', () => {
  it('in the panel card, the transcript and the overlay', async () => {
    await panel.locator('[data-testid="transcript"] summary').click();
    const line = panel.locator('[data-testid="transcript"] .line--prospect .line__text').last();
    await expect.poll(() => line.innerText(), { timeout: 5_000 }).toContain('<img src=x onerror=alert(1)> <script>alert(2)</script>');
    expect(await panel.locator('main img, main script, main b').count()).toBe(0);
    expect(await panel.locator('[data-testid="current-card"]').innerText()).toContain('Heard:');
    const html = (await overlayHtml(cdp)) ?? '';
    expect(html).not.toMatch(/<img|<script|<b>/u);
    // The page got no element from the caption either (the sim draws text nodes; Candor added none).
    expect(await meeting.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src])').length)).toBe(0);
  });
});

describe('changes take effect in a running call', () => {
  it('switching the overlay off in the settings removes it from the page', async () => {
    await applySettings(candor, withOverlay(false));
    await expect.poll(() => overlayDisplay(meeting), { timeout: 3_000 }).toBe('absent');
    await applySettings(candor, withOverlay(true));
    await expect.poll(() => overlayDisplay(meeting), { timeout: 3_000 }).toBe('block');
  });

  it('"not now" takes the card off the panel and the overlay', async () => {
    await panel.getByTestId('not-now').click();
    await panel.getByTestId('no-card').waitFor({ timeout: 3_000 });
    await expect.poll(() => overlayDisplay(meeting), { timeout: 3_000 }).toBe('none');
    expect(await panel.locator('[data-testid="recent-cards"] .chip--not-now').count()).toBe(1);
  });

  it('pausing from the panel stops capture until resumed', async () => {
    await panel.getByTestId('pause').click();
    await expect.poll(() => statusText(panel), { timeout: 3_000 }).toBe('Paused on Google Meet: nothing is being captured');
    const lines = await panel.locator('[data-testid="transcript"] .line').count();
    await play(meeting, [{ t: 0, op: 'show', block: 'p1', speaker: 'Dana Whitfield', text: 'This was said while Candor was paused.' }], 1);
    await panel.waitForTimeout(1_500);
    expect(await panel.locator('[data-testid="transcript"] .line').count()).toBe(lines);
    await panel.getByTestId('pause').click();
    await expect.poll(() => statusText(panel), { timeout: 3_000 }).toBe('Listening on Google Meet');
    await play(meeting, [{ t: 0, op: 'show', block: 'p2', speaker: 'Dana Whitfield', text: 'And this after resuming.' }], 1);
    await expect.poll(() => panel.locator('[data-testid="transcript"]').innerText(), { timeout: 5_000 }).toContain('And this after resuming.');
    expect(await panel.locator('[data-testid="transcript"]').innerText()).not.toContain('while Candor was paused');
  });
});
