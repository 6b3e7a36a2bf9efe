import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from './settings-schema';

const fake = vi.hoisted(() => ({ browser: undefined as unknown }));
vi.mock('wxt/browser', () => ({
  get browser() {
    return fake.browser;
  },
}));

const { analyzeTab } = await import('./analyze-tab');

const URL_ = 'https://news.example.org/a';

/** A browser whose injection and messaging fail, or not, as each case says. */
function browserWhere(inject: Error | null, answer: Error | null, tabAfter: { status: string; url: string } = { status: 'complete', url: URL_ }) {
  let calls = 0;
  return {
    tabs: {
      get: vi.fn(async () => (calls++ === 0 ? { status: 'complete', url: URL_ } : tabAfter)),
      sendMessage: vi.fn(async () => {
        if (answer) throw answer;
        return { ok: false, message: 'extraction stopped here' };
      }),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        if (inject) throw inject;
        return [];
      }),
    },
    i18n: { getMessage: vi.fn((name: string, substitutions?: string[]) => `${name}(${(substitutions ?? []).join(',')})`) },
  };
}

describe('analyzeTab tells a permission problem from an error', () => {
  test.each([
    ['Chromium refuses a page without access', new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'), null, { status: 'restricted', reason: 'no-access' }],
    ['Firefox refuses a page without access', new Error('Missing host permission for the tab'), null, { status: 'restricted', reason: 'no-access' }],
    ['an injection failing for another reason', new Error('Frame with ID 0 was removed.'), null, { status: 'error', message: 'error_injection_failed(Frame with ID 0 was removed.)' }],
    ['nothing listening (Firefox on about:config)', null, new Error('Could not establish connection. Receiving end does not exist.'), { status: 'restricted', reason: 'no-access' }],
    ['an answer the channel could not carry', null, new Error('Maximum call stack size exceeded'), { status: 'error', message: 'error_no_answer(Maximum call stack size exceeded)' }],
    ['a port closed before the answer', null, new Error('The message port closed before a response was received.'), { status: 'error', message: 'error_no_answer(The message port closed before a response was received.)' }],
    ['the script answering', null, null, { status: 'error', message: 'extraction stopped here' }],
  ])('%s', async (_what, inject, answer, expected) => {
    fake.browser = browserWhere(inject, answer);
    expect(await analyzeTab(1, { ...DEFAULT_SETTINGS })).toEqual(expected);
  });

  test.each([
    ['an injection', new Error('Cannot access contents of the page.'), null],
    ['a message', null, new Error('Maximum call stack size exceeded')],
  ])('says the page changed when %s fails during a navigation', async (_what, inject, answer) => {
    fake.browser = browserWhere(inject, answer, { status: 'loading', url: `${URL_}?next` });
    expect(await analyzeTab(1, { ...DEFAULT_SETTINGS })).toEqual({ status: 'error', message: 'error_page_changed()' });
  });
});
