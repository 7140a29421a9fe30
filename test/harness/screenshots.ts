/**
 * `npm run screenshots`: pictures of the side panel, the in-call overlay and the options page, light and dark,
 * taken from the built extension in headless Chromium on a routed Meet call, into docs/screenshots/. The README
 * shows them; run this again after changing a surface.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { loadReplay, openMeeting, openPanel, play } from './call';
import { launchWithCandor, newTab } from './chromium';
import { routeMeetingSites } from './meeting-routes';
import { overlayHtml } from './overlay';
import { waitUntil } from './wait';
import { FADE_MS } from '../../src/content/overlay/card-overlay';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import { applySettings, settingsForSpeed } from './settings';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const SPEED = 6;
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(300);
    const path = resolve(OUT, `${name}-${colorScheme}.png`);
    await page.screenshot({ path, fullPage });
    console.log(`  ${path}`);
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const candor = await launchWithCandor({ headless: true, viewport: { width: 1100, height: 720 } });
  try {
    await routeMeetingSites(candor.context);
    const base = settingsForSpeed(SPEED, { overlay: { enabled: true }, competitors: ['Bill.com'] });
    // Cards stay up long enough to be photographed.
    await applySettings(candor, { ...base, coach: { ...base.coach, cardLifetimeMs: 600_000, talkShareWindowMs: 300_000 } });
    const panel = await openPanel(candor);
    await panel.setViewportSize({ width: 400, height: 1100 });
    const { replay, events } = loadReplay(resolve(import.meta.dirname, '../replays/meet-sales-demo.json'));
    const meeting = await openMeeting(candor, replay.meetingUrl);
    // The demo call gives the earlier cards, the meter, the checklist and the transcript something to show;
    // one more buyer line puts a card on screen for the picture.
    await play(meeting, events.filter((event) => event.op !== 'leave'), SPEED);
    await play(meeting, [{ t: 0, op: 'show', block: 'shot', speaker: 'Dana Whitfield', text: "Honestly, I'm worried it costs more than we budgeted for this year." }], 1);
    await panel.locator('[data-testid="current-card"]').waitFor();
    await panel.locator('[data-testid="transcript"] summary').click();
    await shoot(panel, 'panel', true);

    await meeting.bringToFront();
    await meeting.locator('candor-overlay').waitFor({ state: 'attached' });
    // The overlay fades a few seconds after a card appears; once it has, one press of its key brings it back,
    // as a rep would. Waiting for the fade keeps that press from hiding a card that is still showing.
    const cdp = await candor.context.newCDPSession(meeting);
    await waitUntil(async () => /class="card faded"/.test((await overlayHtml(cdp)) ?? ''), 'the overlay card to fade', FADE_MS + 5_000);
    await meeting.keyboard.press('Alt+Shift+H');
    await shoot(meeting, 'overlay');

    // The options page as a team would set it up: default thresholds, a reworded nudge, a custom trigger.
    await applySettings(candor, {
      ...DEFAULT_SETTINGS,
      overlay: { enabled: true },
      competitors: ['Bill.com', 'Tipalti'],
      coach: { ...DEFAULT_SETTINGS.coach, nudges: { 'stop-pitching': { title: 'Ask before you tell' } } },
      customTriggers: [
        { id: 'security', enabled: true, phrases: ['SOC 2', 'security review'], side: 'buyer', title: 'Offer the security pack', question: 'Who runs security reviews on your side?', why: 'Bring their experts in early.' },
      ],
    });
    const options = await newTab(candor.context).then(async (tab) => (tab.url() === 'about:blank' ? tab : candor.context.newPage()));
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(`chrome-extension://${candor.extensionId}/src/ui/options/index.html`);
    await options.getByTestId('section-nudges').waitFor();
    await shoot(options, 'options', true);
  } finally {
    await candor.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
