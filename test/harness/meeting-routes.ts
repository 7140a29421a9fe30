/**
 * Serves the simulated meeting pages at the real meeting URLs, so the extension's real content-script match
 * patterns decide whether it runs. Every other request is refused: tests run offline, and a request Candor
 * made by itself would show up here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import ts from 'typescript';

const SIM_DIR = resolve(import.meta.dirname, '../sim');
const SIM_SCRIPT_PATH = '/__candor_sim/page.js';

/** The simulated page's script, compiled from TypeScript once per run. */
let compiledSim: string | null = null;
function simScript(): string {
  compiledSim ??= ts.transpileModule(readFileSync(resolve(SIM_DIR, 'meet-page.ts'), 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return compiledSim;
}

const MEET_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Meet</title>
<style>
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
  .presenting { position: fixed; top: 0; left: 0; right: 0; padding: 8px; text-align: center; background: #8ab4f8; color: #202124; }
</style></head>
<body><script type="module" src="${SIM_SCRIPT_PATH}"></script></body></html>`;

export interface RequestLog {
  /** Requests that were not to a routed meeting page: these would have left the machine. */
  outside: string[];
}

export async function routeMeetingSites(context: BrowserContext): Promise<RequestLog> {
  const log: RequestLog = { outside: [] };
  // Extension pages load their own files from chrome-extension://, which is not the network.
  await context.route(/^(https?|wss?):\/\//u, async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'meet.google.com') {
      if (url.pathname === SIM_SCRIPT_PATH) {
        await route.fulfill({ contentType: 'text/javascript', body: simScript() });
      } else {
        await route.fulfill({ contentType: 'text/html', body: MEET_PAGE });
      }
      return;
    }
    log.outside.push(url.href);
    await route.abort('internetdisconnected');
  });
  return log;
}
