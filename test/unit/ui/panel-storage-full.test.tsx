// @vitest-environment happy-dom
/**
 * The rep is told in the side panel, during the call, when the disk is full and the call is not being saved
 * (it used to be said only on the review page, after the call), and the notice goes once saving works again.
 */
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallView, PanelStateMessage } from '../../../src/contracts/messages';
import { App } from '../../../src/ui/sidepanel/components/App';
import { callView } from './call-view';
import { portListeners, posted } from './fake-browser';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

const call = callView;

/** The worker's push; the fake active tab is tab 7, which holds the call. */
function push(calls: CallView[], storageFull: boolean): void {
  const state: PanelStateMessage = { type: 'panel-state', calls, coveredTabs: [7], meetingTabs: [7], storageFull };
  for (const listener of portListeners) listener(state);
}

afterEach(() => {
  cleanup();
  posted.length = 0;
  portListeners.length = 0;
});

describe('the side panel when the disk is full', () => {
  it('tells the rep the call is not being saved while it cannot be, and stops once it is saved again', async () => {
    const view = render(<App />);
    push([call()], true);
    await waitFor(() => expect(view.getByTestId('storage-full').textContent).toMatch(/storage is full.*not being saved/iu));
    expect(view.getByTestId('storage-full').getAttribute('role')).toBe('status');
    push([call()], false);
    await waitFor(() => expect(view.queryByTestId('storage-full')).toBeNull());
  });

  it('says nothing of it once the call is over: nothing more is being saved', async () => {
    const view = render(<App />);
    push([call({ ended: true })], true);
    await waitFor(() => expect(view.getByTestId('review-this-call')).toBeTruthy());
    expect(view.queryByTestId('storage-full')).toBeNull();
  });
});
