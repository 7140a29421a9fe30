/**
 * Side panels (and, later, review pages) connect on the `panel` port and receive the state of every live call
 * whenever it changes. Pushes are coalesced to one per frame-sized interval so a burst of caption updates
 * does not flood the panel. The panel's commands come back on the same port, validated before they act.
 */
import * as v from 'valibot';
import { PanelToBackgroundSchema, type PanelStateMessage, type PanelToBackground } from '../contracts/messages';
import type { Runtime } from '../platform/browser';

const PUSH_INTERVAL_MS = 16;

export class PanelPorts {
  private readonly ports = new Set<Runtime.Port>();
  private scheduled = false;

  constructor(
    private readonly extensionOrigin: string,
    private readonly state: () => Omit<PanelStateMessage, 'type'>,
    private readonly command: (message: PanelToBackground) => void | Promise<void>,
  ) {}

  /** Only Candor's own pages may listen to calls or send commands; anything malformed is ignored. */
  accept(port: Runtime.Port): void {
    const url = port.sender?.url ?? '';
    if (!url.startsWith(this.extensionOrigin) || port.sender?.tab?.url?.startsWith('http')) {
      port.disconnect();
      return;
    }
    this.ports.add(port);
    port.onDisconnect.addListener(() => this.ports.delete(port));
    port.onMessage.addListener((raw: unknown) => {
      const parsed = v.safeParse(PanelToBackgroundSchema, raw);
      if (!parsed.success) {
        console.warn('[Candor] ignored a malformed panel command:', v.summarize(parsed.issues));
        return;
      }
      void Promise.resolve(this.command(parsed.output)).catch((error: unknown) => console.error('[Candor] panel command failed', error));
    });
    this.post(port, { type: 'panel-state', ...this.state() });
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
