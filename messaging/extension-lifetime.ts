/** How often a live copy checks that its extension is still there. */
export const EXTENSION_CHECK_MS = 1000;

/**
 * Calls `onGone` once, as soon as `runtimeId` stops giving the extension's id (the
 * extension was updated, reloaded, disabled or removed; browsers leave its content
 * scripts in the page with their APIs dead, and reading the id may then throw).
 * Only the browser can end a content script's life this way: nothing a page sends or
 * dispatches is looked at. Returns a function that stops watching.
 */
export function whenExtensionGone(runtimeId: () => string | undefined, onGone: () => void, intervalMs = EXTENSION_CHECK_MS): () => void {
  const gone = (): boolean => {
    try {
      return !runtimeId();
    } catch {
      return true;
    }
  };
  const timer = setInterval(() => {
    if (!gone()) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  return () => clearInterval(timer);
}
