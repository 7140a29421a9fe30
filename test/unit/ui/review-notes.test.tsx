// @vitest-environment happy-dom
/**
 * Notes on the review page with a real (fake-indexeddb) archive: on the call and on a moment, kept as typed,
 * and never more than the call's JSON export carries.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeCallBundle } from '../../../src/storage/call-archive';
import { CALL_LIMITS } from '../../../src/ui/review/call-limits';
import { CallPage } from '../../../src/ui/review/components/CallPage';
import { importCallId, importedBundle, parseImportFile } from '../../../src/ui/review/transcript-import';
import { database } from '../../../src/ui/review/review-store';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

const TRANSCRIPT = 'Sam Rivera: What made you take the call?\nDana Ruiz: Month end is a mess, invoices take days.\nSam Rivera: What does that cost you?\nDana Ruiz: Our CFO has to sign off on anything new.\n';
let callId = '';

beforeAll(async () => {
  const blob = new Blob([TRANSCRIPT]);
  const parsed = await parseImportFile({ name: 'call.txt', size: blob.size, lastModified: Date.UTC(2026, 2, 3, 15), stream: () => blob.stream(), text: () => blob.text() });
  if (parsed.kind !== 'transcript') throw new Error('expected a transcript');
  callId = importCallId(parsed);
  await writeCallBundle(await database(), importedBundle(parsed, 'Sam Rivera', callId));
});

afterEach(cleanup);

/** Opens the call's review and waits for its transcript. */
async function openCall(): Promise<void> {
  render(<CallPage callId={callId} initial={null} />);
  await screen.findByTestId('transcript', {}, { timeout: 3_000 });
}

describe('notes on the review page', () => {
  it('take no more than the JSON export carries, so a call with notes always exports and imports again', async () => {
    await openCall();
    expect((screen.getByTestId('call-note') as HTMLTextAreaElement).maxLength).toBe(CALL_LIMITS.note);
    fireEvent.click(screen.getAllByRole('button', { name: 'Add a note' })[0]!);
    expect((screen.getByRole('textbox', { name: 'Note on this moment' }) as HTMLTextAreaElement).maxLength).toBe(CALL_LIMITS.note);
  });
});

/** The note stored for `target` ('' for the call), read as a reload of the page would read it. */
async function storedNote(target: string): Promise<string | undefined> {
  return (await (await database()).get('notes', [callId, target]))?.text;
}

describe('"Add a note"', () => {
  it('puts the keyboard in the new note box, not back at the top of the page', async () => {
    await openCall();
    const add = screen.getAllByRole('button', { name: 'Add a note' })[0]!;
    add.focus();
    fireEvent.click(add);
    const box = await screen.findByRole('textbox', { name: 'Note on this moment' });
    await waitFor(() => expect(document.activeElement).toBe(box));
  });
});

describe('a note being typed', () => {
  it('is saved after a short pause in typing, without leaving the box', async () => {
    await openCall();
    fireEvent.input(screen.getByTestId('call-note'), { target: { value: 'Ask about the CFO earlier.' } });
    await waitFor(async () => expect(await storedNote('')).toBe('Ask about the CFO earlier.'), { timeout: 3_000 });

    fireEvent.click(screen.getAllByRole('button', { name: 'Add a note' })[0]!);
    const moment = screen.getByRole('textbox', { name: 'Note on this moment' });
    const target = moment.closest('li')!.id.replace(/^line-/u, '');
    fireEvent.input(moment, { target: { value: 'Good question.' } });
    await waitFor(async () => expect(await storedNote(target)).toBe('Good question.'), { timeout: 3_000 });
  });

  it('is saved at once when the tab is closed or reloaded mid-sentence', async () => {
    await openCall();
    fireEvent.input(screen.getByTestId('call-note'), { target: { value: 'Follow up on' } });
    dispatchEvent(new Event('pagehide'));
    // Read at once: no time passes for a pause in typing to save it.
    expect(await storedNote('')).toBe('Follow up on');
  });
});
