// @vitest-environment happy-dom
/**
 * The review page's import panel with a real (fake-indexeddb) archive: what happens when the same transcript
 * or export is picked again.
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteCall, listCalls, readCallBundle } from '../../../src/storage/call-archive';
import { deleteCallsStartedBefore } from '../../../src/storage/calls-db';
import { callToJson } from '../../../src/ui/review/call-json';
import { ImportPanel } from '../../../src/ui/review/components/ImportPanel';
import type { ReviewedCall } from '../../../src/ui/review/call-review';
import { database } from '../../../src/ui/review/review-store';
import { deleteEverything } from '../../../src/storage/wipe';
import { choose, confirmRep } from './choose-file';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

const TRANSCRIPT = 'Sam Rivera: What made you take the call?\nDana Ruiz: Month end is a mess, invoices take days.\nSam Rivera: What does that cost you?\n';

async function importAs(rep: string, onImported: (r: ReviewedCall) => void): Promise<string> {
  const before = vi.mocked(onImported).mock.calls.length;
  await confirmRep(rep);
  await waitFor(() => expect(onImported).toHaveBeenCalledTimes(before + 1));
  return (vi.mocked(onImported).mock.calls.at(-1)?.[0] as ReviewedCall).bundle.call.callId;
}

afterEach(cleanup);

describe('importing a transcript that is already in the history', () => {
  it('says so and links to the stored call instead of storing it a second time', async () => {
    const onImported = vi.fn<(r: ReviewedCall) => void>();
    render(<ImportPanel onImported={onImported} />);
    choose('call.txt', TRANSCRIPT);
    const first = await importAs('Sam Rivera', onImported);

    // The same transcript again, saved later under another name (a second download of the same call).
    choose('call (1).txt', TRANSCRIPT, Date.UTC(2026, 2, 4, 9));
    const exists = await screen.findByTestId('import-exists', {}, { timeout: 3_000 });
    expect(exists.textContent).toContain('already in your history');
    expect(exists.querySelector('a')?.getAttribute('href')).toBe(`?call=${encodeURIComponent(first)}`);
    expect(screen.queryByRole('radio')).toBeNull();
    expect((await listCalls(await database())).filter((c) => c.site === 'imported')).toHaveLength(1);

    // A Candor export of that call says the same (it used to be an error with no way to the call).
    const stored = await readCallBundle(await database(), first);
    choose('call.json', callToJson(stored!, 1));
    await waitFor(() => expect(screen.getByTestId('import-exists').textContent).toContain('call.json is already in your history'));

    // Another transcript is another call.
    choose('other.txt', `${TRANSCRIPT}Dana Ruiz: Let me think about it.\n`);
    expect(await importAs('Sam Rivera', onImported)).not.toBe(first);
  });
});

describe('after "Delete everything" in Options while the review page is open', () => {
  it('imports the next file into the fresh archive instead of failing on the closed connection', async () => {
    const onImported = vi.fn<(r: ReviewedCall) => void>();
    render(<ImportPanel onImported={onImported} />);
    choose('before.txt', `${TRANSCRIPT}Sam Rivera: Who else should be in the room?\n`);
    await importAs('Sam Rivera', onImported);

    // Options deletes the database: this page's open connection is asked to let go of it.
    await deleteEverything({ local: { clear: async () => undefined }, session: { clear: async () => undefined } });

    choose('after.txt', `${TRANSCRIPT}Dana Ruiz: Our CFO signs off on tools.\n`);
    const id = await importAs('Sam Rivera', onImported);
    expect(screen.queryByTestId('import-error')).toBeNull();
    expect((await listCalls(await database())).map((c) => c.callId)).toEqual([id]);
  });
});

describe('a transcript that does not say who spoke', () => {
  it('says at once that the file needs speaker names, instead of asking who the rep is with nothing to choose', async () => {
    render(<ImportPanel onImported={vi.fn()} />);
    choose('nospeaker.srt', '1\n00:00:01,000 --> 00:00:04,000\nHello there, how are you?\n\n2\n00:00:05,000 --> 00:00:08,000\nFine thanks, we are evaluating tools.\n');
    const error = await screen.findByTestId('import-error', {}, { timeout: 3_000 });
    expect(error.textContent).toContain('nospeaker.srt');
    expect(error.textContent).toMatch(/no speaker names/u);
    expect(error.textContent).toContain('"Name: text"');
    expect(error.textContent).toContain('<v Name>');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
  });

  it('says a JSON lines file with no line of the rep\'s has nothing of the rep\'s to review', async () => {
    render(<ImportPanel onImported={vi.fn()} />);
    choose('buyer-only.jsonl', '{"id":"a","role":"prospect","text":"We use spreadsheets."}\n{"id":"b","role":"buyer","text":"It is slow."}\n');
    const error = await screen.findByTestId('import-error', {}, { timeout: 3_000 });
    expect(error.textContent).toContain('buyer-only.jsonl');
    expect(error.textContent).toContain('"role": "rep"');
    expect(error.textContent).not.toMatch(/say who the rep is/u);
  });
});

describe('the file picker', () => {
  it('is named for screen readers, with the formats it takes as its description', () => {
    render(<ImportPanel onImported={vi.fn()} />);
    const input = screen.getByLabelText('Transcript file to import');
    expect(input).toBe(screen.getByTestId('import-file'));
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/\.vtt.*\.srt/su);
  });
});

describe('a transcript of an old call, imported today', () => {
  const DAY = 86_400_000;
  const retentionSweep = async (days: number) => deleteCallsStartedBefore(await database(), Date.now() - days * DAY);

  it('stays for the retention period counted from its import, not from when the call happened', async () => {
    const onImported = vi.fn<(r: ReviewedCall) => void>();
    render(<ImportPanel onImported={onImported} />);
    const yearAgo = Date.now() - 365 * DAY;
    choose('last-year.txt', `${TRANSCRIPT}Dana Ruiz: We signed with someone else last year.\n`, yearAgo);
    const id = await importAs('Sam Rivera', onImported);
    expect((await readCallBundle(await database(), id))?.call.startedAt).toBeLessThan(yearAgo);

    // The worker sweeps when it starts, with retention at 30 days: the call just imported is still there.
    await retentionSweep(30);
    expect(await readCallBundle(await database(), id)).not.toBeNull();

    // Its export, deleted and imported again (restoring an old call), counts from that import too.
    const exported = callToJson((await readCallBundle(await database(), id))!, Date.now());
    await deleteCall(await database(), id);
    choose('last-year.json', exported);
    await waitFor(async () => expect(await readCallBundle(await database(), id)).not.toBeNull(), { timeout: 3_000 });
    await retentionSweep(30);
    expect(await readCallBundle(await database(), id)).not.toBeNull();
  });
});
