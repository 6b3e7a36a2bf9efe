/**
 * The slices of `browser.*` the shell uses. Shell functions are handed the browser
 * (the entrypoints pass WXT's `browser`, which must fit these types) instead of
 * importing it, so a test passes an in-memory fake and the suite needs no module
 * mocks, nor a fresh module registry per file.
 */
import type { ContentChannel } from '../messaging/send';

/** An extension event: `browser.tabs.onUpdated`, `browser.commands.onCommand`… */
export interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** What the shell reads of a tab. */
export interface TabInfo {
  id?: number;
  url?: string;
  status?: string;
}

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface SyncStoragePort {
  storage: { sync: Pick<StorageArea, 'get' | 'set'> };
}

export interface StorageEventsPort {
  storage: { onChanged: ExtensionEvent<(changes: StorageChanges, area: string) => void> };
}

export interface LocalStoragePort {
  storage: { local: StorageArea };
}

export interface SessionStoragePort {
  storage: { session: StorageArea };
}

export interface I18nPort {
  i18n: {
    getMessage(name: string, substitutions?: string[]): string;
    getUILanguage(): string;
  };
}

export interface TabsPort {
  tabs: {
    get(tabId: number): Promise<TabInfo>;
    query(query: { active: boolean; currentWindow: boolean }): Promise<TabInfo[]>;
    onUpdated: ExtensionEvent<(tabId: number, change: { status?: string; url?: string }, tab: TabInfo) => void>;
  };
}

/** The background injects one script, the content script, on demand. */
export const CONTENT_SCRIPT = '/content-script.js';

export interface ScriptingPort {
  scripting: { executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: [typeof CONTENT_SCRIPT] }): Promise<unknown> };
}

export interface RuntimePort {
  runtime: {
    getManifest(): { version: string };
    getURL(path: string): string;
    onInstalled: ExtensionEvent<() => void>;
  };
}

export interface PermissionsPort {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

export interface ActionPort {
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
    setBadgeTextColor(details: { tabId: number; color: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
}

export interface CommandsPort {
  commands: { onCommand: ExtensionEvent<(command: string, tab?: TabInfo) => void> };
}

export interface ContextMenusPort {
  contextMenus: {
    removeAll(): Promise<void>;
    create(properties: { id: string; title: string; contexts: ['page'] }): void;
    onClicked: ExtensionEvent<(info: { menuItemId: string | number }, tab?: TabInfo) => void>;
  };
}

/** Everything the background's shell uses; `browser` must be assignable to it. */
export type ShellBrowser = SyncStoragePort &
  StorageEventsPort &
  LocalStoragePort &
  SessionStoragePort &
  I18nPort &
  ContentChannel &
  TabsPort &
  ScriptingPort &
  RuntimePort &
  PermissionsPort &
  ActionPort &
  CommandsPort &
  ContextMenusPort;
