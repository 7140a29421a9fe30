/**
 * A stand-in for src/platform/browser.ts in component tests: i18n answers from the real English
 * messages.json (with Chrome's placeholder rules), storage areas are in memory, ports are recorded.
 * Tests swap it in with `vi.mock('../../../src/platform/browser', () => import('./fake-browser'))`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const MESSAGES: Record<string, MessageEntry> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, MessageEntry>;

/** Chrome's getMessage: $NAME$ -> the placeholder's content, whose $1..$9 are the substitutions; '' when unknown. */
export function getMessage(key: string, subs: string | string[] = []): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const list = Array.isArray(subs) ? subs : [subs];
  const fill = (text: string) => text.replace(/\$(\d)/gu, (_, n: string) => list[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z_]+)\$/gu, (_, name: string) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''));
}

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

export class MemoryArea {
  data: Record<string, unknown> = {};
  constructor(private readonly name: string, private readonly listeners: Set<Listener>) {}
  async get(key?: string | null): Promise<Record<string, unknown>> {
    if (key === undefined || key === null) return structuredClone(this.data);
    return key in this.data ? { [key]: structuredClone(this.data[key]) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const changes: Record<string, { newValue?: unknown }> = {};
    for (const [key, value] of Object.entries(items)) {
      this.data[key] = structuredClone(value);
      changes[key] = { newValue: structuredClone(value) };
    }
    for (const listener of this.listeners) listener(changes, this.name);
  }
}

const listeners = new Set<Listener>();
export const posted: unknown[] = [];
/** The listeners of every port opened with `runtime.connect`: a test pushes the worker's messages through them. */
export const portListeners: Array<(message: unknown) => void> = [];
let managedPolicy: Record<string, unknown> | null = null;
/** Every `runtime.sendMessage` request, with the means to answer it when the test chooses. */
export const requests: Array<{ message: unknown; answer: () => void }> = [];

/** What `storage.managed.get()` answers; null: no policy installed (the browser rejects). */
export function setManagedPolicy(policy: Record<string, unknown> | null): void {
  managedPolicy = policy;
}

export const browser = {
  i18n: { getMessage },
  runtime: {
    connect: () => ({
      postMessage: (message: unknown) => posted.push(message),
      onMessage: { addListener: (listener: (message: unknown) => void) => portListeners.push(listener) },
      onDisconnect: { addListener: () => undefined },
      disconnect: () => undefined,
    }),
    sendMessage: (message: unknown) => new Promise<void>((answer) => requests.push({ message, answer: () => answer() })),
    openOptionsPage: async () => undefined,
  },
  storage: {
    local: new MemoryArea('local', listeners),
    managed: {
      get: async () => {
        if (managedPolicy === null) throw new Error('Managed storage manifest not found');
        return structuredClone(managedPolicy);
      },
    },
    onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  },
  commands: {
    getAll: async () => [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+C' },
      { name: 'dismiss-card', description: 'Dismiss the current card (not now)', shortcut: 'Alt+Shift+X' },
    ],
  },
  tabs: {
    query: async () => [{ id: 7, windowId: 1 }],
    onActivated: { addListener: () => undefined, removeListener: () => undefined },
    onUpdated: { addListener: () => undefined, removeListener: () => undefined },
  },
};

export function chromeSidePanel(): undefined {
  return undefined;
}
