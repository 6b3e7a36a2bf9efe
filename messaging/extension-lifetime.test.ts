/** @vitest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { whenExtensionGone } from './extension-lifetime';

describe('whenExtensionGone', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test.each<[string, Array<() => string | undefined>, number | null]>([
    ['the extension stays', [() => 'id', () => 'id', () => 'id'], null],
    ['the id disappears on the second check', [() => 'id', () => undefined, () => undefined], 2],
    ['reading the id throws (the context is invalidated)', [() => 'id', () => 'id', () => { throw new Error('Extension context invalidated.'); }], 3],
  ])('%s', (_what, checks, goneAt) => {
    let check = 0;
    const onGone = vi.fn(() => check);
    whenExtensionGone(() => (checks[Math.min(check++, checks.length - 1)] as () => string | undefined)(), onGone, 1000);
    vi.advanceTimersByTime(10_000);
    if (goneAt === null) expect(onGone).not.toHaveBeenCalled();
    else {
      expect(onGone).toHaveBeenCalledTimes(1);
      expect(onGone.mock.results[0]?.value).toBe(goneAt);
    }
  });

  test('nothing but the timer is looked at: page events never end it', () => {
    const onGone = vi.fn();
    whenExtensionGone(() => 'id', onGone, 1000);
    document.dispatchEvent(new CustomEvent('id:content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'x' } }));
    window.postMessage({ type: 'id:content:wxt:content-script-started' }, '*');
    vi.advanceTimersByTime(5000);
    expect(onGone).not.toHaveBeenCalled();
  });

  test('stops when asked', () => {
    const onGone = vi.fn();
    const stop = whenExtensionGone(() => undefined, onGone, 1000);
    stop();
    vi.advanceTimersByTime(5000);
    expect(onGone).not.toHaveBeenCalled();
  });
});
