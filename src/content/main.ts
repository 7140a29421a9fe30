/**
 * Content script entry on meeting sites: picks the site adapter for this page and runs one capture session.
 * Everything here must fail quietly: an error thrown into a meeting page is a bug the user sees.
 */
import { CAPTIONS_PORT } from '../contracts/messages';
import { browser } from '../platform/native-browser';
import { CaptionPort } from './caption-port';
import { CaptureSession } from './capture-session';
import { MeetingAddress } from './meeting-address';
import { CardOverlay } from './overlay/card-overlay';
import { googleMeet } from './platforms/google-meet';
import { teams } from './platforms/teams';
import { zoom } from './platforms/zoom';
import type { PlatformAdapter } from './platforms/platform';

const ADAPTERS: readonly PlatformAdapter[] = [googleMeet, teams, zoom];

function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}

/** A capture session and the meeting its page's address names. */
interface CallPage {
  session: CaptureSession;
  address: MeetingAddress;
}

/** Starts a session for a call URL; returns null for other pages of the site (home, lobby pickers). */
function startSession(url: URL): CallPage | null {
  const adapter = ADAPTERS.find((candidate) => candidate.isCallUrl(url));
  if (!adapter) return null;
  let session: CaptureSession | null = null;
  const overlay = new CardOverlay(document, () => adapter.isPresenting?.(document) ?? false);
  const port = new CaptionPort({
    site: adapter.site,
    connect: () => browser.runtime.connect({ name: CAPTIONS_PORT }),
    extensionAlive,
    // The extension was reloaded or updated under this page: stop reading; the panel asks for a tab reload.
    onGone: () => session?.stop(),
    onTabState: (state) => {
      session?.setListening(state.listening);
      overlay.update(state.overlay);
    },
  });
  session = new CaptureSession(adapter, document, port, adapter.meetingCode(url));
  session.onCallEnded = () => overlay.destroy();
  session.start();
  return { session, address: new MeetingAddress(adapter, url) };
}

/** Meeting sites are single-page apps: the same page moves from the home screen into a call and out again. */
const URL_CHECK_MS = 1_000;

function run(): void {
  let href = location.href;
  let page = startSession(new URL(href));
  const urlWatch = setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    const url = new URL(href);
    // Sites rewrite their address mid-call (query, hash, path); restarting then would split one call in two.
    // Between calls a fresh session costs nothing and takes the new address's meeting code.
    if (page?.session.currentCallId && page.address.follow(url)) return;
    page?.session.stop();
    page = extensionAlive() ? startSession(url) : null;
  }, URL_CHECK_MS);
  addEventListener(
    'pagehide',
    () => {
      clearInterval(urlWatch);
      page?.session.stop();
    },
    { once: true },
  );
}

try {
  run();
} catch (error) {
  console.warn('[Candor] could not start reading captions on this page', error);
}
