import type { MarkRequest } from '../messaging/protocol';
import type { Report } from '../report/schema';

/** The passages of a report to mark in the page, each tied to its warning's index. */
export function markRequests(report: Report, describe: (code: string, fallback: string) => { label: string; message: string }): MarkRequest[] {
  return report.warnings.flatMap((warning, warningIndex) => {
    if (warning.anchor === null) return [];
    const { label, message } = describe(warning.code, warning.message);
    return [{ warningIndex, anchor: warning.anchor, severity: warning.severity, label, message }];
  });
}
