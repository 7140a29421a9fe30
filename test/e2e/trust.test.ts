/**
 * Candor's promises, checked on the built extension in Chromium: least privilege in the shipped manifests,
 * nothing from a web page can command it, hostile caption churn does not break the page or the transcript,
 * and "delete everything" really does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_MATCH_PATTERNS } from '../../src/contracts/meeting-hosts';
import { applyEdit, openMeeting, storedRows, storedUtterances } from '../harness/call';
import { DIST_CHROME, newTab, type CandorBrowser } from '../harness/chromium';
import type { RequestLog } from '../harness/meeting-routes';
import { statusText } from '../harness/panel-watch';
import { settingsForSpeed } from '../harness/settings';
import { startCandor } from '../harness/session';
import { waitUntil } from '../harness/wait';

const DIST = resolve(DIST_CHROME, '..');

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts: Array<{ matches: string[] }>;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string };
}

function builtManifest(target: 'chrome' | 'firefox'): Manifest {
  return JSON.parse(readFileSync(join(DIST, target, 'manifest.json'), 'utf8')) as Manifest;
}

function builtScripts(target: 'chrome' | 'firefox'): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) files.push(path);
    }
  };
  walk(join(DIST, target));
  return files;
}

describe('the shipped packages ask for no more than they need', () => {
  it.each(['chrome', 'firefox'] as const)('%s: documented permissions only, meeting hosts only, nothing exposed to pages', (target) => {
    const manifest = builtManifest(target);
    const documented = target === 'chrome' ? ['sidePanel', 'storage'] : ['storage'];
    expect([...(manifest.permissions ?? [])].sort()).toEqual(documented);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts.flatMap((script) => script.matches).sort()).toEqual([...MEETING_MATCH_PATTERNS].sort());
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy?.extension_pages).toMatch(/script-src 'self'(;|$)/u);
    expect(manifest.content_security_policy?.extension_pages).not.toMatch(/unsafe-eval|https?:/u);
  });

  it.each(['chrome', 'firefox'] as const)('%s: no remote code and no network APIs in the shipped scripts', (target) => {
    for (const file of builtScripts(target)) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(\s*['"]https?:|XMLHttpRequest|new WebSocket\(|sendBeacon\(/u);
      // Vite's module-preload helper fetches the extension's own chunks; nothing else may call fetch.
      for (const call of code.match(/\bfetch\([^)]*\)/gu) ?? []) expect(call, file).toBe('fetch(link.href, fetchOpts)');
    }
  });
});

let candor: CandorBrowser;
let requests: RequestLog;
let panel: Page;

beforeAll(async () => {
  ({ candor, panel, requests } = await startCandor(settingsForSpeed(10)));
});

afterAll(async () => {
  await candor?.close();
});

describe('a web page cannot command Candor', () => {
  it('has no way in: no extension messaging from the page, and forged page messages change nothing', async () => {
    const meeting = await openMeeting(candor, 'https://meet.google.com/hos-tile-pag');
    const attempts = await meeting.evaluate(async (extensionId) => {
      const results: string[] = [];
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } }).chrome?.runtime;
      results.push(typeof runtime?.sendMessage === 'function' ? 'sendMessage available' : 'no sendMessage');
      try {
        (runtime?.connect as ((id: string, info: object) => unknown) | undefined)?.(extensionId, { name: 'captions' });
        results.push(runtime?.connect ? 'connect returned' : 'no connect');
      } catch {
        results.push('connect refused');
      }
      // Forged messages in the shapes Candor uses, posted to the page and dispatched as events.
      const forged = { type: 'call-hello', callId: 'forged-call', site: 'google-meet', startedAt: 1, meetingCode: 'x' };
      window.postMessage(forged, '*');
      window.postMessage({ type: 'delete-everything' }, '*');
      document.dispatchEvent(new CustomEvent('candor', { detail: forged }));
      await new Promise((done) => setTimeout(done, 500));
      return results;
    }, candor.extensionId);
    expect(attempts[0]).toBe('no sendMessage');
    expect(attempts[1]).not.toBe('connect returned');
    expect((await storedUtterances(panel)).some((u) => u.callId === 'forged-call')).toBe(false);
    await meeting.close();
  });
});

describe('hostile caption churn', () => {
  it('keeps the page and the transcript right while the region is replaced every 100 ms and text floods in', async () => {
    const meeting = await openMeeting(candor, 'https://meet.google.com/chu-rnch-urn');
    const errors: string[] = [];
    meeting.on('pageerror', (error) => errors.push(error.message));
    await applyEdit(meeting, { t: 0, op: 'captions', on: true });
    const words = 'so honestly the thing we keep running into is that approvals sit in somebody inbox for days'.split(' ');
    await meeting.evaluate(async (all) => {
      const sim = (window as unknown as { __candorSim: { apply(e: unknown): void } }).__candorSim;
      const bidi = '\u202Egnp.exe\u202C';
      for (let i = 0; i < all.length; i += 1) {
        // Hundreds of mutations per word, markup and bidi overrides in the text, and the region torn down.
        for (let j = 0; j < 300; j += 1) sim.apply({ t: 0, op: 'show', block: 'b1', speaker: 'Dana <b>Whitfield</b>', text: `${all.slice(0, i).join(' ')} ${j % 2 ? bidi : ''}`.trim() });
        sim.apply({ t: 0, op: 'show', block: 'b1', speaker: 'Dana <b>Whitfield</b>', text: all.slice(0, i + 1).join(' ') });
        sim.apply({ t: 0, op: 'replace-region' });
        await new Promise((done) => setTimeout(done, 100));
      }
    }, words);
    await applyEdit(meeting, { t: 0, op: 'leave' });
    await waitUntil(async () => (await statusText(panel)).startsWith('Call ended'), 'the call to end');
    await waitUntil(async () => (await storedUtterances(panel)).filter((u) => u.speaker === 'Dana <b>Whitfield</b>').every((u) => u.final), 'the final versions');
    const dana = (await storedUtterances(panel)).filter((u) => u.speaker === 'Dana <b>Whitfield</b>');
    expect(dana.map((u) => u.text).join(' ')).toBe(words.join(' '));
    expect(errors).toEqual([]);
    expect(await panel.locator('b').count()).toBe(0);
    await meeting.close();
  });
});

describe('privacy', () => {
  // The worker used to store the call again when it ended, with only what was said after the delete.
  it('a call deleted from the review page while it goes on stays deleted, through more words and its end', async () => {
    const meeting = await openMeeting(candor, 'https://meet.google.com/liv-edel-ete');
    await applyEdit(meeting, { t: 0, op: 'captions', on: true });
    await applyEdit(meeting, { t: 0, op: 'show', block: 'b1', speaker: 'Dana Whitfield', text: 'Our budget for this was cut in half.' });
    await waitUntil(async () => (await storedUtterances(panel)).some((u) => u.text.includes('budget')), 'the line to be stored');
    const { callId } = (await storedUtterances(panel)).find((u) => u.text.includes('budget'))!;

    const review = await newTab(candor.context);
    await review.goto(`chrome-extension://${candor.extensionId}/src/ui/review/index.html?call=${encodeURIComponent(callId)}`);
    review.once('dialog', (dialog) => void dialog.accept());
    await review.getByRole('button', { name: 'Delete' }).click();
    await review.waitForURL((url) => !url.search.includes('call='));

    await applyEdit(meeting, { t: 0, op: 'show', block: 'b2', speaker: 'Priya Nair', text: 'And we still run approvals by email.' });
    await applyEdit(meeting, { t: 0, op: 'leave' });
    await waitUntil(async () => (await statusText(panel)).startsWith('Call ended'), 'the call to end');
    await meeting.close();
    await review.waitForTimeout(500);
    expect((await storedRows<{ callId: string }>(review, 'calls')).filter((call) => call.callId === callId)).toEqual([]);
    expect((await storedUtterances(review)).filter((u) => u.callId === callId)).toEqual([]);
    await review.close();
  });

  it('"delete everything" in the options deletes every stored call and setting', async () => {
    const meeting = await openMeeting(candor, 'https://meet.google.com/del-etee-ver');
    await applyEdit(meeting, { t: 0, op: 'captions', on: true });
    await applyEdit(meeting, { t: 0, op: 'show', block: 'b1', speaker: 'Dana Whitfield', text: 'We keep everything in spreadsheets today.' });
    await waitUntil(async () => (await storedUtterances(panel)).some((u) => u.text.includes('spreadsheets')), 'the line to be stored');
    await applyEdit(meeting, { t: 0, op: 'leave' });
    await meeting.close();

    const options = await newTab(candor.context);
    await options.goto(`chrome-extension://${candor.extensionId}/src/ui/options/index.html`);
    await options.getByTestId('disclosure-reminder').check();
    await waitUntil(async () => Object.keys(await options.evaluate(() => chrome.storage.local.get(null))).length > 0, 'a setting to be saved');
    await options.getByTestId('delete-everything').click();
    await options.getByTestId('delete-everything-confirm').click();
    await options.getByTestId('deleted').waitFor();
    expect(await storedUtterances(panel)).toEqual([]);
    expect(await options.evaluate(() => chrome.storage.local.get(null))).toEqual({});
    await options.close();
  });

  it('made no network request from any Candor context in all of the above, nor in the review page', async () => {
    const review = await newTab(candor.context);
    await review.goto(`chrome-extension://${candor.extensionId}/src/ui/review/index.html`);
    await review.waitForLoadState('networkidle');
    await review.close();
    expect(requests.outside).toEqual([]);
  });
});
