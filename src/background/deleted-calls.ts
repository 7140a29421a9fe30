/**
 * Deleting a call from the history while it is still going on. The review page asks the worker, because the
 * worker goes on storing the call: the next line said, a new participant or the call's end would write it
 * back, holding only what was said after the delete. The call is marked deleted in its session, and from then
 * on every write for it is dropped; what was already queued is written and then deleted with the rest.
 */
import type { CallWriter } from '../storage/call-writer';
import { deleteCall } from '../storage/call-archive';
import type { CandorDatabase } from '../storage/calls-db';
import type { SessionStore } from './session-store';

/** What the worker writes to the archive while calls go on. */
export type CallArchive = Pick<CallWriter, 'putCall' | 'putUtterance' | 'putCard' | 'withdrawCard'>;

/** Whether the user deleted this call while it went on (its session says so until the tab moves on). */
export function isDeletedCall(sessions: SessionStore, callId: string): boolean {
  return sessions.all().some((state) => state.callId === callId && state.deleted);
}

/**
 * The archive minus the calls the user deleted. Their writes settle at once, as if stored, so the tab is
 * still acknowledged and stops resending.
 */
export function archiveKeepingDeleted(writer: CallArchive, sessions: SessionStore): CallArchive {
  const unlessDeleted = (callId: string, write: () => Promise<void>) => (isDeletedCall(sessions, callId) ? Promise.resolve() : write());
  return {
    putCall: (value) => unlessDeleted(value.callId, () => writer.putCall(value)),
    putUtterance: (value) => unlessDeleted(value.callId, () => writer.putUtterance(value)),
    putCard: (value) => unlessDeleted(value.callId, () => writer.putCard(value)),
    withdrawCard: (callId, id) => unlessDeleted(callId, () => writer.withdrawCard(callId, id)),
  };
}

export interface DeleteCallDeps {
  sessions: SessionStore;
  writer: CallWriter;
  database(): Promise<CandorDatabase>;
}

/** Deletes a call and everything stored with it; a live one stays deleted (see `archiveKeepingDeleted`). */
export async function deleteFromHistory(callId: string, deps: DeleteCallDeps): Promise<void> {
  const live = deps.sessions.all().find((state) => state.callId === callId);
  if (live && !live.deleted) await deps.sessions.set({ ...live, deleted: true });
  // Writes queued before the mark land first, and go with the rest.
  await deps.writer.flush().catch(() => undefined);
  await deleteCall(await deps.database(), callId);
}
