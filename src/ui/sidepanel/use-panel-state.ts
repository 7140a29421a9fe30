/**
 * Keeps the panel connected to the service worker. When Chrome stops the worker the port drops; the panel
 * reconnects at once (which starts the worker again) and gets the full state back.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { PANEL_PORT, type CallView, type PanelStateMessage, type PanelToBackground } from '../../contracts/messages';
import { browser, type Runtime } from '../../platform/browser';
import { selectCall } from './select-call';

export interface PanelState {
  call: CallView | null;
  connected: boolean;
  /** Sends a command to the worker (card feedback, pause, bookmark). */
  send(command: PanelToBackground): void;
}

const RECONNECT_MS = 250;

export function usePanelState(): PanelState {
  const [calls, setCalls] = useState<CallView[]>([]);
  const [connected, setConnected] = useState(false);
  const [activeTabId, setActiveTabId] = useState<number | null>(null);
  const [windowId, setWindowId] = useState<number | null>(null);
  const portRef = useRef<Runtime.Port | null>(null);
  const send = useCallback((command: PanelToBackground) => {
    try {
      portRef.current?.postMessage(command);
    } catch {
      // The worker went away; the panel reconnects and the user can press again.
    }
  }, []);

  useEffect(() => {
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = (): void => {
      const port = browser.runtime.connect({ name: PANEL_PORT });
      portRef.current = port;
      port.onMessage.addListener((message: unknown) => {
        const state = message as PanelStateMessage;
        if (state.type === 'panel-state') {
          setCalls(state.calls);
          setConnected(true);
        }
      });
      port.onDisconnect.addListener(() => {
        if (portRef.current === port) portRef.current = null;
        setConnected(false);
        if (!closed) timer = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    const refresh = (): void => {
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        setActiveTabId(tab?.id ?? null);
        setWindowId(tab?.windowId ?? null);
      });
    };
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    return () => browser.tabs.onActivated.removeListener(refresh);
  }, []);

  return { call: selectCall(calls, activeTabId, windowId), connected, send };
}
