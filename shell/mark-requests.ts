import type { Translate } from '../i18n/translator';
import type { MarkRequest } from '../messaging/protocol';
import type { Report } from '../report/schema';
import { warningText } from '../report/presentation/warning-text';

/**
 * The passages of a report to mark in the page, each tied to its warning's index and
 * worded as the popup words it, in the reader's language: every passage warning, or
 * only those of `warningIndexes` (so a page of thousands of passages is worded only
 * for the few that are marked).
 */
export function markRequests(report: Report, t: Translate, warningIndexes?: readonly number[]): MarkRequest[] {
  const wanted = warningIndexes === undefined ? null : new Set(warningIndexes);
  return report.warnings.flatMap((warning, warningIndex) => {
    if (warning.anchor === null || (wanted !== null && !wanted.has(warningIndex))) return [];
    const { label, explanation } = warningText(warning, t);
    return [{ warningIndex, anchor: warning.anchor, severity: warning.severity, label, message: explanation }];
  });
}
