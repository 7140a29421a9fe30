// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelStateMessage } from '../../../src/contracts/messages';
import { usePanelState } from '../../../src/ui/sidepanel/use-panel-state';
import { callView } from './call-view';
import { portListeners, posted } from './fake-browser';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

const call = callView;

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
