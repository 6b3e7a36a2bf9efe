import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { Report } from '../../report/schema';

export type ScoredField = 'author' | 'date_published' | 'title' | 'site';

/** What the page itself states for each field, besides the value the rules chose. */
export type PageStatements = Record<ScoredField, string[]>;

/** One line of the scorer's `--list-errors` output. */
interface ScoredMiss {
  id: string;
  gold: string | null;
}

const TITLE_KEYS = new Set(['og:title', 'twitter:title', 'dc.title', 'citation_title']);

/**
 * Every value the page states for a field, from the report's evidence and the
 * snapshot's titles, and for dates the modified date as well: what a miss can be
 * compared with to tell a choice between the page's own values from a value the
 * page never states.
 */
export function pageStatements(snapshot: ArticleSnapshot, report: Report): PageStatements {
  const titles = [snapshot.documentTitle, snapshot.readability?.title ?? '', ...snapshot.meta.filter((tag) => TITLE_KEYS.has(tag.key)).map((tag) => tag.content)];
  const dates = [...report.published.evidence, ...report.modified.evidence].flatMap((evidence) => [evidence.value ?? '', evidence.raw]);
  return {
    author: report.author.evidence.flatMap((evidence) => [evidence.raw, evidence.value ?? '']),
    date_published: report.modified.value === null ? dates : [report.modified.value, ...dates],
    title: titles.filter((title) => title !== ''),
    site: report.publisher.evidence.map((evidence) => evidence.raw),
  };
}

/** Case, punctuation and spacing aside, as the corpus scorer compares titles and names. */
function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The calendar day of an ISO date, in UTC when it states an offset. */
function utcDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const stated = /[T ]\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(value);
  const date = new Date(value);
  return stated && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : value.slice(0, 10);
}

function statedByPage(field: ScoredField, gold: string, statements: readonly string[]): boolean {
  if (field === 'date_published') {
    const day = utcDay(gold);
    return day !== null && statements.some((value) => utcDay(value) === day);
  }
  const key = comparable(gold);
  return key !== '' && statements.some((value) => comparable(value) === key);
}

/**
 * How many of a field's misses give as gold another value the page itself states
 * (its modified date, its `<title>` with the site's name, a raw byline): a choice
 * between the page's own values, to be read as such rather than tuned away.
 */
export function missNote(field: ScoredField, errorLines: readonly string[], statements: ReadonlyMap<string, PageStatements>): string {
  const stated = errorLines.filter((line) => {
    const { id, gold } = JSON.parse(line) as ScoredMiss;
    const page = statements.get(id);
    return gold !== null && page !== undefined && statedByPage(field, String(gold), page[field]);
  });
  const what = field === 'date_published' ? "a date the page states (often its modified date)" : 'a value the page states elsewhere';
  return `(${stated.length} of these ${errorLines.length} misses have as gold ${what}, not the one the rules chose)`;
}
