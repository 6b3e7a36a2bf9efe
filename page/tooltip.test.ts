/** @vitest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { MarkRequest } from '../messaging/protocol';
import { MARK_TAG } from './highlighter';
import { createMarksController, HOVER_GRACE_MS, type MarksController } from './marks-controller';

const XSS = '<img src=x onerror=alert(1)>';

/** The tooltip's host: the one element the controller adds to `<html>` itself. */
function tooltipHost(): HTMLElement | null {
  return document.documentElement.lastElementChild === document.body ? null : (document.documentElement.lastElementChild as HTMLElement | null);
}

const requests: MarkRequest[] = [
  {
    warningIndex: 1,
    anchor: { exact: 'Experts say', prefix: '', suffix: '' },
    severity: 'high',
    label: 'Vague attribution',
    message: 'Which experts? None is named.',
    hint: 'Name who says it.',
    steps: { previous: { text: 'Previous', name: 'Previous flag' }, next: { text: 'Next', name: 'Next flag' } },
  },
  {
    warningIndex: 4,
    anchor: { exact: 'millions of people', prefix: '', suffix: '' },
    severity: 'low',
    label: `Label ${XSS}`,
    message: `Message ${XSS}`,
    steps: { previous: { text: 'Previous', name: 'Previous flag' }, next: { text: 'Next', name: 'Next flag' } },
  },
];

function mark(warningIndex: number): HTMLElement {
  const found = document.querySelector<HTMLElement>(`${MARK_TAG}[data-warning-index="${warningIndex}"]`);
  if (!found) throw new Error(`no mark ${warningIndex}`);
  return found;
}

describe('tooltip', () => {
  let controller: MarksController;
  const tooltipText = (): string | undefined => controller.inspect().tooltip?.text;
  const tooltipShown = (): boolean => controller.inspect().tooltip?.displayed ?? false;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>Experts say that millions of people agree.</p>';
    controller = createMarksController(document);
    controller.mark(requests);
  });

  afterEach(() => {
    controller.destroy();
    vi.useRealTimers();
  });

  test.each([
    { name: 'hover', open: (m: HTMLElement) => m.dispatchEvent(new MouseEvent('mouseenter')) },
    { name: 'keyboard focus', open: (m: HTMLElement) => m.focus() },
  ])('shows label and message on $name', ({ open }) => {
    open(mark(1));
    expect(tooltipShown()).toBe(true);
    expect(tooltipText()).toBe('Vague attributionWhich experts? None is named.Name who says it.← PreviousNext →');
  });

  test.each([
    { name: 'mouseleave', open: (m: HTMLElement) => m.dispatchEvent(new MouseEvent('mouseenter')), close: (m: HTMLElement) => m.dispatchEvent(new MouseEvent('mouseleave')) },
    { name: 'blur', open: (m: HTMLElement) => m.focus(), close: (m: HTMLElement) => m.blur() },
    {
      name: 'Escape',
      open: (m: HTMLElement) => m.focus(),
      close: (m: HTMLElement) => m.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    },
  ])('hides on $name', ({ open, close }) => {
    open(mark(1));
    close(mark(1));
    // The pointer gets a moment to cross over to the buttons.
    vi.advanceTimersByTime(HOVER_GRACE_MS);
    expect(tooltipShown()).toBe(false);
  });

  test('keeps page and report text as text', () => {
    mark(4).focus();
    expect(tooltipText()).toBe(`Label ${XSS}Message ${XSS}← PreviousNext →`);
    expect(document.querySelector('img')).toBeNull();
  });

  test('the host is a plain div the page cannot look into: its shadow root is closed', () => {
    mark(1).focus();
    const host = tooltipHost();
    expect(host?.localName).toBe('div');
    expect(host?.shadowRoot).toBeNull();
    expect(host?.childNodes).toHaveLength(0);
  });

  test('the host sits on <html>, above everything, and resets inherited styles', () => {
    mark(1).focus();
    const host = tooltipHost();
    expect(host?.parentElement).toBe(document.documentElement);
    expect(host?.style.getPropertyValue('z-index')).toBe('2147483647');
    expect(host?.style.getPropertyValue('position')).toBe('fixed');
    expect(host?.style.getPropertyPriority('position')).toBe('important');
  });

  test('only one host, however many marks are explained', () => {
    mark(1).focus();
    mark(4).focus();
    mark(1).dispatchEvent(new MouseEvent('mouseenter'));
    expect(document.documentElement.children).toHaveLength(3);
    expect(tooltipText()).toContain('Which experts?');
  });

  test('is shown with the warning when a mark is revealed', () => {
    expect(controller.reveal(4)).toBe(true);
    expect(tooltipShown()).toBe(true);
    expect(tooltipText()).toContain(`Message ${XSS}`);
  });

  test('hides while its mark is scrolled out of view and returns with it', () => {
    const target = mark(1);
    target.focus();
    let top = 2000;
    target.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: top, width: 50, height: 20 });
    document.dispatchEvent(new Event('scroll'));
    expect(tooltipShown()).toBe(false);
    top = 100;
    document.dispatchEvent(new Event('scroll'));
    expect(tooltipShown()).toBe(true);
    expect(tooltipHost()?.style.getPropertyValue('top')).toBe('126px');
  });

  test('leaving a nested mark for the mark around it explains the outer one', () => {
    controller.mark([
      { ...requests[0], anchor: { exact: 'Experts say that millions of people agree', prefix: '', suffix: '' } } as MarkRequest,
      { ...requests[1], label: 'Inner', message: 'inner message' } as MarkRequest,
    ]);
    const inner = mark(4);
    const outer = inner.parentElement;
    expect(outer?.getAttribute('data-warning-index')).toBe('1');
    inner.dispatchEvent(new MouseEvent('mouseenter'));
    expect(tooltipText()).toBe('Innerinner message← PreviousNext →');
    inner.dispatchEvent(new MouseEvent('mouseleave', { relatedTarget: outer }));
    expect(tooltipShown()).toBe(true);
    expect(tooltipText()).toContain('Which experts?');
  });

  test('the tooltip text is not anchorable page text', () => {
    mark(1).focus();
    expect(controller.mark([{ ...requests[0], anchor: { exact: 'Which experts', prefix: '', suffix: '' } } as MarkRequest])).toEqual({
      anchored: [],
      unanchored: [1],
    });
  });
});

describe('the tooltip acts on flags', () => {
  let controller: MarksController;
  let shadow: ShadowRoot | null;
  const inspection = () => controller.inspect().tooltip;
  const buttons = (): HTMLButtonElement[] => [...(shadow?.querySelectorAll('button') ?? [])];
  const focusedMark = (): string | null => document.activeElement?.closest(MARK_TAG)?.getAttribute('data-warning-index') ?? null;
  const key = (target: Element, init: KeyboardEventInit): KeyboardEvent => {
    const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    shadow = null;
    // The test keeps the closed root the page cannot reach, to press the buttons as a reader would.
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      shadow = attach.call(this, init);
      return shadow;
    });
    document.body.innerHTML = '<p>Experts say that millions of people agree. Officials said the figure was 12%.</p>';
    controller = createMarksController(document);
    controller.mark([...requests, { ...requests[0], warningIndex: 6, anchor: { exact: 'Officials said', prefix: '', suffix: '' }, hint: undefined } as MarkRequest]);
  });

  afterEach(() => {
    controller.destroy();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  test.each([
    { from: 1, button: 'next', to: '4' },
    { from: 4, button: 'next', to: '6' },
    { from: 6, button: 'next', to: '1' },
    { from: 1, button: 'previous', to: '6' },
    { from: 6, button: 'previous', to: '4' },
  ])('from flag $from, $button moves the focus to flag $to', ({ from, button, to }) => {
    mark(from).focus();
    buttons()[button === 'previous' ? 0 : 1]?.click();
    expect(focusedMark()).toBe(to);
    expect(inspection()?.displayed).toBe(true);
    expect(inspection()?.text).toContain(to === '4' ? `Message ${XSS}` : 'Which experts?');
  });

  test.each([
    { name: 'a flag with a hint shows it on its own line', index: 1, hint: 'Name who says it.' },
    { name: 'a flag without one shows no hint line', index: 4, hint: null },
  ])('$name', ({ index, hint }) => {
    mark(index).focus();
    expect(inspection()?.hint).toBe(hint);
  });

  test('the mark describes itself with its hint, for screen readers', () => {
    expect(mark(1).getAttribute('aria-description')).toBe('Vague attribution: Which experts? None is named. Name who says it.');
  });

  test('the buttons are named in full for assistive technologies', () => {
    mark(1).focus();
    expect(buttons().map((button) => button.getAttribute('aria-label'))).toEqual(['Previous flag', 'Next flag']);
  });

  test('with one flag in the page, or no words for them, there are no buttons', () => {
    controller.mark([requests[0] as MarkRequest]);
    mark(1).focus();
    expect(inspection()?.buttons).toEqual([]);
    controller.mark(requests.map(({ steps: _steps, ...rest }) => rest));
    mark(1).focus();
    expect(inspection()?.buttons).toEqual([]);
  });

  test('Tab from a mark goes to the buttons; Tab past the last goes back to the mark, and the next Tab leaves it', () => {
    mark(1).focus();
    expect(key(mark(1), { key: 'Tab' }).defaultPrevented).toBe(true);
    expect(inspection()?.focusedButton).toBe(0);
    expect(inspection()?.buttons).toEqual(['← Previous', 'Next →']);
    buttons()[1]?.focus();
    expect(inspection()?.displayed).toBe(true);
    expect(key(buttons()[1]!, { key: 'Tab' }).defaultPrevented).toBe(true);
    expect(focusedMark()).toBe('1');
    expect(inspection()?.displayed).toBe(true);
    // The browser's own Tab takes it on through the page.
    expect(key(mark(1), { key: 'Tab' }).defaultPrevented).toBe(false);
  });

  test.each([
    { name: 'Shift+Tab from the first button', init: { key: 'Tab', shiftKey: true }, button: 0, shown: true },
    { name: 'Escape', init: { key: 'Escape' }, button: 1, shown: false },
  ])('$name gives the focus back to the mark', ({ init, button, shown }) => {
    mark(4).focus();
    key(mark(4), { key: 'Tab' });
    buttons()[button]?.focus();
    expect(key(buttons()[button]!, init).defaultPrevented).toBe(true);
    expect(focusedMark()).toBe('4');
    expect(inspection()?.displayed).toBe(shown);
  });

  test('Shift+Tab from a mark is the browser’s', () => {
    mark(1).focus();
    expect(key(mark(1), { key: 'Tab', shiftKey: true }).defaultPrevented).toBe(false);
    expect(inspection()?.focusedButton).toBeNull();
  });

  test('the pointer can cross from the mark to the buttons; leaving both hides it', () => {
    const target = mark(1);
    target.dispatchEvent(new MouseEvent('mouseenter'));
    target.dispatchEvent(new MouseEvent('mouseleave', { relatedTarget: document.body }));
    const box = shadow?.querySelector('[role="group"]');
    box?.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(HOVER_GRACE_MS * 2);
    expect(inspection()?.displayed).toBe(true);
    box?.dispatchEvent(new MouseEvent('mouseleave', { relatedTarget: document.body }));
    vi.advanceTimersByTime(HOVER_GRACE_MS - 1);
    expect(inspection()?.displayed).toBe(true);
    vi.advanceTimersByTime(1);
    expect(inspection()?.displayed).toBe(false);
  });

  test('focus leaving the buttons for the page hides it', () => {
    mark(1).focus();
    key(mark(1), { key: 'Tab' });
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    expect(inspection()?.displayed).toBe(false);
  });
});
