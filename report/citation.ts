import { CITATION_STYLES, type CitationStyleName } from './citation-styles';
import type { Report } from './schema';

function calendarDate(value: string, locale: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}

/**
 * A reference to the analysed page in a newsroom's citation style, from the report's
 * values: author, « title », outlet, date, address, « consulté le » (the analysis
 * day). What the report does not know is left out rather than guessed: no author, no
 * title; no date becomes « s. d. » / "n.d.".
 */
export function renderCitation(report: Report, styleName: CitationStyleName): string {
  const style = CITATION_STYLES[styleName];
  const published = report.published.value === null ? null : calendarDate(report.published.value, style.locale);
  const accessed = calendarDate(report.retrievedAt, style.locale);
  const author = report.author.kind === 'none' ? null : report.author.names.join(', ') || null;
  const outlet = report.publisher.name ?? report.publisher.domain;
  const title = report.article.title === null ? null : report.article.title.replace(/\s+/g, ' ').trim();
  // Chicago puts the comma inside the closing quote; French puts it after « … ».
  const quotedTitle = title === null ? null : styleName === 'en' ? `${style.openQuote}${title},${style.closeQuote}` : `${style.openQuote}${title}${style.closeQuote},`;
  const head = [author === null ? null : `${author},`, quotedTitle].filter((part): part is string => part !== null).join(' ');
  const rest = [outlet, published ?? style.noDate, report.url].filter((part): part is string => part !== null && part !== '').join(', ');
  return `${head === '' ? '' : `${head} `}${rest}${accessed === null ? '' : `, ${style.accessed} ${accessed}`}.`;
}
