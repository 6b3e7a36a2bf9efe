/**
 * The one message protocol between the popup (and other extension pages), the
 * background and the content script. Each direction is a map from message type to
 * its request and response, so a sender gets the response type of what it sent and
 * a handler must answer every type. Requests are checked at runtime on receipt
 * (`parseRequest`): a content script lives in a page nobody controls.
 */
import * as v from 'valibot';
import { ReportSchema, TextQuoteSchema, type Report, type TextQuote } from '../report/schema';
import type { ArticleSnapshot } from '../snapshot/article-snapshot';

/** Why a tab could not be analysed; the popup shows a message for each. */
export type RestrictedReason = 'browser-page' | 'store-page' | 'pdf-viewer' | 'not-web' | 'no-access';

export type AnalysisFailure =
  | { status: 'restricted'; reason: RestrictedReason }
  | { status: 'error'; message: string };

/** Where each warning with a passage landed in the live page. */
export interface MarkSummary {
  /** Indexes into `report.warnings` of the warnings drawn in the page. */
  anchored: number[];
  /** Indexes of passage warnings whose text could not be found in the live page. */
  unanchored: number[];
  /**
   * Present when the page had more passages than are marked on one page
   * (`MAX_MARKS_PER_PAGE`): the limit, and the indexes of the passage warnings
   * neither looked for nor drawn (listed in the popup only).
   */
  overLimit?: { limit: number; warningIndexes: number[] };
}

export type AnalysisOutcome =
  | { status: 'ok'; report: Report; marks: MarkSummary }
  /** The page was read but is not an article (a home page, a search page…): nothing is marked. */
  | { status: 'not-article'; report: Report }
  | AnalysisFailure;

/** Messages the popup (or options page, or a test) sends to the background. */
export interface BackgroundRequests {
  'analyze-tab': { request: { type: 'analyze-tab'; tabId: number }; response: AnalysisOutcome };
  'get-outcome': { request: { type: 'get-outcome'; tabId: number }; response: AnalysisOutcome | null };
  'set-marks-visible': {
    request: { type: 'set-marks-visible'; tabId: number; visible: boolean };
    response: { ok: boolean };
  };
  'reveal-warning': {
    request: { type: 'reveal-warning'; tabId: number; warningIndex: number };
    response: { ok: boolean };
  };
  /** Dismisses (or brings back) the flag of a passage warning on the tab's page, and redraws the marks. */
  'set-flag-dismissed': {
    request: { type: 'set-flag-dismissed'; tabId: number; warningIndex: number; dismissed: boolean };
    response: { ok: boolean };
  };
}

/**
 * One passage to mark: the warning's index in the report, its anchor, and everything
 * its tooltip says, worded in the reader's language (the content script has no
 * translator).
 */
export interface MarkRequest {
  warningIndex: number;
  anchor: TextQuote;
  severity: Report['warnings'][number]['severity'];
  label: string;
  message: string;
  /** What would make the passage sourced; absent when there is nothing to say. */
  hint?: string;
  /** The tooltip's previous/next buttons; absent, the tooltip has none. */
  steps?: { previous: StepButton; next: StepButton };
}

/** A button's short text (« Suivant »), and its name for assistive technologies (« Signalement suivant »). */
export interface StepButton {
  text: string;
  name: string;
}

/** Messages the background sends to the content script. */
export interface ContentRequests {
  extract: { request: { type: 'extract' }; response: { ok: true; snapshot: ArticleSnapshot } | { ok: false; message: string } };
  mark: { request: { type: 'mark'; marks: MarkRequest[] }; response: MarkSummary };
  'set-marks-visible': { request: { type: 'set-marks-visible'; visible: boolean }; response: { ok: boolean } };
  'reveal-mark': { request: { type: 'reveal-mark'; warningIndex: number }; response: { ok: boolean } };
}

export type BackgroundRequest = BackgroundRequests[keyof BackgroundRequests]['request'];
export type ContentRequest = ContentRequests[keyof ContentRequests]['request'];

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Index = v.pipe(v.number(), v.integer(), v.minValue(0));

const BackgroundRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('analyze-tab'), tabId: TabId }),
  v.strictObject({ type: v.literal('get-outcome'), tabId: TabId }),
  v.strictObject({ type: v.literal('set-marks-visible'), tabId: TabId, visible: v.boolean() }),
  v.strictObject({ type: v.literal('reveal-warning'), tabId: TabId, warningIndex: Index }),
  v.strictObject({ type: v.literal('set-flag-dismissed'), tabId: TabId, warningIndex: Index, dismissed: v.boolean() }),
]);

const StepButtonSchema = v.strictObject({ text: v.string(), name: v.string() });

const MarkRequestSchema = v.strictObject({
  warningIndex: Index,
  anchor: TextQuoteSchema,
  severity: ReportSchema.entries.warnings.item.entries.severity,
  label: v.string(),
  message: v.string(),
  hint: v.optional(v.string()),
  steps: v.optional(v.strictObject({ previous: StepButtonSchema, next: StepButtonSchema })),
});

const ContentRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('extract') }),
  v.strictObject({ type: v.literal('mark'), marks: v.array(MarkRequestSchema) }),
  v.strictObject({ type: v.literal('set-marks-visible'), visible: v.boolean() }),
  v.strictObject({ type: v.literal('reveal-mark'), warningIndex: Index }),
]);

/** Returns the request typed, or null if the value is not a request of this protocol. */
export function parseBackgroundRequest(value: unknown): BackgroundRequest | null {
  const result = v.safeParse(BackgroundRequestSchema, value);
  return result.success ? result.output : null;
}

export function parseContentRequest(value: unknown): ContentRequest | null {
  const result = v.safeParse(ContentRequestSchema, value);
  return result.success ? result.output : null;
}
