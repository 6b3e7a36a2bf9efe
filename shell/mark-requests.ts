import type { Translate } from '../i18n/translator';
import type { MarkRequest } from '../messaging/protocol';
import type { Report } from '../report/schema';
import { warningText } from '../report/warning-text';

/**
 * The passages of a report to mark in the page, each tied to its warning's index and
 * worded as the popup words it, in the reader's language.
 */
export function markRequests(report: Report, t: Translate): MarkRequest[] {
  return report.warnings.flatMap((warning, warningIndex) => {
    if (warning.anchor === null) return [];
    const { label, explanation } = warningText(warning, t);
    return [{ warningIndex, anchor: warning.anchor, severity: warning.severity, label, message: explanation }];
  });
}
