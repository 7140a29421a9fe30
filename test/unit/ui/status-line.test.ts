import { describe, expect, it, vi } from 'vitest';
import type { CallView } from '../../../src/contracts/messages';
import { selectCall } from '../../../src/ui/sidepanel/select-call';
import { statusLine } from '../../../src/ui/sidepanel/status-line';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

function call(overrides: Partial<CallView> = {}): CallView {
  return {
    tabId: 1, windowId: 1, callId: 'c1', site: 'google-meet', card: null, recent: [], startedAt: 0, updatedAt: 0, ended: false,
    mode: 'live', shadowRepName: '', paused: false, feedback: {}, talkWindowMs: 300_000, talkShareThreshold: 0.65, checklist: {}, transcript: [], bookmarks: 0,
    status: { inCall: true, captions: 'on', problem: null, howToEnable: 'press C or click CC in the call controls' },
    talk: { callShare: null, recentShare: null, repMs: 0, othersMs: 0 },
    participants: [],
    disclosureReminder: false,
    ...overrides,
  };
}

describe('panel status line', () => {
  it.each([
    [null, 'Not in a call'],
    [call(), 'Listening on Google Meet'],
    [call({ status: { inCall: true, captions: 'off', problem: null, howToEnable: 'press C or click CC in the call controls' } }), 'Captions are off: press C or click CC in the call controls'],
    [call({ status: { inCall: true, captions: 'unreadable', problem: { part: 'region', detail: 'x' }, howToEnable: '' } }), "Candor can't read captions on Google Meet right now (region not found)"],
    [call({ ended: true }), 'Call ended on Google Meet'],
    [call({ paused: true }), 'Paused on Google Meet: nothing is being captured'],
    [call({ mode: 'off' }), 'Candor is off: nothing is being captured'],
    [call({ status: { inCall: false, captions: 'off', problem: null, howToEnable: '' } }), 'Not in a call'],
  ])('%#: says %s', (view, text) => {
    expect(statusLine(view).text).toBe(text);
  });
});

describe('which call the panel shows', () => {
  const a = call({ tabId: 1, windowId: 1, callId: 'a', updatedAt: 10 });
  const b = call({ tabId: 2, windowId: 2, callId: 'b', updatedAt: 20 });
  it('prefers the active tab, then this window, then the latest call', () => {
    expect(selectCall([a, b], 1, 2)?.callId).toBe('a');
    expect(selectCall([a, b], 99, 1)?.callId).toBe('a');
    expect(selectCall([a, b], 99, 3)?.callId).toBe('b');
    expect(selectCall([], 1, 1)).toBeNull();
  });
  it('keeps to the call in the tab last active while the rep looks at another tab, whichever call spoke last', () => {
    const other = call({ tabId: 4, windowId: 1, callId: 'other', updatedAt: 90 });
    expect(selectCall([a, other], 99, 1, 1)?.callId).toBe('a');
    expect(selectCall([a, other], 99, 1, null)?.callId).toBe('other');
    expect(selectCall([call({ ...a, ended: true }), other], 99, 1, 1)?.callId).toBe('other');
  });
  it('prefers a live call over an ended one in the same window', () => {
    const ended = call({ tabId: 3, windowId: 1, callId: 'old', ended: true, updatedAt: 50 });
    expect(selectCall([ended, a], 99, 1)?.callId).toBe('a');
  });
});
