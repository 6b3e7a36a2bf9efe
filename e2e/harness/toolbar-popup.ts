import { writeFile } from 'node:fs/promises';
import { callExpression } from './call-expression';
import { CdpConnection, listTargets } from './cdp-connection';
import type { TestPage } from './test-page';
import { waitUntil } from './wait-until';

interface EvaluateResult {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/** CDP's `Input.dispatchKeyEvent` modifier bits and the few keys the tests press. */
const CDP_MODIFIERS: Record<string, number> = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };
const KEY_CODES: Record<string, number> = { Tab: 9, Enter: 13, Escape: 27 };

/**
 * The real toolbar popup, driven over raw CDP: its viewport is the size the browser
 * gives a popup (from its content, within the browser's limits), not a tab's.
 */
export function wrapToolbarPopup(connection: CdpConnection): TestPage {
  const evaluate = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    const outcome = await connection.send<EvaluateResult>('Runtime.evaluate', {
      expression: callExpression(fn, arg),
      awaitPromise: true,
      returnByValue: true,
    });
    if (outcome.exceptionDetails) throw new Error(outcome.exceptionDetails.exception?.description ?? outcome.exceptionDetails.text);
    return outcome.result.value as R;
  };
  return {
    async goto() {
      throw new Error('the toolbar popup shows its own page only');
    },
    evaluate,
    async waitFor(fn, arg, timeoutMs = 20_000) {
      await waitUntil('a condition in the toolbar popup', async () => ((await evaluate(fn, arg)) ? true : undefined), timeoutMs);
    },
    async click(selector) {
      const found = await evaluate((wanted) => {
        const element = document.querySelector<HTMLElement>(wanted);
        element?.click();
        return element !== null;
      }, selector);
      if (!found) throw new Error(`no ${selector} in the toolbar popup`);
    },
    async press(combination) {
      const keys = combination.split('+');
      const key = keys.pop() ?? '';
      const modifiers = keys.reduce((bits, modifier) => bits | (CDP_MODIFIERS[modifier] ?? 0), 0);
      for (const type of ['keyDown', 'keyUp']) {
        await connection.send('Input.dispatchKeyEvent', { type, key, code: key, modifiers, windowsVirtualKeyCode: KEY_CODES[key] ?? 0 });
      }
    },
    async mouseClick(x, y) {
      for (const type of ['mousePressed', 'mouseReleased']) await connection.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    },
    title: () => evaluate(() => document.title, null),
    async screenshot(path, selector) {
      const clip = selector
        ? await evaluate((wanted) => {
            const box = document.querySelector(wanted)?.getBoundingClientRect();
            return box ? { x: box.x, y: box.y, width: box.width, height: box.height, scale: 1 } : null;
          }, selector)
        : null;
      const { data } = await connection.send<{ data: string }>('Page.captureScreenshot', { format: 'png', ...(clip ? { clip } : {}) });
      await writeFile(path, Buffer.from(data, 'base64'));
    },
    async bringToFront() {
      await connection.send('Page.bringToFront');
    },
    async emulateColorScheme(value) {
      await connection.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
    },
    async close() {
      await evaluate(() => window.close(), null).catch(() => undefined);
      connection.close();
    },
  };
}

/**
 * Waits for a popup page that was not there before `open` ran, and connects to it.
 * Targets are compared by id: a popup opened as a tab has the same address.
 */
export async function connectToNewPopup(debuggingOrigin: string, popupUrl: string, open: () => Promise<void>): Promise<TestPage> {
  const before = new Set((await listTargets(debuggingOrigin)).map((target) => target.id));
  await open();
  const target = await waitUntil('the toolbar popup to open', async () =>
    (await listTargets(debuggingOrigin)).find((candidate) => !before.has(candidate.id) && candidate.url.startsWith(popupUrl)),
  );
  return wrapToolbarPopup(await CdpConnection.open(target.webSocketDebuggerUrl));
}
