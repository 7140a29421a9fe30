/**
 * `npm run replay -- FILE.json [--speed N]`: plays a replay into its routed meeting page in headless Chromium
 * with the built extension, then prints the utterances Candor captured and stored, one JSON object a line:
 * {"speaker","role","text","start","end"} with times in seconds from the first caption. Use it to check a
 * recorded breakage or a new site's captions against what Candor makes of them.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadReplay, openMeeting, openPanel, play, storedUtterances } from './call';
import { findChromium, INSTALL_HINT, launchWithCandor } from './chromium';
import { routeMeetingSites } from './meeting-routes';
import { applySettings, settingsForSpeed } from './settings';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { speed: { type: 'string', default: '4' } } });
  const file = positionals[0];
  if (!file) throw new Error('usage: npm run replay -- FILE.json [--speed N]');
  const speed = Number(values.speed);
  if (!Number.isFinite(speed) || speed <= 0 || speed > 50) throw new Error(`--speed must be between 0 and 50, got ${values.speed}`);
  if (!findChromium()) throw new Error(INSTALL_HINT);
  const { replay, events } = loadReplay(resolve(file));

  const candor = await launchWithCandor({ headless: true });
  try {
    await routeMeetingSites(candor.context);
    await applySettings(candor, settingsForSpeed(speed));
    const panel = await openPanel(candor);
    const meeting = await openMeeting(candor, replay.meetingUrl);
    await play(meeting, events, speed);
    // Let the last pause finalise and the last batch reach IndexedDB.
    await meeting.waitForTimeout(3_000);
    const utterances = await storedUtterances(panel);
    const origin = utterances[0]?.start ?? 0;
    const seconds = (ms: number): number => Math.round((ms - origin) / 10) / 100;
    for (const { speaker, role, text, start, end } of utterances) {
      console.log(JSON.stringify({ speaker, role, text, start: seconds(start), end: seconds(end) }));
    }
  } finally {
    await candor.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
