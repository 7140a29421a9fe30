/** The review page's access to the archive, the user's settings and the storage notice. */
import { browser } from '../../platform/browser';
import { openCandorDb, type CandorDatabase } from '../../storage/calls-db';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../storage/settings';
import { dismissNotice, loadNotice, type StorageNotice } from '../../storage/storage-notice';

let db: Promise<CandorDatabase> | null = null;
export const database = (): Promise<CandorDatabase> => (db ??= openCandorDb());

export async function settings(): Promise<Settings> {
  try {
    return await loadSettings(browser.storage.local);
  } catch {
    return DEFAULT_SETTINGS;
  }
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
