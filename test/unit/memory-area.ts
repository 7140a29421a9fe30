/** An extension storage area (storage.local / storage.session) kept in memory, for tests of what reads and writes it. */
export function memoryArea(data: Record<string, unknown> = {}) {
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}
