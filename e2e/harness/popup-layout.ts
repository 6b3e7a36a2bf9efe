import type { TestPage } from './test-page';

/** How the popup's page is laid out, in CSS pixels. */
export interface PopupLayout {
  /** The viewport: for the toolbar popup, the size the browser gave it. */
  viewport: { width: number; height: number };
  bodyWidth: number;
  /** Content wider than the body, which a reader would have to scroll sideways to see. */
  overflowsSideways: boolean;
  /** Where the verdict (or, on a page that is not an article, the message saying so) ends, from the top of the page; null when there is none. */
  verdictBottom: number | null;
}

export function readPopupLayout(popup: TestPage): Promise<PopupLayout> {
  return popup.evaluate(() => {
    const verdict = (document.querySelector('[data-testid="verdict"]') ?? document.querySelector('[data-testid="message"]'))?.getBoundingClientRect();
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      bodyWidth: document.body.getBoundingClientRect().width,
      overflowsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      verdictBottom: verdict === undefined ? null : verdict.bottom + window.scrollY,
    };
  }, null);
}

/** Resolves once the popup has finished analysing (whatever the outcome). */
export function waitForAnalysis(popup: TestPage): Promise<void> {
  return popup.waitFor(() => {
    const state = document.querySelector('[data-testid="popup"]')?.getAttribute('data-state');
    return state !== undefined && state !== null && state !== 'analysing';
  }, null);
}
