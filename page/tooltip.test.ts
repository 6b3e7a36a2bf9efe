/** @vitest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { MarkRequest } from '../messaging/protocol';
import { MARK_TAG } from './highlighter';
import { createMarksController, type MarksController } from './marks-controller';

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
  },
  {
    warningIndex: 4,
    anchor: { exact: 'millions of people', prefix: '', suffix: '' },
    severity: 'low',
    label: `Label ${XSS}`,
    message: `Message ${XSS}`,
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
    document.body.innerHTML = '<p>Experts say that millions of people agree.</p>';
    controller = createMarksController(document);
    controller.mark(requests);
  });

  afterEach(() => controller.destroy());

  test.each([
    { name: 'hover', open: (m: HTMLElement) => m.dispatchEvent(new MouseEvent('mouseenter')) },
    { name: 'keyboard focus', open: (m: HTMLElement) => m.focus() },
  ])('shows label and message on $name', ({ open }) => {
    open(mark(1));
    expect(tooltipShown()).toBe(true);
    expect(tooltipText()).toBe('Vague attributionWhich experts? None is named.');
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
    expect(tooltipShown()).toBe(false);
  });

  test('keeps page and report text as text', () => {
    mark(4).focus();
    expect(tooltipText()).toBe(`Label ${XSS}Message ${XSS}`);
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
    expect(tooltipText()).toBe('Innerinner message');
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
