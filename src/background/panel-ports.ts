/**
 * Side panels (and, later, review pages) connect on the `panel` port and receive the state of every live call
 * whenever it changes. Pushes are coalesced to one per frame-sized interval so a burst of caption updates
 * does not flood the panel. The panel's commands come back on the same port, validated before they act.
 */
import * as v from 'valibot';
import { PanelPortMessageSchema, PanelToBackgroundSchema, type PanelShows, type PanelStateMessage, type PanelToBackground } from '../contracts/messages';
import type { Runtime } from '../platform/browser';

const PUSH_INTERVAL_MS = 16;

/** Candor's own pages (side panel, review, options), not a web page nor a content script in one. */
function fromCandorPage(sender: Runtime.MessageSender | undefined, extensionOrigin: string): boolean {
  return (sender?.url ?? '').startsWith(extensionOrigin) && !sender?.tab?.url?.startsWith('http');
}

export class PanelPorts {
  private readonly ports = new Set<Runtime.Port>();
  /** What each open panel last said it shows (see `shownIn`). */
  private readonly shows = new Map<Runtime.Port, PanelShows>();
  private scheduled = false;

  constructor(
    private readonly extensionOrigin: string,
    private readonly state: () => Omit<PanelStateMessage, 'type'>,
    private readonly command: (message: PanelToBackground) => void | Promise<void>,
  ) {}

  /** Only Candor's own pages may listen to calls or send commands; anything malformed is ignored. */
  accept(port: Runtime.Port): void {
    if (!fromCandorPage(port.sender, this.extensionOrigin)) {
      port.disconnect();
      return;
    }
    this.ports.add(port);
    port.onDisconnect.addListener(() => {
      this.ports.delete(port);
      this.shows.delete(port);
    });
    port.onMessage.addListener((raw: unknown) => {
      const parsed = v.safeParse(PanelPortMessageSchema, raw);
      if (!parsed.success) {
        console.warn('[Candor] ignored a malformed panel message:', v.summarize(parsed.issues));
        return;
      }
      if (parsed.output.type === 'panel-shows') {
        this.shows.set(port, parsed.output);
        return;
      }
      void Promise.resolve(this.command(parsed.output)).catch((error: unknown) => console.error('[Candor] panel command failed', error));
    });
    this.post(port, { type: 'panel-state', ...this.state() });
  }

  /**
   * A command sent once with `runtime.sendMessage` by a page that must know when it has run: the promise to
   * answer with, or undefined for a message that is not a command from a Candor page (no answer).
   */
  request(raw: unknown, sender: Runtime.MessageSender): Promise<void> | undefined {
    if (!fromCandorPage(sender, this.extensionOrigin)) return undefined;
    const parsed = v.safeParse(PanelToBackgroundSchema, raw);
    if (!parsed.success) {
      console.warn('[Candor] ignored a malformed request:', v.summarize(parsed.issues));
      return undefined;
    }
    return Promise.resolve(this.command(parsed.output));
  }

  /**
   * The tab of the call that the side panel open in this window shows (null: it shows none), or undefined when
   * no panel there has said. The keyboard shortcuts act on that call: the worker cannot work it out itself, as
   * the panel keeps showing the call the rep was last in while they look at another tab.
   */
  shownIn(windowId: number | null): number | null | undefined {
    if (windowId === null) return undefined;
    let shown: number | null | undefined;
    for (const shows of this.shows.values()) if (shows.windowId === windowId) shown = shows.tabId;
    return shown;
  }

  /** Something changed: push the new state soon. */
  changed(): void {
    if (this.scheduled || this.ports.size === 0) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      const message: PanelStateMessage = { type: 'panel-state', ...this.state() };
      for (const port of this.ports) this.post(port, message);
    }, PUSH_INTERVAL_MS);
  }

  private post(port: Runtime.Port, message: PanelStateMessage): void {
    try {
      port.postMessage(message);
    } catch {
      this.ports.delete(port);
    }
  }
}
