import { countMessage, messageName, type Translate } from '../i18n/translator';
import { NON_SOURCE_KINDS, type CitationKind, type Report, type SourceKind, type Warning } from './schema';

/** Kinds of source that have a name a reader can look up. */
export const NAMED_SOURCE_KINDS = ['person', 'organisation', 'document', 'media'] as const satisfies readonly SourceKind[];

/** What an article stands on, counted from `report.sources`. */
export interface SourceInventory {
  named: number;
  /** Named sources per kind, in the order of NAMED_SOURCE_KINDS, kinds with none left out. */
  namedByKind: Array<{ kind: (typeof NAMED_SOURCE_KINDS)[number]; count: number }>;
  anonymous: number;
  vague: number;
  /** Sources with a link to check them by, whatever their kind. */
  linked: number;
}

/** Page-level warnings a reader must see before anything else, whatever their severity. */
const HEADLINE_WARNING_CODES: readonly string[] = ['sponsored-content', 'syndicated-copy', 'date-in-future'];

/** The facts a verdict is made of, shared by the popup, the badge and the exports. */
export interface ReportSummary {
  /** `unclear`: a person was named, but on weak evidence (a teaser byline, one stray clue). */
  author: 'named' | 'unclear' | 'generic' | 'none';
  dated: boolean;
  inventory: SourceInventory;
  /** The article stands on at least one named or linked source; links to other pages alone do not count. */
  standsOnNamedSources: boolean;
  weakPassageCount: number;
  /** Page-level warnings that belong in the verdict: high severity, a copy, a sponsor, a date in the future. */
  headlineWarnings: Warning[];
  sourceCount: number;
  /** Source links per kind, most frequent first; self-links and promotion left out. */
  sourcesByKind: Array<{ kind: CitationKind; count: number }>;
}

export function inventory(report: Pick<Report, 'sources'>): SourceInventory {
  const count = (kind: SourceKind): number => report.sources.filter((source) => source.kind === kind).length;
  const namedByKind = NAMED_SOURCE_KINDS.map((kind) => ({ kind, count: count(kind) })).filter((entry) => entry.count > 0);
  return {
    named: namedByKind.reduce((sum, entry) => sum + entry.count, 0),
    namedByKind,
    anonymous: count('anonymous'),
    vague: count('vague'),
    linked: report.sources.filter((source) => source.links.length > 0).length,
  };
}

/** Page-level warnings that the verdict and the badge show. */
export function headlineWarnings(warnings: readonly Warning[]): Warning[] {
  return warnings.filter((warning) => warning.anchor === null && (warning.severity === 'high' || HEADLINE_WARNING_CODES.includes(warning.code)));
}

export function summarize(report: Report): ReportSummary {
  const counts = new Map<CitationKind, number>();
  for (const link of report.citations.links) {
    if (NON_SOURCE_KINDS.includes(link.kind)) continue;
    counts.set(link.kind, (counts.get(link.kind) ?? 0) + 1);
  }
  const sources = inventory(report);
  const weakEvidence = report.author.confidence === 'low' || report.author.confidence === 'none';
  return {
    author: report.author.kind === 'person' ? (weakEvidence ? 'unclear' : 'named') : report.author.kind === 'none' ? 'none' : 'generic',
    dated: report.published.value !== null,
    inventory: sources,
    standsOnNamedSources: sources.named > 0 || sources.linked > 0,
    weakPassageCount: report.warnings.filter((warning) => warning.anchor !== null).length,
    headlineWarnings: headlineWarnings(report.warnings),
    sourceCount: report.citations.sourceCount,
    sourcesByKind: [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
  };
}

/** "12 named sources (5 people, 4 organisations, 3 documents) · 2 anonymous · 1 vague", in the translator's language. */
export function inventoryText(sources: SourceInventory, t: Translate): string {
  if (sources.named + sources.anonymous + sources.vague === 0) return t('inventory_none');
  const parts: string[] = [];
  if (sources.named > 0) {
    const kinds = sources.namedByKind.map(({ kind, count }) => countMessage(t, messageName('inventory_kind', kind), count)).join(', ');
    parts.push(`${countMessage(t, 'inventory_named', sources.named)} (${kinds})`);
  }
  if (sources.anonymous > 0) parts.push(countMessage(t, 'inventory_anonymous', sources.anonymous));
  if (sources.vague > 0) parts.push(countMessage(t, 'inventory_vague', sources.vague));
  return parts.join(' · ');
}

/** A whole number of the largest unit that fits, for "3 years ago" rather than "1187 days ago". */
export function ageInUnits(ageDays: number): { value: number; unit: 'day' | 'week' | 'month' | 'year' } {
  if (ageDays < 7) return { value: ageDays, unit: 'day' };
  if (ageDays < 30) return { value: Math.floor(ageDays / 7), unit: 'week' };
  if (ageDays < 365) return { value: Math.max(1, Math.floor(ageDays / 30.44)), unit: 'month' };
  return { value: Math.floor(ageDays / 365.25), unit: 'year' };
}

/** "3 years ago", « il y a 3 ans », "yesterday", in the language `locale` names; null without a date. */
export function ageText(ageDays: number | null, locale: string): string | null {
  if (ageDays === null || ageDays < 0) return null;
  const { value, unit } = ageInUnits(ageDays);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-value, unit);
}

/** The one-line verdict a newcomer reads first, in the words of the popup's verdict. */
export function headline(report: Report, t: Translate): string {
  const summary = summarize(report);
  const age = ageText(report.published.ageDays, t('summary_language_tag'));
  const type = report.article.type === 'other' ? [] : [t(messageName('article_type', report.article.type))];
  return [
    ...type,
    ...(report.article.truncated ? [t('verdict_truncated')] : []),
    t(`verdict_author_${summary.author}`),
    summary.dated && age !== null ? t('verdict_age', age) : t('verdict_undated'),
    t('label_with_colon', t('section_what')) + ` ${inventoryText(summary.inventory, t)}`,
    t('verdict_weak_passages', summary.weakPassageCount),
    ...summary.headlineWarnings.map((warning) => t(messageName('warning', warning.code, 'label'))),
  ].join(' · ');
}

/** How old the article was when analysed, or null under a day. */
export function ageAtAnalysis(ageDays: number | null, t: Translate): string | null {
  if (ageDays === null || ageDays < 1) return null;
  return t('summary_age', ageText(ageDays, t('summary_language_tag')) ?? '');
}
