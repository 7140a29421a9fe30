/**
 * Keeps the panel connected to the service worker. When Chrome stops the worker the port drops; the panel
 * reconnects at once (which starts the worker again) and gets the full state back.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isMeetingUrl } from '../../contracts/meeting-hosts';
import { PANEL_PORT, type CallView, type PanelShows, type PanelStateMessage, type PanelToBackground } from '../../contracts/messages';
import { browser, type Runtime } from '../../platform/browser';
import { selectCall } from './select-call';

export interface PanelState {
  call: CallView | null;
  connected: boolean;
  /** The active tab is a meeting page without Candor running in it (opened before Candor was installed or updated). */
  needsReload: boolean;
  /** The disk is full: live calls are not being saved. */
  storageFull: boolean;
  /** Sends a command to the worker (card feedback, pause, bookmark, a participant's side). */
  send(command: PanelToBackground): void;
}

const RECONNECT_MS = 250;
/** A freshly loaded meeting tab's content script connects within this long; only after it is a reload needed. */
const SCRIPT_START_GRACE_MS = 3_000;

interface ActiveTab {
  id: number | null;
  windowId: number | null;
  url: string | undefined;
  since: number;
}

export function usePanelState(): PanelState {
  const [state, setState] = useState<PanelStateMessage>({ type: 'panel-state', calls: [], coveredTabs: [], meetingTabs: [], storageFull: false });
  const [connected, setConnected] = useState(false);
  // When the worker (re)started for this panel: its content scripts reconnect within the grace period too.
  const [connectedSince, setConnectedSince] = useState(Date.now());
  const [active, setActive] = useState<ActiveTab>({ id: null, windowId: null, url: undefined, since: Date.now() });
  const [, setTick] = useState(0);
  const port = useRef<Runtime.Port | null>(null);
  /** The tab whose call the panel last showed because it was the active tab: the rep's call while they look elsewhere. */
  const lastCallTab = useRef<number | null>(null);

  useEffect(() => {
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = (): void => {
      const next = browser.runtime.connect({ name: PANEL_PORT });
      port.current = next;
      let first = true;
      next.onMessage.addListener((message: unknown) => {
        const pushed = message as PanelStateMessage;
        if (pushed.type === 'panel-state') {
          setState(pushed);
          setConnected(true);
          if (first) setConnectedSince(Date.now());
          first = false;
        }
      });
      next.onDisconnect.addListener(() => {
        port.current = null;
        setConnected(false);
        if (!closed) timer = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(timer);
      port.current?.disconnect();
    };
  }, []);

  useEffect(() => {
    const refresh = (): void => {
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        setActive({ id: tab?.id ?? null, windowId: tab?.windowId ?? null, url: tab?.url, since: Date.now() });
      });
    };
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    // Re-render once the grace period is over, so a reload hint can appear without another event.
    const grace = setInterval(() => setTick((n) => n + 1), SCRIPT_START_GRACE_MS);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
      clearInterval(grace);
    };
  }, []);

  const send = useCallback((message: PanelToBackground | PanelShows) => {
    try {
      port.current?.postMessage(message);
    } catch {
      // The worker went away; the panel reconnects, says what it shows again, and the user can press again.
    }
  }, []);
  const needsReload =
    connected &&
    active.id !== null &&
    // Firefox shows the panel a meeting tab's URL; Chromium does not, so the worker's list of tabs it ran in counts too.
    (isMeetingUrl(active.url) || state.meetingTabs.includes(active.id)) &&
    !state.coveredTabs.includes(active.id) &&
    Date.now() - Math.max(active.since, connectedSince) >= SCRIPT_START_GRACE_MS;

  const call = selectCall(state.calls, active.id, active.windowId, lastCallTab.current);
  if (call && call.tabId === active.id) lastCallTab.current = active.id;

  // The keyboard shortcuts run in the worker, which cannot tell which call this panel shows while the rep looks
  // at another tab: say so whenever it changes, and again on each connection (a restarted worker forgot).
  const shownTab = call?.tabId ?? null;
  useEffect(() => {
    if (connected && active.windowId !== null) send({ type: 'panel-shows', windowId: active.windowId, tabId: shownTab });
  }, [connected, connectedSince, active.windowId, shownTab, send]);

  return { call, connected, needsReload, storageFull: state.storageFull, send };
}
