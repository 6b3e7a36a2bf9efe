import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractSnapshot } from '../extraction/extract-snapshot';
import { dispatch, type Handlers } from '../messaging/dispatch';
import { parseContentRequest, type ContentRequests } from '../messaging/protocol';
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

export default defineContentScript({
  // Injected on demand by the background (activeTab + scripting), never declared in the manifest.
  registration: 'runtime',
  main(ctx) {
    const scope = globalThis as { [LOADED]?: true };
    if (scope[LOADED]) return;
    scope[LOADED] = true;

    const controller = createMarksController(document);
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseContentRequest(message);
      if (request === null) return undefined;
      return dispatch(handlers, request, controller);
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      controller.destroy();
      delete scope[LOADED];
    });
  },
});
