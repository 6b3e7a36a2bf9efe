import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../harness/launch-chromium';
import { launchFirefox } from '../harness/launch-firefox';
import { e2eBuild } from '../harness/paths';
import type { BrowserName, ExtensionBrowser } from '../harness/test-page';

/** One request seen by the browser, and who made it. */
export interface RecordedRequest {
  url: string;
  /** Made by the service worker or from an extension page, rather than by a web page in a tab. */
  byExtension: boolean;
}

export interface RecordingBrowser extends ExtensionBrowser {
  /** Every network request of the context, service worker included; null where the automation cannot see them all (Firefox). */
  requests: RecordedRequest[] | null;
  /** Every alert, confirm or prompt any tab opened. */
  dialogs: string[];
}

/**
 * The harness's browser (same build, same flags), recording what the hostile suite
 * must observe: every dialog, and in Chromium every network request in the context,
 * service worker included. Dialogs are dismissed so a payload that did run cannot
 * block the test; it is recorded and fails it.
 */
export async function launchRecording(name: BrowserName): Promise<RecordingBrowser> {
  const dialogs: string[] = [];
  if (name === 'firefox') {
    const browser = await launchFirefox(e2eBuild('firefox'), {
      onPage: (page) =>
        page.on('dialog', (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss().catch(() => undefined);
        }),
    });
    return { ...browser, requests: null, dialogs };
  }
  // Playwright reports the service worker's own fetches only with this set.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const requests: RecordedRequest[] = [];
  const record = (context: BrowserContext): void => {
    context.on('request', (request) => {
      let byExtension = true;
      if (request.serviceWorker() === null) {
        try {
          byExtension = request.frame().url().startsWith('chrome-extension:') || request.frame().page().url().startsWith('chrome-extension:');
        } catch {
          // A request with neither a worker nor a frame can only be the browser's or an extension's.
        }
      }
      requests.push({ url: request.url(), byExtension });
    });
    context.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
  };
  const browser = await launchChromium(e2eBuild('chromium'), { onContext: record });
  return { ...browser, requests, dialogs };
}
