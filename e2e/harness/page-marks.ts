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
