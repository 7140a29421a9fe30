/**
 * The Firefox build in Firefox: it installs (as a temporary add-on, the way a user tries an unpacked build),
 * its background starts, and the panel page its sidebar shows renders and connects to the background.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxWithCandor } from '../harness/firefox';
import { waitUntil } from '../harness/wait';

let firefox: FirefoxWithCandor;

beforeAll(async () => {
  firefox = await FirefoxWithCandor.launch();
});

afterAll(async () => {
  await firefox?.close();
});

describe('the Firefox build', () => {
  it('shows the panel that its sidebar opens, connected to the background', async () => {
    await firefox.openExtensionPage('src/ui/sidepanel/index.html');
    const status = () => firefox.evaluate(`return document.querySelector('[data-testid="status-line"]')?.textContent ?? ''`).catch(() => '');
    await waitUntil(async () => (await status()) === 'Not in a call', 'the panel to connect to the background', 30_000);
    expect(await status()).toBe('Not in a call');
  });
});
