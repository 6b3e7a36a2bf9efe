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
    // A flag the reader dismissed is not counted: the exports carry it, marked, but the verdict follows the reader.
    weakPassageCount: report.warnings.filter((warning) => warning.anchor !== null && warning.dismissed !== true).length,
    headlineWarnings: headlineWarnings(report.warnings),
    sourceCount: report.citations.sourceCount,
    sourcesByKind: [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
  };
}
