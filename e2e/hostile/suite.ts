import type { PopupView } from '../harness/popup';
import type { BrowserName, TestPage } from '../harness/test-page';
import type { HostileServer } from './hostile-server';
import type { RecordingBrowser } from './launch-recording';

/** A page in a tab, analysed through the popup, with the time from the popup's load to its final state. */
export interface Analysed {
  page: TestPage;
  popup: TestPage;
  tabId: number;
  view: PopupView;
  elapsedMs: number;
}

/** What a hostile case gets from the suite running it: one browser with the e2e build, the hostile server, a control page. */
export interface HostileSuite {
  name: BrowserName;
  browser: RecordingBrowser;
  server: HostileServer;
  /** An extension page, to ask the background and content scripts directly. */
  control: TestPage;
  /** The extension's runtime id in this browser (the host of its origin in Chromium, the gecko id in Firefox). */
  extensionId: string;
  /** A new tab, closed after the case. */
  track(): Promise<TestPage>;
  /** Opens a path of the hostile server in a new tab. */
  open(path: string): Promise<{ page: TestPage; tabId: number }>;
  /** Opens the popup for a tab and waits up to `budgetMs` for a final state. */
  popupFor(tabId: number, budgetMs?: number): Promise<Omit<Analysed, 'page' | 'tabId'>>;
  analyse(path: string, budgetMs?: number): Promise<Analysed>;
  /** Where a screenshot of this case goes. */
  screenshot(file: string): string;
}

/** One row of the hostile table: what the page tries, and what must hold. */
export interface HostileCase {
  tries: string;
  holds: string;
  /** The browsers the case applies to; both when absent. */
  browsers?: BrowserName[];
  /** The test's own timeout, for the slow pages. */
  timeoutMs?: number;
  run(suite: HostileSuite): Promise<void>;
}
