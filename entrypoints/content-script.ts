import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractSnapshot } from '../extraction/extract-snapshot';
import { dispatch, type Handlers } from '../messaging/dispatch';
import { whenExtensionGone } from '../messaging/extension-lifetime';
import { parseContentRequest, type ContentRequests } from '../messaging/protocol';
import { isInspectRequest } from '../messaging/test-hook';
import { createMarksController, type MarksController } from '../page/marks-controller';

const handlers: Handlers<ContentRequests, MarksController> = {
  extract: () => {
    try {
      return { ok: true, snapshot: extractSnapshot(document, location.href) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
  mark: ({ marks }, controller) => controller.mark(marks),
  'set-marks-visible': ({ visible }, controller) => {
    controller.setVisible(visible);
    return { ok: true };
  },
  'reveal-mark': ({ warningIndex }, controller) => ({ ok: controller.reveal(warningIndex) }),
};

/** Set on the content script's isolated global so a second injection reuses the first. */
const LOADED = Symbol.for('sourcelight.content-script');

/**
 * Injected on demand by the background (activeTab + scripting), never declared in
 * the manifest. An unlisted script rather than a WXT content script: WXT's
 * ContentScriptContext announces every copy to the page with `postMessage` and
 * stops when the page dispatches that announcement back, so any page could switch
 * Sourcelight off. Here the listener and the marks live as long as the extension
 * does, and nothing the page sends or dispatches ends them.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { [LOADED]?: true };
  if (scope[LOADED]) return;
  scope[LOADED] = true;

  const controller = createMarksController(document);
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (import.meta.env.MODE === 'e2e' && isInspectRequest(message)) return Promise.resolve(controller.inspect());
    const request = parseContentRequest(message);
    if (request === null) return undefined;
    return dispatch(handlers, request, controller);
  };
  browser.runtime.onMessage.addListener(listener);
  whenExtensionGone(() => browser.runtime?.id, () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension's APIs may be gone with it; the page still gets its DOM back below.
    }
    controller.destroy();
    delete scope[LOADED];
  });
});
