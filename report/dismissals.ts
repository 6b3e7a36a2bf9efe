import type { Report, TextQuote, Warning } from './schema';

/** A flag the reader dismissed on one page: the warning's code and the passage it marks. */
export interface DismissedFlag {
  code: string;
  quote: TextQuote;
}

/** The address a page's dismissals are kept under: the page's URL without its fragment. */
export function dismissalPageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export function isDismissed(warning: Pick<Warning, 'code' | 'anchor'>, dismissed: readonly DismissedFlag[]): boolean {
  const anchor = warning.anchor;
  if (anchor === null) return false;
  return dismissed.some(
    ({ code, quote }) => code === warning.code && quote.exact === anchor.exact && quote.prefix === anchor.prefix && quote.suffix === anchor.suffix,
  );
}

/** The flag a warning would be dismissed as, or null for a page-level warning (which cannot be). */
export function flagOf(warning: Pick<Warning, 'code' | 'anchor'>): DismissedFlag | null {
  return warning.anchor === null ? null : { code: warning.code, quote: warning.anchor };
}

/** The report with the reader's dismissed flags marked `dismissed: true`, for the exports. */
export function withDismissals(report: Report, dismissed: readonly DismissedFlag[]): Report {
  if (dismissed.length === 0) return report;
  return { ...report, warnings: report.warnings.map((warning) => (isDismissed(warning, dismissed) ? { ...warning, dismissed: true } : warning)) };
}
