// @vitest-environment happy-dom
/**
 * The review page's navigation with a real (fake-indexeddb) archive: the page shows what the address says,
 * including after the browser's Back and Forward.
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/ui/review/components/App';
import { choose, confirmRep } from './choose-file';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

const TRANSCRIPT = 'Sam Rivera: What made you take the call?\nDana Ruiz: Month end is a mess, invoices take days.\nSam Rivera: What does that cost you?\n';

afterEach(cleanup);

describe('Back after importing a transcript', () => {
  it('shows the list of calls the address names, and Forward shows the imported call again', async () => {
    render(<App />);
    choose('call.txt', TRANSCRIPT);
    await confirmRep('Sam Rivera');
    await screen.findByTestId('decision', {}, { timeout: 3_000 });
    expect(location.search).toMatch(/^\?call=/u);

    history.back();
    await waitFor(() => expect(location.search).toBe(''));
    await screen.findByTestId('call-list', {}, { timeout: 3_000 });
    expect(screen.queryByTestId('decision')).toBeNull();
    expect(screen.getAllByTestId('call-row')).toHaveLength(1);

    history.forward();
    await screen.findByTestId('decision', {}, { timeout: 3_000 });
    expect(screen.queryByTestId('call-list')).toBeNull();
  });
});
