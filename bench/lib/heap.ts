/**
 * JS heaps read over the DevTools protocol after a full garbage collection: a page's through its own session,
 * the extension service worker's through a tunnel. Playwright's CDP sessions open on pages only, and a
 * flattened child session of a page cannot be addressed through them; the older non-flat route can: attach
 * to the worker's target from a page session and tunnel each command through `Target.sendMessageToTarget`,
 * its answers arriving as `Target.receivedMessageFromTarget` events.
 */
import type { CDPSession, Page } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface TunnelReply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/** Sends one command to the target behind `sessionId` and waits for its answer. */
function tunnel(cdp: CDPSession, sessionId: string) {
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as TunnelReply;
    const waiter = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiter || reply.id === undefined) return;
    pending.delete(reply.id);
    if (reply.error) waiter.reject(new Error(reply.error.message));
    else waiter.resolve(reply.result);
  };
  // The event is not in Playwright's typed protocol map for page sessions; it is delivered all the same.
  const events = cdp as unknown as { on(name: string, fn: typeof onMessage): void; off(name: string, fn: typeof onMessage): void };
  events.on('Target.receivedMessageFromTarget', onMessage);
  return {
    send(method: string, params: object = {}): Promise<unknown> {
      nextId += 1;
      const id = nextId;
      const answer = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return answer;
    },
    close(): void {
      events.off('Target.receivedMessageFromTarget', onMessage);
    },
  };
}

interface DevToolsSession {
  send(method: string, params?: object): Promise<unknown>;
  detach(): Promise<void>;
}

/** A DevTools session on Candor's service worker, tunnelled through a page's session. */
async function attachToServiceWorker(anyPage: Page, extensionId: string): Promise<DevToolsSession> {
  const cdp = await anyPage.context().newCDPSession(anyPage);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) {
    await cdp.detach();
    throw new Error('Candor service worker target not found (stopped?)');
  }
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  const channel = tunnel(cdp, sessionId);
  return {
    send: channel.send,
    async detach() {
      channel.close();
      await cdp.send('Target.detachFromTarget', { sessionId });
      await cdp.detach();
    },
  };
}

/** Used heap after a full garbage collection, in bytes, through any DevTools session; the session is closed. */
async function usedHeapAfterGc(session: DevToolsSession): Promise<number> {
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await session.detach();
  }
}

/** Used JS heap of a page after a full garbage collection, in bytes. */
export async function pageHeapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  return usedHeapAfterGc({ send: (method, params) => cdp.send(method as never, params as never), detach: () => cdp.detach() });
}

/** Used heap of Candor's service worker after a full garbage collection, in bytes. */
export async function serviceWorkerHeapAfterGc(anyPage: Page, extensionId: string): Promise<number> {
  return usedHeapAfterGc(await attachToServiceWorker(anyPage, extensionId));
}
