import { describe, expect, test } from 'vitest';
import { dispatch, type Handlers } from './dispatch';
import { sendToContent } from './send';
import { INSPECT_REQUEST_TYPE, isInspectRequest } from './test-hook';

interface Requests {
  double: { request: { type: 'double'; value: number }; response: number };
  greet: { request: { type: 'greet'; name: string }; response: string };
}

const handlers: Handlers<Requests, string> = {
  double: ({ value }) => value * 2,
  greet: async ({ name }, greeting) => `${greeting}, ${name}`,
};

describe('dispatch', () => {
  test.each<[Requests[keyof Requests]['request'], number | string]>([
    [{ type: 'double', value: 21 }, 42],
    [{ type: 'greet', name: 'Ada' }, 'Hello, Ada'],
  ])('%o is answered by its own handler, with the context', async (request, response) => {
    await expect(dispatch(handlers, request, 'Hello')).resolves.toBe(response);
  });
});

describe('sendToContent', () => {
  test('asks the top frame of the tab and returns its answer', async () => {
    const sent: unknown[] = [];
    const channel = {
      tabs: {
        sendMessage: async (tabId: number, message: unknown, options: { frameId: number }) => {
          sent.push([tabId, message, options]);
          return { ok: true };
        },
      },
    };
    expect(await sendToContent(channel, 9, { type: 'reveal-mark', warningIndex: 1 })).toEqual({ ok: true });
    expect(sent).toEqual([[9, { type: 'reveal-mark', warningIndex: 1 }, { frameId: 0 }]]);
  });
});

describe('isInspectRequest', () => {
  test.each<[unknown, boolean]>([
    [{ type: INSPECT_REQUEST_TYPE }, true],
    [{ type: 'extract' }, false],
    [INSPECT_REQUEST_TYPE, false],
    [null, false],
  ])('%o → %s', (message, expected) => {
    expect(isInspectRequest(message)).toBe(expected);
  });
});
