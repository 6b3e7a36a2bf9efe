import type { MarkRequest } from '../messaging/protocol';
import { isDismissed, type DismissedFlag } from '../report/dismissals';
import type { Report } from '../report/schema';
import { isWarningShown, type Settings } from './settings-schema';

/** Whether a passage is marked in the page: not of a kind the reader hid, not a flag the reader dismissed on this page. */
export function shouldDraw(report: Report, settings: Settings, dismissed: readonly DismissedFlag[]): (mark: MarkRequest) => boolean {
  return (mark) => {
    const warning = report.warnings[mark.warningIndex];
    return warning !== undefined && isWarningShown(settings, warning.code) && !isDismissed(warning, dismissed);
  };
}
