import { limitMarks, type LimitedMarks } from '../messaging/mark-limit';
import type { MarkRequest } from '../messaging/protocol';
import { isDismissed, type DismissedFlag } from '../report/dismissals';
import type { Report } from '../report/schema';
import { isWarningShown, type Settings } from './settings-schema';

/** Whether a passage is marked in the page: not of a kind the reader hid, not a flag the reader dismissed on this page. */
export function shouldDraw(report: Report, settings: Settings, dismissed: readonly DismissedFlag[]): (mark: Pick<MarkRequest, 'warningIndex'>) => boolean {
  return (mark) => {
    const warning = report.warnings[mark.warningIndex];
    return warning !== undefined && isWarningShown(settings, warning.code) && !isDismissed(warning, dismissed);
  };
}

/**
 * The passages a page gets marks for: of kinds shown, not dismissed, and within the
 * page's limit (most severe first), so thousands of passages are neither worded nor sent.
 */
export function passagesToMark(report: Report, settings: Settings, dismissed: readonly DismissedFlag[]): LimitedMarks<Pick<MarkRequest, 'warningIndex' | 'severity'>> {
  const draw = shouldDraw(report, settings, dismissed);
  return limitMarks(
    report.warnings.flatMap((warning, warningIndex) => (warning.anchor !== null && draw({ warningIndex }) ? [{ warningIndex, severity: warning.severity }] : [])),
  );
}
