import { describe, expect, it, vi } from 'vitest';
import { PanelPorts } from '../../../src/background/panel-ports';
import type { Runtime } from '../../../src/platform/browser';

const ORIGIN = 'chrome-extension://candor/';

function panelPort() {
  const onMessage: Array<(message: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  const port = {
    name: 'panel',
    sender: { url: `${ORIGIN}src/ui/sidepanel/index.html` },
    postMessage: () => undefined,
    disconnect: () => undefined,
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
  };
  return {
    port: port as unknown as Runtime.Port,
    send: (message: unknown) => onMessage.forEach((listener) => listener(message)),
    close: () => onDisconnect.forEach((listener) => listener()),
  };
}

describe('what each side panel shows', () => {
  // Only the panel knows which call it shows while the active tab holds none (select-call.ts); the keyboard
  // shortcuts ask here so that they act on that call.
  it('is remembered per window while the panel is open, and is not a command', () => {
    const command = vi.fn();
    const panels = new PanelPorts(ORIGIN, () => ({ calls: [], coveredTabs: [], meetingTabs: [], storageFull: false }), command);
    const first = panelPort();
    const second = panelPort();
    panels.accept(first.port);
    panels.accept(second.port);
    first.send({ type: 'panel-shows', windowId: 1, tabId: 7 });
    second.send({ type: 'panel-shows', windowId: 2, tabId: 8 });
    expect(panels.shownIn(1)).toBe(7);
    expect(panels.shownIn(2)).toBe(8);
    expect(panels.shownIn(3)).toBeUndefined();
    expect(panels.shownIn(null)).toBeUndefined();

    first.send({ type: 'panel-shows', windowId: 1, tabId: null });
    expect(panels.shownIn(1)).toBeNull();
    second.send({ type: 'panel-shows', windowId: 'two', tabId: 9 });
    expect(panels.shownIn(2)).toBe(8);
    first.close();
    expect(panels.shownIn(1)).toBeUndefined();
    expect(command).not.toHaveBeenCalled();
  });
});
