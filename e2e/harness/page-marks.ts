import type { TestPage } from './test-page';

/** The text a warning's marks cover in the page, whitespace collapsed, in document order. */
export interface MarkedPassage {
  warningIndex: number;
  text: string;
}

export function readMarks(page: TestPage): Promise<MarkedPassage[]> {
  return page.evaluate(() => {
    const byIndex = new Map<number, string>();
    for (const mark of document.querySelectorAll('sourcelight-mark[data-warning-index]')) {
      const index = Number(mark.getAttribute('data-warning-index'));
      byIndex.set(index, (byIndex.get(index) ?? '') + (mark.textContent ?? ''));
    }
    return [...byIndex].map(([warningIndex, text]) => ({ warningIndex, text: text.replace(/\s+/g, ' ').trim() }));
  }, null);
}

export function countMarks(page: TestPage): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('sourcelight-mark').length, null);
}

/** The markup of the element matching `selector`, exactly as serialised. */
export function innerHtml(page: TestPage, selector: string): Promise<string | null> {
  return page.evaluate((wanted) => document.querySelector(wanted)?.innerHTML ?? null, selector);
}

/** Scrolls the first mark into view, so a screenshot shows the marks. */
export async function scrollToFirstMark(page: TestPage): Promise<void> {
  await page.evaluate(() => document.querySelector('sourcelight-mark')?.scrollIntoView({ block: 'center' }), null);
}

/** What a reader sees of the tooltip after focusing the first focusable mark, as the Tab key would. */
export interface FocusedTooltip {
  /** The tooltip host is laid out on screen. */
  shown: boolean;
  /**
   * Its text, or null where the page cannot read it: Firefox keeps a shadow root that
   * a content script attached out of the page's reach.
   */
  text: string | null;
}

export function tooltipOnFocus(page: TestPage): Promise<FocusedTooltip> {
  return page.evaluate(async () => {
    document.querySelector<HTMLElement>('sourcelight-mark[tabindex="0"]')?.focus();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const host = document.querySelector('sourcelight-tooltip');
    const tooltip = host?.shadowRoot?.querySelector('[role="tooltip"]') ?? null;
    const box = (tooltip ?? host)?.getBoundingClientRect();
    return {
      shown: box !== undefined && box.width > 0 && box.height > 0,
      text: tooltip === null ? null : (tooltip.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }, null);
}

/** Where the page is scrolled to, and whether a warning's first mark is inside the viewport. */
export function markInView(page: TestPage, warningIndex: number): Promise<{ scrollY: number; inView: boolean }> {
  return page.evaluate((index) => {
    const box = document.querySelector(`sourcelight-mark[data-warning-index="${index}"]`)?.getBoundingClientRect();
    const inView = box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    return { scrollY: window.scrollY, inView };
  }, warningIndex);
}
