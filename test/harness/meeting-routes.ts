/**
 * Serves the simulated meeting pages at the real meeting URLs, so the extension's real content-script match
 * patterns decide whether it runs. Every other request is refused: tests run offline, and a request Candor
 * made by itself would show up here.
 */
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { siteOfHost } from '../../src/contracts/meeting-hosts';
import type { SiteId } from '../../src/core/types';

const SIM_DIR = resolve(import.meta.dirname, '../sim');
const SIM_SCRIPT_PATH = '/__candor_sim/page.js';

const SIM_ENTRIES: Record<SiteId, string> = {
  'google-meet': 'meet-page.ts',
  teams: 'teams-page.ts',
  zoom: 'zoom-page.ts',
};


/** Each simulated page's script, bundled from TypeScript once per run. */
const bundles = new Map<SiteId, string>();
function simScript(site: SiteId): string {
  let code = bundles.get(site);
  if (!code) {
    const result = buildSync({ entryPoints: [resolve(SIM_DIR, SIM_ENTRIES[site])], bundle: true, format: 'esm', target: 'es2022', write: false });
    code = result.outputFiles[0]?.text ?? '';
    bundles.set(site, code);
  }
  return code;
}

const PAGE_STYLE: Record<SiteId, string> = {
  'google-meet': `
  body { margin: 0; font: 14px system-ui, sans-serif; background: #202124; color: #e8eaed; }
  .stage { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; padding: 8px; height: 52vh; }
  .tile { background: #3c4043; border-radius: 8px; display: flex; align-items: flex-end; padding: 12px; }
  .iOzk7 { position: fixed; left: 0; right: 0; bottom: 72px; padding: 0 15%; }
  [aria-label="Captions"] { background: rgba(32,33,36,.9); max-height: 28vh; overflow: hidden; }
  .nMcdL { padding: 4px 8px; } .NWpY1d { font-weight: 600; } .ygicle { font-size: 18px; }
  .jump { display: none; }
  .controls { position: fixed; bottom: 0; left: 0; right: 0; height: 64px; display: flex; gap: 12px; justify-content: center; align-items: center; }
  .controls button { border-radius: 20px; border: 0; padding: 8px 14px; background: #3c4043; color: #e8eaed; }
  .controls button[aria-pressed="true"] { background: #8ab4f8; color: #202124; }
  .presenting { position: fixed; top: 0; left: 0; right: 0; padding: 8px; text-align: center; background: #8ab4f8; color: #202124; }`,
  teams: `
  body { margin: 0; font: 14px 'Segoe UI', system-ui, sans-serif; background: #292929; color: #fff; }
  main { min-height: 100vh; padding: 12px; }
  [data-tid="closed-caption-renderer-wrapper"] { position: fixed; left: 10%; right: 10%; bottom: 80px; background: #1f1f1f; padding: 8px; }
  [data-tid="author"] { font-weight: 600; margin-right: 8px; }`,
  zoom: `
  body { margin: 0; font: 14px system-ui, sans-serif; background: #1a1a1a; color: #fff; }
  .participants-section-container { position: fixed; right: 0; top: 0; width: 220px; background: #242424; padding: 8px; }
  .participants-item__item-layout { display: flex; gap: 6px; padding: 4px 0; }
  .participants-item__avatar img, .zmu-data-selector-item__icon { width: 20px; height: 20px; }
  .live-transcription-subtitle__overlay-container { position: fixed; left: 15%; right: 260px; bottom: 80px; background: rgba(0,0,0,.7); padding: 8px; }
  footer { position: fixed; bottom: 0; left: 0; right: 0; height: 60px; display: flex; gap: 12px; justify-content: center; align-items: center; background: #111; }`,
};

function simPage(site: SiteId): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Meeting</title><style>${PAGE_STYLE[site]}</style></head>
<body><script type="module" src="${SIM_SCRIPT_PATH}"></script></body></html>`;
}

export interface RequestLog {
  /** Requests that were not to a routed meeting page: these would have left the machine. */
  outside: string[];
}

export async function routeMeetingSites(context: BrowserContext): Promise<RequestLog> {
  const log: RequestLog = { outside: [] };
  // Extension pages load their own files from chrome-extension://, which is not the network.
  await context.route(/^(https?|wss?):\/\//u, async (route) => {
    const url = new URL(route.request().url());
    const site = siteOfHost(url.hostname);
    if (site) {
      if (url.pathname === SIM_SCRIPT_PATH) await route.fulfill({ contentType: 'text/javascript', body: simScript(site) });
      else await route.fulfill({ contentType: 'text/html', body: simPage(site) });
      return;
    }
    log.outside.push(url.href);
    await route.abort('internetdisconnected');
  });
  return log;
}
