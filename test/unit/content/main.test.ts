// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallHello, ContentToBackground } from '../../../src/contracts/messages';

const fixture = (path: string): string => readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8');

const MEET_IN_CALL = fixture('meet/in-call-two-speakers-you.html');
const ZOOM_IN_CALL = fixture('zoom/names-from-participants.html');
const TEAMS_IN_CALL = fixture('teams/guest-view-decorated-names.html');

/** Everything the content script sends to the worker, from every port it opens. */
let posted: ContentToBackground[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  posted = [];
  const port = {
    postMessage: (message: ContentToBackground) => posted.push(message),
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: () => undefined },
    disconnect: () => undefined,
  };
  Object.assign(globalThis, { chrome: { runtime: { id: 'candor', connect: () => port }, i18n: { getMessage: () => '' } } });
});
afterEach(() => {
  dispatchEvent(new Event('pagehide'));
  vi.clearAllTimers();
  vi.useRealTimers();
});

/** Loads a meeting page at `url` showing `html`, and runs the content script on it as the browser would. */
async function openPage(url: string, html: string): Promise<void> {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  vi.resetModules();
  await import('../../../src/content/main');
  vi.advanceTimersByTime(2_000);
}

/** The site rewrites its address without reloading (single-page app), and the script has time to notice. */
function siteRewritesAddress(address: string): void {
  history.replaceState(null, '', address);
  vi.advanceTimersByTime(2_000);
}

/** The calls the history would list: one per call id announced, with its meeting code, and whether it ended. */
function callsInHistory(): Array<{ meetingCode: string; ended: boolean }> {
  const hellos = new Map<string, CallHello>();
  for (const message of posted) if (message.type === 'call-hello') hellos.set(message.callId, message);
  const ended = new Set(posted.flatMap((message) => (message.type === 'call-ended' ? [message.callId] : [])));
  return [...hellos.values()].map((hello) => ({ meetingCode: hello.meetingCode, ended: ended.has(hello.callId) }));
}

describe('content script, address changes during a Google Meet call', () => {
  it('keeps one call when Meet rewrites the query string or the hash', async () => {
    await openPage('https://meet.google.com/abc-defg-hij?authuser=0', MEET_IN_CALL);
    siteRewritesAddress('/abc-defg-hij?authuser=0&hs=122');
    siteRewritesAddress('/abc-defg-hij');
    siteRewritesAddress('/abc-defg-hij#chat');
    expect(callsInHistory()).toEqual([{ meetingCode: 'abc-defg-hij', ended: false }]);
  });

  it('ends the call and starts another when the tab moves to a different meeting', async () => {
    await openPage('https://meet.google.com/abc-defg-hij', MEET_IN_CALL);
    siteRewritesAddress('/xyz-wxyz-xyz');
    expect(callsInHistory()).toEqual([
      { meetingCode: 'abc-defg-hij', ended: true },
      { meetingCode: 'xyz-wxyz-xyz', ended: false },
    ]);
  });

  it('ends the call when the user leaves the meeting for the home page', async () => {
    await openPage('https://meet.google.com/abc-defg-hij', MEET_IN_CALL);
    siteRewritesAddress('/landing');
    expect(callsInHistory()).toEqual([{ meetingCode: 'abc-defg-hij', ended: true }]);
  });
});

describe('content script, address changes during a Zoom web client call', () => {
  it('keeps one call when the web client moves between paths of the same meeting', async () => {
    await openPage('https://app.zoom.us/wc/join/81234567890?pwd=secret', ZOOM_IN_CALL);
    siteRewritesAddress('/wc/81234567890/join?fromPWA=1&pwd=secret');
    siteRewritesAddress('/wc/81234567890/start');
    expect(callsInHistory()).toEqual([{ meetingCode: '81234567890', ended: false }]);
  });

  it('ends the call when the user leaves, even though the address still names the meeting', async () => {
    await openPage('https://app.zoom.us/wc/81234567890/join', ZOOM_IN_CALL);
    siteRewritesAddress('/wc/81234567890/leave');
    document.querySelector('.meeting-client-inner')?.remove();
    vi.advanceTimersByTime(2_000);
    expect(callsInHistory()).toEqual([{ meetingCode: '81234567890', ended: true }]);
  });
});

describe('content script, address changes during a Teams call', () => {
  const JOIN = '/v2/?meetingjoin=true#/l/meetup-join/19:meeting_AbC123@thread.v2/0';

  it('keeps one call when Teams drops the meeting id from its address mid-call', async () => {
    await openPage(`https://teams.microsoft.com${JOIN}`, TEAMS_IN_CALL);
    siteRewritesAddress('/v2/');
    siteRewritesAddress('/v2/#/calling');
    expect(callsInHistory()).toEqual([{ meetingCode: '19:meeting_AbC123', ended: false }]);
  });

  it('ends the call and starts another when the address names a different meeting', async () => {
    await openPage(`https://teams.microsoft.com${JOIN}`, TEAMS_IN_CALL);
    siteRewritesAddress('/v2/');
    siteRewritesAddress('/v2/?meetingjoin=true#/l/meetup-join/19:meeting_Other9@thread.v2/0');
    expect(callsInHistory()).toEqual([
      { meetingCode: '19:meeting_AbC123', ended: true },
      { meetingCode: '19:meeting_Other9', ended: false },
    ]);
  });

  it('records the meeting a call was joined from the Teams home page', async () => {
    await openPage('https://teams.microsoft.com/v2/', '<main></main>');
    siteRewritesAddress(JOIN);
    document.body.innerHTML = TEAMS_IN_CALL;
    vi.advanceTimersByTime(2_000);
    expect(callsInHistory()).toEqual([{ meetingCode: '19:meeting_AbC123', ended: false }]);
  });
});
