/**
 * Starts Firefox (Debian's firefox-esr, or FIREFOX_PATH) headless with the built Firefox extension installed
 * as a temporary add-on, the way a user tries an unpacked build. Driven over Marionette, Firefox's own remote
 * protocol (Playwright's Firefox is a patched build this machine cannot download, and WebDriver BiDi may not
 * open extension pages). The extension's internal UUID is pinned through a profile preference, so its pages
 * have a known moz-extension:// address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist/firefox');
const ADDON_ID = 'candor@candor.local';
export const ADDON_UUID = '5c1d2b7e-8a41-4f0e-9a3c-6f2d1e0b7a95';

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path)) ?? null;
}

/**
 * Marionette frames are `length:json`, the length in BYTES; a reply is [1, id, error, result]. The buffer is kept
 * as bytes: counted in characters, a frame holding "…" or "’" took the next frame's first bytes with it.
 */
class MarionetteClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: [number, number, { message?: string } | null, unknown]) => void>();
  private greeted: Promise<void>;

  constructor(private readonly socket: Socket) {
    let greet: () => void = () => undefined;
    this.greeted = new Promise((done) => (greet = done));
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString('latin1'));
        if (this.buffer.length < colon + 1 + length) return;
        const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
        this.buffer = this.buffer.subarray(colon + 1 + length);
        if (Array.isArray(message)) this.waiting.get(message[1] as number)?.(message as [number, number, null, unknown]);
        else greet();
      }
    });
  }

  /** Sends a command; a command Firefox leaves unanswered fails after `timeoutMs` instead of hanging the test. */
  async send(command: string, params: Record<string, unknown>, timeoutMs = 20_000): Promise<unknown> {
    await this.greeted;
    const id = this.nextId++;
    const body = JSON.stringify([0, id, command, params]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reply = await new Promise<[number, number, { message?: string } | null, unknown]>((done, fail) => {
      this.waiting.set(id, done);
      timer = setTimeout(() => fail(new Error(`${command}: no answer from Firefox within ${timeoutMs} ms`)), timeoutMs);
      this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    }).finally(() => {
      clearTimeout(timer);
      this.waiting.delete(id);
    });
    if (reply[2]) throw new Error(`${command}: ${reply[2].message ?? JSON.stringify(reply[2])}`);
    return reply[3];
  }
}

export class FirefoxWithCandor {
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: MarionetteClient,
    private readonly socket: Socket,
    private readonly profile: string,
  ) {}

  static async launch(): Promise<FirefoxWithCandor> {
    const binary = findFirefox();
    if (!binary) throw new Error('No Firefox found: install it with `sudo apt-get install firefox-esr` (or set FIREFOX_PATH).');
    if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error(`No Firefox build at ${DIST_FIREFOX}: run \`npm run build\` first.`);
    const profile = mkdtempSync(join(tmpdir(), 'candor-firefox-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    writeFileSync(
      join(profile, 'user.js'),
      [
        `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: ADDON_UUID }))});`,
        `user_pref("marionette.port", ${port});`,
        // Offline and quiet: no update checks, telemetry or first-run pages.
        'user_pref("app.update.enabled", false);',
        'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
        'user_pref("toolkit.telemetry.enabled", false);',
        'user_pref("browser.shell.checkDefaultBrowser", false);',
        'user_pref("extensions.update.enabled", false);',
      ].join('\n'),
    );
    const child = spawn(binary, ['--headless', '--no-remote', '--marionette', '-remote-allow-system-access', '--profile', profile], { stdio: 'ignore' });
    const socket = await connectWhenReady(port, 30_000);
    const firefox = new FirefoxWithCandor(child, new MarionetteClient(socket), socket, profile);
    await firefox.client.send('WebDriver:NewSession', { capabilities: {} });
    await firefox.client.send('Addon:Install', { path: DIST_FIREFOX, temporary: true });
    return firefox;
  }

  /**
   * Loads an extension page in the current tab. WebDriver refuses to navigate content to moz-extension:// URLs,
   * so the browser chrome loads it, as the sidebar or a toolbar click would.
   */
  async openExtensionPage(path: string): Promise<void> {
    const url = `moz-extension://${ADDON_UUID}/${path}`;
    await this.client.send('Marionette:SetContext', { value: 'chrome' });
    await this.client.send('WebDriver:ExecuteScript', {
      script: `const win = Services.wm.getMostRecentWindow('navigator:browser');
        win.gBrowser.selectedBrowser.loadURI(Services.io.newURI(arguments[0]), { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
      args: [url],
    });
    await this.client.send('Marionette:SetContext', { value: 'content' });
  }

  /** Runs `script` (a function body that returns a value) in the current page. */
  async evaluate(script: string): Promise<unknown> {
    const result = (await this.client.send('WebDriver:ExecuteScript', { script, args: [] }, 5_000)) as { value?: unknown };
    return result.value;
  }

  async close(): Promise<void> {
    await this.client.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    this.socket.destroy();
    this.child.kill();
    await new Promise((done) => setTimeout(done, 300));
    rmSync(this.profile, { recursive: true, force: true });
  }
}

async function connectWhenReady(port: number, timeoutMs: number): Promise<Socket> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await new Promise<Socket>((done, fail) => {
        const socket = connect(port, '127.0.0.1', () => done(socket));
        socket.once('error', fail);
      });
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Firefox did not open its Marionette port in time: ${String(error)}`);
      await new Promise((done) => setTimeout(done, 250));
    }
  }
}
