import { MARK_TAG } from '../../page/highlighter';
import { inspectMarks } from './extension-requests';
import type { TestPage } from './test-page';

/** The text a warning's marks cover in the page, whitespace collapsed, in document order. */
export interface MarkedPassage {
  warningIndex: number;
  text: string;
}

export function readMarks(page: TestPage): Promise<MarkedPassage[]> {
  return page.evaluate((tag) => {
    const byIndex = new Map<number, string>();
    for (const mark of document.querySelectorAll(`${tag}[data-warning-index]`)) {
      const index = Number(mark.getAttribute('data-warning-index'));
      byIndex.set(index, (byIndex.get(index) ?? '') + (mark.textContent ?? ''));
    }
    return [...byIndex].map(([warningIndex, text]) => ({ warningIndex, text: text.replace(/\s+/g, ' ').trim() }));
  }, MARK_TAG);
}

export function countMarks(page: TestPage): Promise<number> {
  return page.evaluate((tag) => document.getElementsByTagName(tag).length, MARK_TAG);
}

/** The markup of the element matching `selector`, exactly as serialised. */
export function innerHtml(page: TestPage, selector: string): Promise<string | null> {
  return page.evaluate((wanted) => document.querySelector(wanted)?.innerHTML ?? null, selector);
}

/** Scrolls the first mark into view, so a screenshot shows the marks. */
export async function scrollToFirstMark(page: TestPage): Promise<void> {
  await page.evaluate((tag) => document.querySelector(tag)?.scrollIntoView({ block: 'center' }), MARK_TAG);
}

/** What a reader sees of the tooltip after focusing the first focusable mark, as the Tab key would. */
export interface FocusedTooltip {
  /** The tooltip is displayed, with a box on screen. */
  shown: boolean;
  /** Its text, as the content script reads it (the page cannot: the shadow root is closed); null if there is none. */
  text: string | null;
}

/** Focuses the page's first mark, then asks the content script of `tabId` (through an extension page) what the tooltip shows. */
export async function tooltipOnFocus(page: TestPage, extensionPage: TestPage, tabId: number): Promise<FocusedTooltip> {
  await page.evaluate(async (tag) => {
    document.querySelector<HTMLElement>(`${tag}[tabindex="0"]`)?.focus();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }, MARK_TAG);
  const { tooltip } = await inspectMarks(extensionPage, tabId);
  return {
    shown: tooltip !== null && tooltip.displayed && tooltip.width > 0 && tooltip.height > 0,
    text: tooltip === null ? null : tooltip.text.replace(/\s+/g, ' ').trim(),
  };
}

/** Where the page is scrolled to, and whether a warning's first mark is inside the viewport. */
export function markInView(page: TestPage, warningIndex: number): Promise<{ scrollY: number; inView: boolean }> {
  return page.evaluate(({ tag, index }) => {
    const box = document.querySelector(`${tag}[data-warning-index="${index}"]`)?.getBoundingClientRect();
    const inView = box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    return { scrollY: window.scrollY, inView };
  }, { tag: MARK_TAG, index: warningIndex });
}
