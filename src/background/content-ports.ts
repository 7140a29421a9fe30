/**
 * The worker's way back to each meeting tab on its `captions` port: whether to keep listening (paused, mode
 * off) and what the in-call overlay shows. Sends only what changed, so a burst of caption updates that leaves
 * the card as it was costs nothing.
 */
import type { TabStateMessage } from '../contracts/messages';
import type { Runtime } from '../platform/browser';
import type { Settings } from '../storage/settings';
import { currentCard, listensTo, type CallSessionState } from './call-session';

export function tabState(state: CallSessionState, settings: Settings): TabStateMessage {
  const card = currentCard(state, settings);
  return {
    type: 'tab-state',
    callId: state.callId,
    listening: listensTo(state, settings),
    overlay: settings.overlay.enabled
      ? { card: card && { id: card.id, nudgeId: card.nudgeId, title: card.title, question: card.question, why: card.why }, shadow: settings.mode === 'shadow' }
      : null,
  };
}

export class ContentPorts {
  private readonly ports = new Map<number, { port: Runtime.Port; last: string }>();

  /** The tab's call is held by this port from now on; it gets the tab's state on the next sync. */
  attach(tabId: number, port: Runtime.Port): void {
    if (this.ports.get(tabId)?.port === port) return;
    this.ports.set(tabId, { port, last: '' });
    port.onDisconnect.addListener(() => {
      if (this.ports.get(tabId)?.port === port) this.ports.delete(tabId);
    });
  }

  /** Sends each connected tab its state if it differs from what it last got. */
  sync(sessions: readonly CallSessionState[], settings: Settings): void {
    for (const state of sessions) {
      const entry = this.ports.get(state.tabId);
      if (!entry) continue;
      const message = tabState(state, settings);
      const key = JSON.stringify(message);
      if (key === entry.last) continue;
      entry.last = key;
      try {
        entry.port.postMessage(message);
      } catch {
        this.ports.delete(state.tabId);
      }
    }
  }
}
