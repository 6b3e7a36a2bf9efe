import { vi } from 'vitest';

/** An extension event whose listeners a test can fire. */
export class FakeEvent<Listener extends (...args: never[]) => unknown> {
  readonly listeners: Listener[] = [];
  addListener = (listener: Listener): void => void this.listeners.push(listener);
  removeListener = (listener: Listener): void => void this.listeners.splice(this.listeners.indexOf(listener), 1);
  fire(...args: Parameters<Listener>): void {
    for (const listener of this.listeners) listener(...args);
  }
}

type Listener = (...args: never[]) => unknown;

/**
 * The slice of `browser.*` the shell modules use, in memory: `storage.sync`,
 * permissions, tabs, commands, context menus, action and i18n. Shell tests mock
 * `wxt/browser` with it.
 */
export function fakeBrowser() {
  const sync = new Map<string, unknown>();
  const granted = new Set<string>();
  const storageChanged = new FakeEvent<Listener>();
  return {
    sync,
    granted,
    storage: {
      sync: {
        get: vi.fn(async (key: string) => (sync.has(key) ? { [key]: structuredClone(sync.get(key)) } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) {
            const oldValue = sync.get(key);
            sync.set(key, structuredClone(value));
            storageChanged.fire(...([{ [key]: { oldValue, newValue: structuredClone(value) } }, 'sync'] as never[]));
          }
        }),
      },
      onChanged: storageChanged,
    },
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin))),
    },
    tabs: {
      onUpdated: new FakeEvent<Listener>(),
      query: vi.fn(async (): Promise<Array<{ id?: number }>> => [{ id: 7 }]),
    },
    commands: { onCommand: new FakeEvent<Listener>() },
    runtime: {
      onInstalled: new FakeEvent<Listener>(),
      getURL: vi.fn((path: string) => `chrome-extension://fake${path}`),
    },
    contextMenus: {
      removeAll: vi.fn(async () => undefined),
      create: vi.fn(),
      onClicked: new FakeEvent<Listener>(),
    },
    i18n: {
      getMessage: vi.fn((name: string, substitutions?: string[]) => `${name}${substitutions ? `(${substitutions.join(',')})` : ''}`),
      getUILanguage: vi.fn(() => 'en-GB'),
    },
  };
}
