// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundToContent, CallHello, ContentToBackground } from '../../../src/contracts/messages';
import { HOST_TAG } from '../../../src/content/overlay/card-overlay';

const fixture = (path: string): string => readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8');

const MEET_IN_CALL = fixture('meet/in-call-two-speakers-you.html');
const ZOOM_IN_CALL = fixture('zoom/names-from-participants.html');
const TEAMS_IN_CALL = fixture('teams/guest-view-decorated-names.html');

/** Everything the content script sends to the worker, from every port it opens. */
let posted: ContentToBackground[] = [];
/** The worker's ends of the connections the content script opened and has not closed. */
let openPorts: Array<{ deliver(message: BackgroundToContent): void }> = [];

beforeEach(() => {
  vi.useFakeTimers();
  posted = [];
  openPorts = [];
  const connect = () => {
    const listeners: Array<(message: unknown) => void> = [];
    const end = { deliver: (message: BackgroundToContent) => listeners.forEach((listener) => listener(message)) };
    openPorts.push(end);
    return {
      postMessage: (message: ContentToBackground) => posted.push(message),
      onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
      onDisconnect: { addListener: () => undefined },
      disconnect: () => (openPorts = openPorts.filter((open) => open !== end)),
    };
  };
  Object.assign(globalThis, { chrome: { runtime: { id: 'candor', connect }, i18n: { getMessage: () => '' } } });
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

/** The worker shows a card for the call in progress, on the in-call overlay. */
function workerShowsCard(): void {
  const hello = posted.filter((message): message is CallHello => message.type === 'call-hello').at(-1);
  if (!hello) throw new Error('no call started');
  const card = { id: 'c1', nudgeId: 'custom' as const, title: 'Ask what changed', question: 'What changed since?', why: 'A team card.' };
  for (const port of openPorts) port.deliver({ type: 'tab-state', callId: hello.callId, listening: true, overlay: { card, shadow: false } });
}

describe('content script, what a session leaves behind when the tab moves on', () => {
  it('keeps one connection to the worker however many meetings the tab moves through', async () => {
    await openPage('https://meet.google.com/abc-defg-hij', MEET_IN_CALL);
    siteRewritesAddress('/xyz-wxyz-xyz');
    siteRewritesAddress('/abc-defg-hij');
    expect(openPorts).toHaveLength(1);
  });

  it('keeps one connection when the tab moves between calls (Teams home page, then a meeting)', async () => {
    await openPage('https://teams.microsoft.com/v2/', '<main></main>');
    siteRewritesAddress('/v2/?meetingjoin=true#/l/meetup-join/19:meeting_AbC123@thread.v2/0');
    expect(openPorts).toHaveLength(1);
  });

  it('leaves no connection open once the tab leaves the meeting site\'s call pages', async () => {
    await openPage('https://meet.google.com/abc-defg-hij', MEET_IN_CALL);
    siteRewritesAddress('/landing');
    expect(openPorts).toHaveLength(0);
  });

  it('takes the card off the page when the tab moves to another meeting mid-call, and draws none between calls', async () => {
    await openPage('https://meet.google.com/abc-defg-hij', MEET_IN_CALL);
    workerShowsCard();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    siteRewritesAddress('/xyz-wxyz-xyz');
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    workerShowsCard();
    document.body.innerHTML = '<main></main>';
    vi.advanceTimersByTime(2_000);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    siteRewritesAddress('/landing');
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });
});
