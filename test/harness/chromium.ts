/**
 * Starts real Chromium with the built extension loaded, the way a user loads it unpacked. Branded Chrome
 * ignores --load-extension, so this uses Debian's Chromium (or CHROME_PATH) through playwright-core.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const DIST_CHROME = resolve(import.meta.dirname, '../../dist/chrome');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export const INSTALL_HINT = 'No Chromium found: install it with `sudo apt-get install chromium` (or set CHROME_PATH to a Chromium or Chrome for Testing binary).';

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export interface CandorBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** A new tab; the first call reuses the empty tab a persistent context opens with. */
export async function newTab(context: BrowserContext): Promise<Page> {
  const blank = context.pages().find((page) => page.url() === 'about:blank');
  return blank ?? context.newPage();
}

export interface LaunchOptions {
  headless: boolean;
  /** Window size for the demo's visible browser. */
  viewport?: { width: number; height: number };
}

export async function launchWithCandor(options: LaunchOptions): Promise<CandorBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (!existsSync(join(DIST_CHROME, 'manifest.json'))) {
    throw new Error(`No built extension at ${DIST_CHROME}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'candor-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${DIST_CHROME}`,
      `--load-extension=${DIST_CHROME}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
      // Headless windows count as hidden or occluded, and Chromium then throttles their timers and animation
      // frames to about once a second; the real side panel is visible beside the call, so it must not be.
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Stops every service worker the way Chrome does after 30 s idle: its memory is gone, the next event restarts it. */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
