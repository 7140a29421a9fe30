import type { SessionArea } from '../../../src/background/session-store';

/** storage.session as the worker sees it, kept in memory: what one worker stores, a restarted one finds. */
export function memorySessionArea(): SessionArea {
  const data: Record<string, unknown> = {};
  return {
    get: async () => ({ ...data }),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async (keys: string | string[]) => [keys].flat().forEach((key) => delete data[key]),
  };
}
