/**
 * Moving the in-call overlay in real Chromium on a routed Meet call, with real pointer events on its handle:
 * the card follows the pointer, never leaves the screen or covers the meeting's controls, and stays where the
 * rep put it for the rest of the call (the next card, hidden and shown again, switched off and on), and comes
 * back on screen when the window shrinks under it, even below the card's own width.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdit, openMeeting } from '../harness/call';
import type { CandorBrowser } from '../harness/chromium';
import { overlayDisplay, overlayHandle, overlayHtml } from '../harness/overlay';
import { applySettings, settingsForSpeed } from '../harness/settings';
import { startCandor } from '../harness/session';
import { waitUntil } from '../harness/wait';

const withOverlay = (enabled: boolean) => {
  const settings = settingsForSpeed(1, { overlay: { enabled } });
  // Long enough for every check below to see the card it starts with.
  return { ...settings, coach: { ...settings.coach, cardLifetimeMs: 120_000 } };
};

let candor: CandorBrowser;
let meeting: Page;
let cdp: CDPSession;

/** Where the card is on screen, as the rep sees it. */
async function cardBox(): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await meeting.locator('candor-overlay').boundingBox();
  if (!box) throw new Error('the overlay is not on screen');
  return box;
}

/** Where the card's top-left corner is: the card's height changes with its text, its place does not. */
async function cardPlace(): Promise<{ x: number; y: number }> {
  const { x, y } = await cardBox();
  return { x, y };
}

/** Presses on the card's handle, moves the pointer to (x, y) in steps and lets go. */
async function dragHandleTo(x: number, y: number): Promise<void> {
  const handle = await overlayHandle(cdp);
  if (!handle) throw new Error('the overlay shows no handle');
  await meeting.mouse.move(handle.x, handle.y);
  await meeting.mouse.down();
  await meeting.mouse.move(x, y, { steps: 8 });
  await meeting.mouse.up();
}

beforeAll(async () => {
  ({ candor } = await startCandor(withOverlay(true)));
  meeting = await openMeeting(candor, 'https://meet.google.com/dra-gdra-gdr');
  cdp = await candor.context.newCDPSession(meeting);
  await meeting.bringToFront();
  await applyEdit(meeting, { t: 0, op: 'captions', on: true });
  await applyEdit(meeting, { t: 0, op: 'show', block: 'b1', speaker: 'Dana Whitfield', text: 'Let me think about it and circle back next quarter, maybe.' });
  await waitUntil(async () => (await overlayHtml(cdp))?.includes('Find the concern behind the hedge') === true && (await overlayDisplay(meeting)) === 'block', 'the first card in the overlay', 10_000);
});

afterAll(async () => {
  await candor?.close();
});

describe('dragging the in-call overlay', () => {
  it('moves the card with the pointer when dragged by its handle', async () => {
    const before = await cardBox();
    const handle = await overlayHandle(cdp);
    if (!handle) throw new Error('the overlay shows no handle');
    await dragHandleTo(handle.x - 400, handle.y + 200);
    const after = await cardBox();
    expect(after.x).toBeCloseTo(before.x - 400, 0);
    expect(after.y).toBeCloseTo(before.y + 200, 0);
  });

  it('keeps the card on screen and off the meeting controls wherever it is dropped', async () => {
    const view = meeting.viewportSize();
    const controls = await meeting.locator('.controls').boundingBox();
    if (!view || !controls) throw new Error('no viewport or meeting controls');

    // Down into the bottom-left corner, where the meeting's controls are.
    await dragHandleTo(1, view.height - 1);
    const low = await cardBox();
    expect(low.x).toBeGreaterThanOrEqual(0);
    expect(low.x).toBeLessThan(view.width / 4);
    expect(low.y + low.height).toBeLessThanOrEqual(controls.y);
    expect(low.y + low.height).toBeGreaterThan(view.height / 2);

    // Up past the top-right corner.
    await dragHandleTo(view.width - 1, 1);
    const high = await cardBox();
    expect(high.y).toBeGreaterThanOrEqual(0);
    expect(high.y).toBeLessThan(view.height / 4);
    expect(high.x + high.width).toBeLessThanOrEqual(view.width);
    expect(high.x).toBeGreaterThan(view.width / 2);
  });

  it('stays where the rep put it for the next card, when hidden and shown, and when switched off and on', async () => {
    const view = meeting.viewportSize();
    if (!view) throw new Error('no viewport');
    await dragHandleTo(view.width / 3, view.height / 3);
    const placed = await cardPlace();

    // A more pressing moment replaces the card.
    await applyEdit(meeting, { t: 0, op: 'show', block: 'b2', speaker: 'Dana Whitfield', text: "Honestly it's way too expensive for what it does." });
    await expect.poll(() => overlayHtml(cdp), { timeout: 10_000 }).toContain("Validate it, then ask what's behind it");
    expect(await cardPlace()).toEqual(placed);

    await meeting.keyboard.press('Alt+Shift+H');
    await expect.poll(() => overlayDisplay(meeting)).toBe('none');
    await meeting.keyboard.press('Alt+Shift+H');
    await expect.poll(() => overlayDisplay(meeting)).toBe('block');
    expect(await cardPlace()).toEqual(placed);

    await applySettings(candor, withOverlay(false));
    await expect.poll(() => overlayDisplay(meeting), { timeout: 3_000 }).toBe('absent');
    await applySettings(candor, withOverlay(true));
    await expect.poll(() => overlayDisplay(meeting), { timeout: 3_000 }).toBe('block');
    expect(await cardPlace()).toEqual(placed);
  });

  it('comes back on screen when the window shrinks under it', async () => {
    const view = meeting.viewportSize();
    if (!view) throw new Error('no viewport');
    await dragHandleTo(view.width - 1, view.height / 3);
    const half = Math.round(view.width / 2);
    await meeting.setViewportSize({ width: half, height: view.height });
    try {
      await meeting.waitForFunction((width) => window.innerWidth === width, half);
      // Read in the page, after layout: the card's right edge must be back inside the narrower window.
      const rightEdge = () => meeting.evaluate(() => document.querySelector('candor-overlay')?.getBoundingClientRect().right ?? Number.NaN);
      await expect.poll(rightEdge, { timeout: 3_000 }).toBeLessThanOrEqual(half);
      expect((await cardBox()).x).toBeGreaterThanOrEqual(0);
    } finally {
      await meeting.setViewportSize(view);
    }
  });

  it('fits inside a window narrower than the card and stays inside it when dragged to either edge', async () => {
    const view = meeting.viewportSize();
    if (!view) throw new Error('no viewport');
    const narrow = 300;
    await meeting.setViewportSize({ width: narrow, height: view.height });
    try {
      await meeting.waitForFunction((width) => window.innerWidth === width, narrow);
      const edges = () =>
        meeting.evaluate(() => {
          const box = document.querySelector('candor-overlay')?.getBoundingClientRect();
          return box ? { left: box.left, right: box.right } : null;
        });
      await expect.poll(async () => (await edges())?.right ?? Number.NaN, { timeout: 3_000 }).toBeLessThanOrEqual(narrow);
      expect((await edges())?.left).toBeGreaterThanOrEqual(0);

      for (const x of [narrow - 1, 1]) {
        await dragHandleTo(x, view.height / 3);
        const placed = await edges();
        expect(placed?.left).toBeGreaterThanOrEqual(0);
        expect(placed?.right).toBeLessThanOrEqual(narrow);
      }
    } finally {
      await meeting.setViewportSize(view);
    }
  });
});
