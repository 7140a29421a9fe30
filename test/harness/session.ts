/**
 * What most end-to-end tests start from: Chromium with the built extension, meeting sites routed to the
 * simulated pages, the given settings in force, and the real side panel open and recording its cards.
 */
import type { Page } from 'playwright-core';
import type { Settings } from '../../src/storage/settings';
import { openPanel } from './call';
import { launchWithCandor, type CandorBrowser } from './chromium';
import { routeMeetingSites, type RequestLog } from './meeting-routes';
import { watchCards } from './panel-watch';
import { applySettings } from './settings';

export interface CandorSession {
  candor: CandorBrowser;
  panel: Page;
  /** Requests that would have left the machine. */
  requests: RequestLog;
}

export async function startCandor(settings: Settings): Promise<CandorSession> {
  const candor = await launchWithCandor({ headless: true });
  const requests = await routeMeetingSites(candor.context);
  await applySettings(candor, settings);
  const panel = await openPanel(candor);
  await watchCards(panel);
  return { candor, panel, requests };
}
