import { describe, expect, test, vi } from 'vitest';
import type { AnalysisOutcome } from '../messaging/protocol';
import { MAX_STORED_OUTCOME_CHARS, loadOutcome, saveOutcome } from './outcome-store';

function sessionStorage(refuse: boolean) {
  const items = new Map<string, unknown>([['outcome:1', { status: 'error', message: 'an older page' }]]);
  return {
    items,
    storage: {
      session: {
        get: vi.fn(async (key: string) => (items.has(key) ? { [key]: items.get(key) } : {})),
        set: vi.fn(async (values: Record<string, unknown>) => {
          if (refuse) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
          for (const [key, value] of Object.entries(values)) items.set(key, value);
        }),
        remove: vi.fn(async (key: string) => void items.delete(key)),
      },
    },
  };
}

const small: AnalysisOutcome = { status: 'error', message: 'the tab was closed' };
const huge: AnalysisOutcome = { status: 'error', message: 'x'.repeat(MAX_STORED_OUTCOME_CHARS) };

describe('saveOutcome', () => {
  test.each([
    ['an ordinary outcome is kept', small, false, true, small],
    ['an outcome over the bound is not kept, and the older one is forgotten', huge, false, false, null],
    ['a refusal by storage (quota) is swallowed, and the older one is forgotten', small, true, false, null],
  ])('%s', async (_what, outcome, refuse, stored, loaded) => {
    const browser = sessionStorage(refuse);
    await expect(saveOutcome(browser, 1, outcome)).resolves.toBe(stored);
    expect(await loadOutcome(browser, 1)).toEqual(loaded);
  });
});
