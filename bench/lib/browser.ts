/** Shared by the browser benchmarks: Chromium with the built extension, the routed Meet page, DevTools access. */
import type { CDPSession, Page } from 'playwright-core';
import { launchWithCandor, type CandorBrowser } from '../../test/harness/chromium';
import { routeMeetingSites } from '../../test/harness/meeting-routes';
import { applySettings, settingsForSpeed } from '../../test/harness/settings';
import type { CoachSettings } from '../../src/core/coach-settings';
import type { Settings } from '../../src/storage/settings';

export async function candorAt(speed: number, overrides: Partial<Settings> = {}, coach: Partial<CoachSettings> = {}): Promise<CandorBrowser> {
  const candor = await launchWithCandor({ headless: true });
  await routeMeetingSites(candor.context);
  const settings = settingsForSpeed(speed, overrides);
  await applySettings(candor, { ...settings, coach: { ...settings.coach, ...coach } });
  return candor;
}

/** Runs `expression` in Candor's content-script world of the page (found through Runtime contexts). */
const worlds = new WeakMap<CDPSession, number>();

export async function inCandorWorld(page: Page, cdp: CDPSession, extensionId: string, expression: string): Promise<unknown> {
  const contextId = worlds.get(cdp) ?? (await findWorld(page, cdp, extensionId));
  worlds.set(cdp, contextId);
  const result = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true });
  return result.result.value;
}

async function findWorld(page: Page, cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  const listener = (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', listener);
  await cdp.send('Runtime.enable');
  await page.waitForTimeout(200);
  cdp.off('Runtime.executionContextCreated', listener);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
  if (!world) throw new Error('Candor content-script world not found in the meeting page');
  return world.id;
}
