/** The review page's access to the archive, the user's settings and the storage notice. */
import type { PanelToBackground } from '../../contracts/messages';
import { browser } from '../../platform/browser';
import { deleteCall } from '../../storage/call-archive';
import { openCandorDb, type CallRecord, type CandorDatabase } from '../../storage/calls-db';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../storage/settings';
import { dismissNotice, loadNotice, type StorageNotice } from '../../storage/storage-notice';

let db: Promise<CandorDatabase> | null = null;
// "Delete everything" in Options (or a newer version's upgrade) closes this page's connection: the next use opens
// a new one instead of failing on the closed one until the tab is reloaded.
export const database = (): Promise<CandorDatabase> => (db ??= openCandorDb(undefined, () => (db = null)));

export async function settings(): Promise<Settings> {
  try {
    return await loadSettings(browser.storage.local);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * Deletes a call from the history. The worker is asked first for a call that may still be going on: it would
 * otherwise store the call again as it goes on (the next line said, its end). Deleted here too, in case the
 * worker could not be asked.
 */
export async function deleteFromHistory(call: Pick<CallRecord, 'callId' | 'endedAt'>): Promise<void> {
  const request: PanelToBackground = { type: 'delete-call', callId: call.callId };
  if (call.endedAt === null) await browser.runtime.sendMessage(request).catch(() => undefined);
  await deleteCall(await database(), call.callId);
}

export const storageNotice = (): Promise<StorageNotice | null> => loadNotice(browser.storage.local).catch(() => null);
export const forgetNotice = (): Promise<void> => dismissNotice(browser.storage.local);

/** Saves text as a file through the browser's download (no permission needed from an extension page). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function callUrl(callId: string): string {
  return `?call=${encodeURIComponent(callId)}`;
}
