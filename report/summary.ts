import type { Translate } from '../i18n/translator';
import { NON_SOURCE_KINDS, type CitationKind, type Report } from './schema';

/** The facts a one-line verdict is made of, shared by the popup and the exports. */
export interface ReportSummary {
  author: 'named' | 'generic' | 'none';
  dated: boolean;
  sourceCount: number;
  weakPassageCount: number;
  /** Source links per kind, most frequent first; self-links and promotion left out. */
  sourcesByKind: Array<{ kind: CitationKind; count: number }>;
}

export function summarize(report: Report): ReportSummary {
  const counts = new Map<CitationKind, number>();
  for (const link of report.citations.links) {
    if (NON_SOURCE_KINDS.includes(link.kind)) continue;
    counts.set(link.kind, (counts.get(link.kind) ?? 0) + 1);
  }
  return {
    author: report.author.kind === 'person' ? 'named' : report.author.kind === 'none' ? 'none' : 'generic',
    dated: report.published.value !== null,
    sourceCount: report.citations.sourceCount,
    weakPassageCount: report.warnings.filter((warning) => warning.anchor !== null).length,
    sourcesByKind: [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
  };
}

/** The one-line verdict a newcomer reads first, in the words of the popup's verdict. */
export function headline(report: Report, t: Translate): string {
  const summary = summarize(report);
  return [
    t(`verdict_author_${summary.author}`),
    t(summary.dated ? 'verdict_dated' : 'verdict_undated'),
    t('verdict_sources', summary.sourceCount),
    t('verdict_weak_passages', summary.weakPassageCount),
  ].join(' · ');
}

/** How old the article was when analysed, or null under a day. */
export function ageAtAnalysis(ageDays: number | null, t: Translate): string | null {
  if (ageDays === null || ageDays < 1) return null;
  return ageDays === 1 ? t('summary_age_one_day') : t('summary_age_days', ageDays);
}
