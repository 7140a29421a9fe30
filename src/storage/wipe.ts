/**
 * "Delete everything": the call archive (the whole IndexedDB database) and everything Candor keeps in
 * extension storage (settings, sides, feedback counts, capture problems, live call state). An administrator's
 * managed policy is not Candor's to delete and stays in force.
 */
import { deleteDB } from 'idb';
import { DB_NAME } from './calls-db';

export interface WipeAreas {
  local: { clear(): Promise<void> };
  session: { clear(): Promise<void> };
}

/** Resolves once the database is gone; other Candor pages holding it open close their connections first. */
export async function deleteEverything(areas: WipeAreas): Promise<void> {
  await Promise.all([deleteDB(DB_NAME), areas.local.clear(), areas.session.clear()]);
}
