/**
 * `npm run demo`: real Chromium with the built Candor loaded, on a simulated Google Meet call at a real
 * meet.google.com address, played at speaking speed. With a display it opens the meeting and the side panel
 * side by side; without one (or with --headless) it runs the same call headless and saves a screenshot of the
 * panel.
 *
 *   npm run demo -- [--headless] [--screenshot FILE.png] [--speed N] [--replay FILE.json]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { loadReplay, openMeeting, openPanel, openPanelWindow, play } from './call';
import { findChromium, INSTALL_HINT, launchWithCandor } from './chromium';
import { routeMeetingSites } from './meeting-routes';
import { seenCards, watchCards } from './panel-watch';
import { applySettings, settingsForSpeed } from './settings';

const DEFAULT_REPLAY = resolve(import.meta.dirname, '../replays/meet-sales-demo.json');

function options() {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      speed: { type: 'string', default: '1' },
      replay: { type: 'string', default: DEFAULT_REPLAY },
    },
  });
  const speed = Number(values.speed);
  if (!Number.isFinite(speed) || speed <= 0 || speed > 50) throw new Error(`--speed must be a number between 0 and 50, got ${values.speed}`);
  const headless = values.headless || !process.env.DISPLAY;
  const screenshot = values.screenshot ?? (headless ? 'candor-demo.png' : undefined);
  return { headless, screenshot: screenshot ? resolve(screenshot) : undefined, speed, replay: resolve(values.replay) };
}

/**
 * Prints each new card as the panel shows it, so a headless run tells its story in the terminal, and keeps
 * the screenshot current: the file ends up showing the last card while it was on screen.
 */
function narrate(panel: Page, startedAt: number, speed: number, screenshot: string | undefined): () => Promise<void> {
  let printed = 0;
  let busy: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    busy = busy.then(async () => {
      const cards = await seenCards(panel);
      for (const card of cards.slice(printed)) {
        const callSeconds = Math.round(((card.at - startedAt) / 1000) * speed);
        console.log(`  ${String(Math.floor(callSeconds / 60))}:${String(callSeconds % 60).padStart(2, '0')}  ${card.title}`);
      }
      // Only a panel with a card on it replaces the picture: the rep may act on a card before the next poll,
      // or while the picture is being taken, so the card must be there before and after it.
      const showing = async () => (await panel.locator('[data-testid="current-card"]').count()) > 0;
      if (cards.length > printed && screenshot && (await showing())) {
        // 'disabled' finishes the card's entrance animation, so the picture shows the card, not its fade-in.
        const picture = await panel.screenshot({ animations: 'disabled' });
        if (await showing()) writeFileSync(screenshot, picture);
      }
      printed = cards.length;
    }).catch(() => undefined);
  }, 250);
  return async () => {
    clearInterval(timer);
    await busy;
  };
}

async function main(): Promise<void> {
  const opts = options();
  if (!findChromium()) {
    console.error(INSTALL_HINT);
    process.exitCode = 1;
    return;
  }
  const { replay, events } = loadReplay(opts.replay);
  const lastEdit = events.at(-1);
  const beforeLeave = lastEdit?.op === 'leave' ? events.slice(0, -1) : events;
  if (!process.env.DISPLAY && !opts.headless) console.log('No display ($DISPLAY is unset): running headless.');

  const candor = await launchWithCandor({ headless: opts.headless, viewport: { width: 1100, height: 760 } });
  try {
    await routeMeetingSites(candor.context);
    await applySettings(candor, settingsForSpeed(opts.speed));
    const meeting = await openMeeting(candor, replay.meetingUrl);
    const panel = opts.headless ? await openPanel(candor) : await openPanelWindow(candor, meeting, 1110);
    if (opts.headless) await panel.setViewportSize({ width: 400, height: 760 });
    await watchCards(panel);
    await meeting.bringToFront();
    const minutes = (events.at(-1)?.t ?? 0) / 60_000 / opts.speed;
    console.log(`Candor demo: ${replay.title ?? replay.meetingUrl} (${minutes.toFixed(1)} min at ${opts.speed}x)`);
    if (!opts.headless) console.log('The Candor panel is the narrow window on the right (or click the Candor toolbar icon for the real side panel).');
    console.log('Nudges as the side panel shows them:');
    const stop = narrate(panel, Date.now(), opts.speed, opts.screenshot);
    await play(meeting, beforeLeave, opts.speed);
    await new Promise((done) => setTimeout(done, 1_500));
    await stop();
    if (opts.screenshot) console.log(`Screenshot of the side panel: ${opts.screenshot}`);
    if (lastEdit?.op === 'leave') await play(meeting, [{ ...lastEdit, t: 0 }], 1);
    const cards = await seenCards(panel);
    console.log(`${cards.length} nudges shown. The call is stored in Candor's IndexedDB on this profile.`);
    if (!opts.headless) {
      console.log('Close the browser window to finish.');
      await new Promise((done) => candor.context.on('close', done));
    }
  } finally {
    await candor.close().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
