/**
 * Keeps live call sessions where a restarted service worker finds them: in `storage.session` (memory only,
 * cleared when the browser closes, never written to disk). Saves are coalesced: many caption updates a
 * second become one write, and `save` resolves once the state that includes the caller's change is written.
 */
import * as v from 'valibot';
import { UtteranceSchema } from '../contracts/messages';
import type { CallSessionState } from './call-session';

const KEY_PREFIX = 'call:';
const SAVE_DELAY_MS = 50;

export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PausedAtSchema = v.nullable(v.pipe(v.number(), v.finite()));
const UnfinishedSchema = v.array(UtteranceSchema);

/**
 * A saved session with the fields that guard a pause checked (and filled in, if saved by an earlier version):
 * without a valid `pausedAt` a paused call keeps no new words at all, and without `unfinished` no turn is
 * finalised by a pause (see call-session.ts `keptVersion`), so what is missing never lets words through.
 */
function restored(state: CallSessionState): CallSessionState {
  const saved: Partial<CallSessionState> = state;
  return {
    ...state,
    pausedAt: v.is(PausedAtSchema, saved.pausedAt) ? saved.pausedAt : null,
    unfinished: v.is(UnfinishedSchema, saved.unfinished) ? saved.unfinished : [],
    deleted: saved.deleted === true,
  };
}

export class SessionStore {
  private readonly sessions = new Map<number, CallSessionState>();
  private dirty = new Set<number>();
  private pendingSave: Promise<void> | null = null;

  constructor(private readonly area: SessionArea) {}

  /** Loads what a previous instance of the worker left. */
  async restore(): Promise<void> {
    const all = await this.area.get(null);
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(KEY_PREFIX) || typeof value !== 'object' || value === null) continue;
      const state = restored(value as CallSessionState);
      this.sessions.set(state.tabId, state);
    }
  }

  get(tabId: number): CallSessionState | undefined {
    return this.sessions.get(tabId);
  }

  all(): CallSessionState[] {
    return [...this.sessions.values()];
  }

  set(state: CallSessionState): Promise<void> {
    this.sessions.set(state.tabId, state);
    this.dirty.add(state.tabId);
    this.pendingSave ??= new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS)).then(() => this.write());
    return this.pendingSave;
  }

  async delete(tabId: number): Promise<void> {
    this.sessions.delete(tabId);
    this.dirty.delete(tabId);
    await this.area.remove(`${KEY_PREFIX}${tabId}`);
  }

  private async write(): Promise<void> {
    this.pendingSave = null;
    const items: Record<string, unknown> = {};
    for (const tabId of this.dirty) {
      const state = this.sessions.get(tabId);
      if (state) items[`${KEY_PREFIX}${tabId}`] = state;
    }
    this.dirty = new Set();
    await this.area.set(items);
  }
}
