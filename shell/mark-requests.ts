import type { Translate } from '../i18n/translator';
import type { MarkRequest } from '../messaging/protocol';
import type { Report } from '../report/schema';
import { warningHint, warningText } from '../report/presentation/warning-text';

/**
 * The passages of a report to mark in the page, each tied to its warning's index and
 * worded as the popup words it, in the reader's language, with what would make it
 * sourced and the words of the tooltip's previous/next buttons: every passage warning, or
 * only those of `warningIndexes` (so a page of thousands of passages is worded only
 * for the few that are marked).
 */
export function markRequests(report: Report, t: Translate, warningIndexes?: readonly number[]): MarkRequest[] {
  const wanted = warningIndexes === undefined ? null : new Set(warningIndexes);
  const steps = { previous: { text: t('tooltip_previous'), name: t('flag_previous') }, next: { text: t('tooltip_next'), name: t('flag_next') } };
  return report.warnings.flatMap((warning, warningIndex) => {
    if (warning.anchor === null || (wanted !== null && !wanted.has(warningIndex))) return [];
    const { label, explanation } = warningText(warning, t);
    const hint = warningHint(warning, t);
    return [{ warningIndex, anchor: warning.anchor, severity: warning.severity, label, message: explanation, ...(hint === null ? {} : { hint }), steps }];
  });
}
