/**
 * The little that the tests need from a browser tab, so one suite drives Chromium
 * (playwright-core over CDP) and Firefox (puppeteer-core over WebDriver BiDi) alike.
 */
export interface TestPage {
  /** Navigates and resolves once the document is loaded (or, for pages automation cannot script, shown). */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page. It is sent as source text: it must not refer to anything outside itself. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Resolves once `fn` returns true in the page (polled, so it survives the page navigating). */
  waitFor<A>(fn: (arg: A) => boolean, arg: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Presses a key where the focus is, as the keyboard would: `Tab`, `Enter`, `Shift+Tab`. */
  press(key: string): Promise<void>;
  /** Clicks at a point of the viewport as the mouse would, whatever is there (a closed shadow root too). */
  mouseClick(x: number, y: number): Promise<void>;
  title(): Promise<string>;
  /** Saves a PNG of the viewport, or of the first element matching `selector`. */
  screenshot(path: string, selector?: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Renders the page as under the system's light or dark theme (`prefers-color-scheme`). */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionBrowser {
  name: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID`, no trailing slash. */
  extensionOrigin: string;
  /** Where files the pages download are saved, under the name the page gave them. */
  downloadsDir: string;
  newPage(): Promise<TestPage>;
  /**
   * Opens the real toolbar popup over `page` (made the active tab), as a click on the
   * toolbar button would. Chromium only: Firefox cannot open it headless.
   */
  openToolbarPopup?: (page: TestPage) => Promise<TestPage>;
  close(): Promise<void>;
}
