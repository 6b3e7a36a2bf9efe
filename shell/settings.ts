import type { StorageEventsPort, SyncStoragePort } from './ports';
import { parseSettings, type Settings } from './settings-schema';

const KEY = 'settings';

/** The reader's settings; defaults for anything missing or corrupt, or when storage cannot be read. */
export async function loadSettings(browser: SyncStoragePort): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return parseSettings(stored[KEY] ?? {});
}

/** Stores the settings as one item, so a reader never sees half of a change. */
export async function saveSettings(browser: SyncStoragePort, settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: parseSettings(settings) });
}

/** Calls back with the new settings whenever any page of the extension saves them; returns the unsubscribe. */
export function onSettingsChanged(browser: StorageEventsPort, callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'sync' && KEY in changes) callback(parseSettings(changes[KEY]?.newValue ?? {}));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
