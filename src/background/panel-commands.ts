/**
 * What the side panel (and the keyboard shortcuts) ask of the worker: the rep's answer to a card, pausing and
 * resuming listening on a tab, a shadowing user's bookmark, and which side a participant is on. Messages arrive validated (panel-ports.ts);
 * answers and bookmarks are stored with the call, and answers also tune the coach (settings-source.ts).
 */
import type { PanelToBackground } from '../contracts/messages';
import type { Side } from '../core/types';
import type { CandorDatabase, StoredBookmark } from '../storage/calls-db';
import { putBookmark, putFeedback } from '../storage/calls-db';
import type { Settings } from '../storage/settings';
import { currentCard, dismissCard, recordFeedback, setPaused, type CallSessionState } from './call-session';
import type { SessionStore } from './session-store';
import type { SettingsSource } from './settings-source';

export interface PanelCommandDeps {
  sessions: SessionStore;
  /** Remembers a participant's side by name (storage.local); the storage change refreshes the panel. */
  setSide(name: string, side: Side): Promise<void>;
  /** Deletes every stored call and setting, and forgets the live calls' state. */
  deleteEverything(): Promise<void>;
  /** Deletes one call from the history; a live one stays deleted (deleted-calls.ts). */
  deleteCall(callId: string): Promise<void>;
  settings: SettingsSource;
  database(): Promise<CandorDatabase>;
  /** Something the panel or a tab shows changed. */
  changed(): void;
  now(): number;
}

function byCallId(sessions: SessionStore, callId: string): CallSessionState | undefined {
  return sessions.all().find((state) => state.callId === callId);
}

export async function handlePanelCommand(message: PanelToBackground, deps: PanelCommandDeps): Promise<void> {
  const now = deps.now();
  switch (message.type) {
    case 'set-side':
      await deps.setSide(message.name, message.side);
      deps.changed();
      return;
    case 'delete-everything':
      await deps.deleteEverything();
      deps.changed();
      return;
    case 'delete-call':
      await deps.deleteCall(message.callId);
      deps.changed();
      return;
    case 'card-feedback': {
      const state = byCallId(deps.sessions, message.callId);
      if (!state) return;
      // Shadow mode hides the answer buttons on purpose: a watcher's dismissal (the shortcut) only takes the card
      // off screen; it is no answer, so it is neither stored nor tunes the coaching of the watcher's own calls.
      if (deps.settings.settings.mode === 'shadow') {
        if (message.kind === 'not-now') await deps.sessions.set(dismissCard(state, message.cardId, now));
        deps.changed();
        return;
      }
      const repeated = state.feedback[message.cardId] === message.kind;
      await deps.sessions.set(recordFeedback(state, message.cardId, message.kind, now));
      deps.changed();
      if (repeated) return;
      // The answer still tunes the coach; a call the user deleted keeps no record of it.
      if (!state.deleted) {
        const db = await deps.database();
        await putFeedback(db, { callId: message.callId, cardId: message.cardId, nudgeId: message.nudgeId, kind: message.kind, at: now });
      }
      if (message.nudgeId !== 'custom') await deps.settings.countFeedback(message.nudgeId, message.kind);
      return;
    }
    case 'set-paused': {
      const state = deps.sessions.get(message.tabId);
      if (!state) return;
      await deps.sessions.set(setPaused(state, message.paused, now, deps.settings.settings));
      deps.changed();
      return;
    }
    case 'bookmark': {
      const state = byCallId(deps.sessions, message.callId);
      if (!state) return;
      const bookmark: StoredBookmark = {
        callId: state.callId,
        id: `m${state.bookmarks + 1}`,
        at: now,
        note: message.note.trim(),
        utteranceId: state.transcript.at(-1)?.id ?? null,
      };
      await deps.sessions.set({ ...state, bookmarks: state.bookmarks + 1, updatedAt: now });
      deps.changed();
      if (!state.deleted) await putBookmark(await deps.database(), bookmark);
    }
  }
}

/** Keyboard shortcuts declared in manifest.json `commands` (opening the panel is the browser's own `_execute_action`). */
export const KEYBOARD_COMMANDS = ['dismiss-card', 'toggle-pause'] as const;

/**
 * The call a shortcut acts on: the one the rep sees. That is the call in the active tab (the panel shows it too,
 * even if it has not said so yet). Else, with a side panel open in that window, the call the panel shows
 * (`panelTabId`, its tab; the panel keeps showing the call the rep was last in while they look at another tab),
 * and nothing if that call is over, rather than a card out of sight. With no panel there, the latest live call.
 */
export function shortcutTarget(
  sessions: readonly CallSessionState[],
  activeTabId: number | null,
  panelTabId?: number | null,
): CallSessionState | null {
  const live = sessions.filter((state) => !state.ended).sort((a, b) => b.updatedAt - a.updatedAt);
  const inActiveTab = live.find((state) => state.tabId === activeTabId);
  if (inActiveTab) return inActiveTab;
  if (panelTabId !== undefined) return live.find((state) => state.tabId === panelTabId) ?? null;
  return live[0] ?? null;
}

/** A keyboard shortcut, turned into the same command the panel's buttons send; "dismiss" acts on the card on screen only. */
export function commandForShortcut(name: string, target: CallSessionState | null, settings: Settings): PanelToBackground | null {
  if (!target) return null;
  if (name === 'toggle-pause') return { type: 'set-paused', tabId: target.tabId, paused: !target.paused };
  if (name === 'dismiss-card') {
    const card = currentCard(target, settings);
    return card ? { type: 'card-feedback', callId: target.callId, cardId: card.id, nudgeId: card.nudgeId, kind: 'not-now' } : null;
  }
  return null;
}
