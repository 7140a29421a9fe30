// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallView, PanelStateMessage } from '../../../src/contracts/messages';
import { usePanelState } from '../../../src/ui/sidepanel/use-panel-state';
import { portListeners, posted } from './fake-browser';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

function call(overrides: Partial<CallView>): CallView {
  return {
    tabId: 7, windowId: 1, callId: 'c1', site: 'google-meet', card: null, recent: [], startedAt: 0, updatedAt: 0, ended: false,
    status: { inCall: true, captions: 'on', problem: null, howToEnable: 'press C' },
    mode: 'live', shadowRepName: '', paused: false, participants: [], disclosureReminder: false, feedback: {},
    talk: { callShare: null, recentShare: null, repMs: 0, othersMs: 0 },
    talkWindowMs: 300_000, talkShareThreshold: 0.65, checklist: {}, transcript: [], bookmarks: 0,
    ...overrides,
  };
}

function Shown() {
  const { call: shown } = usePanelState();
  return <p data-testid="shown">{shown?.callId ?? ''}</p>;
}

afterEach(() => {
  cleanup();
  posted.length = 0;
  portListeners.length = 0;
});

describe('the side panel and the keyboard shortcuts', () => {
  // The worker runs the shortcuts but cannot know which call the panel shows while the rep looks at another
  // tab; the panel tells it, so "dismiss" acts on the card the rep sees.
  it('tells the worker which call it shows in its window', async () => {
    const view = render(<Shown />);
    const state: PanelStateMessage = {
      type: 'panel-state',
      // The fake active tab is tab 7 in window 1; the other call spoke last.
      calls: [call({ tabId: 7, callId: 'c1', updatedAt: 1 }), call({ tabId: 8, callId: 'c2', updatedAt: 9 })],
      coveredTabs: [7, 8],
      meetingTabs: [7, 8],
      storageFull: false,
    };
    for (const listener of portListeners) listener(state);
    await waitFor(() => expect(view.getByTestId('shown').textContent).toBe('c1'));
    await waitFor(() => expect(posted).toContainEqual({ type: 'panel-shows', windowId: 1, tabId: 7 }));
  });
});
