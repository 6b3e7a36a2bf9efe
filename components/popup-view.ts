import type { AnalysisOutcome } from '../messaging/protocol';

/** What the popup shows: an analysis under way, or its outcome. */
export type PopupView = { status: 'analysing' } | AnalysisOutcome;

/** Only web links from the page become clickable; anything else stays text. */
export function isWebLink(href: string): boolean {
  return /^https?:\/\//i.test(href);
}
