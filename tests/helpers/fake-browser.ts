import { vi } from 'vitest';
import type { ExtensionEvent, ShellBrowser, StorageArea, TabInfo } from '../../shell/ports';

/** An extension event whose listeners a test can fire. */
export class FakeEvent<Listener extends (...args: never[]) => unknown> implements ExtensionEvent<Listener> {
  readonly listeners: Listener[] = [];
  addListener(listener: Listener): void {
    this.listeners.push(listener);
  }
  removeListener(listener: Listener): void {
    this.listeners.splice(this.listeners.indexOf(listener), 1);
  }
  fire(...args: Parameters<Listener>): void {
    for (const listener of this.listeners) listener(...args);
  }
}

type ListenerOf<Event> = Event extends ExtensionEvent<infer Listener extends (...args: never[]) => unknown> ? Listener : never;

/** A storage area in memory; `onSet` hears each write, as `storage.onChanged` does. */
function fakeArea(items: Map<string, unknown>, onSet: (key: string, oldValue: unknown, newValue: unknown) => void = () => undefined) {
  return {
    get: vi.fn<StorageArea['get']>(async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {})),
    set: vi.fn<StorageArea['set']>(async (values) => {
      for (const [key, value] of Object.entries(values)) {
        const oldValue = items.get(key);
        items.set(key, structuredClone(value));
        onSet(key, oldValue, structuredClone(value));
      }
    }),
    remove: vi.fn<StorageArea['remove']>(async (key) => void items.delete(key)),
  };
}

/**
 * Every slice of `browser.*` the shell uses (shell/ports.ts), in memory: storage
 * areas as maps, granted origins as a set, tabs as a map, events a test can fire.
 * Content-script messages answer `answerContent`; tests replace any `vi.fn` they
 * need to fail.
 */
export function fakeBrowser() {
  const sync = new Map<string, unknown>();
  const local = new Map<string, unknown>();
  const session = new Map<string, unknown>();
  const granted = new Set<string>();
  const tabs = new Map<number, TabInfo>([[7, { id: 7, url: 'https://news.example.org/a', status: 'complete' }]]);
  const storageChanged = new FakeEvent<ListenerOf<ShellBrowser['storage']['onChanged']>>();
  const contentRequests: Array<{ tabId: number; message: unknown }> = [];
  const fake = {
    sync,
    local,
    session,
    granted,
    tabList: tabs,
    contentRequests,
    /** What the content script answers a request with. */
    answerContent: (_message: unknown): unknown => undefined,
    storage: {
      sync: fakeArea(sync, (key, oldValue, newValue) => storageChanged.fire({ [key]: { oldValue, newValue } }, 'sync')),
      local: fakeArea(local),
      session: fakeArea(session),
      onChanged: storageChanged,
    },
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin))),
    },
    tabs: {
      get: vi.fn(async (tabId: number): Promise<TabInfo> => {
        const tab = tabs.get(tabId);
        if (tab === undefined) throw new Error(`No tab with id: ${tabId}.`);
        return { ...tab };
      }),
      query: vi.fn(async (): Promise<TabInfo[]> => [{ id: 7 }]),
      sendMessage: vi.fn(async (tabId: number, message: unknown): Promise<unknown> => {
        contentRequests.push({ tabId, message });
        return fake.answerContent(message);
      }),
      onUpdated: new FakeEvent<ListenerOf<ShellBrowser['tabs']['onUpdated']>>(),
    },
    scripting: { executeScript: vi.fn(async (): Promise<unknown> => []) },
    action: {
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setBadgeTextColor: vi.fn(async () => undefined),
      setTitle: vi.fn(async () => undefined),
    },
    commands: { onCommand: new FakeEvent<ListenerOf<ShellBrowser['commands']['onCommand']>>() },
    runtime: {
      onInstalled: new FakeEvent<ListenerOf<ShellBrowser['runtime']['onInstalled']>>(),
      getURL: vi.fn((path: string) => `chrome-extension://fake${path}`),
      getManifest: vi.fn(() => ({ version: '9.9.9' })),
    },
    contextMenus: {
      removeAll: vi.fn(async () => undefined),
      create: vi.fn(),
      onClicked: new FakeEvent<ListenerOf<ShellBrowser['contextMenus']['onClicked']>>(),
    },
    i18n: {
      getMessage: vi.fn((name: string, substitutions?: string[]) => `${name}${substitutions ? `(${substitutions.join(',')})` : ''}`),
      getUILanguage: vi.fn(() => 'en-GB'),
    },
  };
  return fake satisfies ShellBrowser;
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;
