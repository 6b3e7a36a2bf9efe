import type { TextLine } from '../../snapshot/article-snapshot';
import { wordsOfAllPacks } from '../../languages/registry';
import { wordsPattern } from '../../languages/words-pattern';
import { clip, resolveHref } from './dom-text';
import type { RawLine } from './walk-visible-body';

const MAX_LINES = 300;
const MAX_LINE = 300;

/**
 * A paragraph of prose is kept only when it may open with a credit or a dateline: a
 * date or a year, an agency in brackets ("(AFP)"), or a dash ("PARIS —") near its
 * start. Short lines are all kept: the rules, which know the languages, decide what
 * they say.
 */
const CREDIT_OPENING = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b(?:19|20)\d\d\b|\([^()]{2,40}\)|\s[—–]\s/u;
const OPENING_LENGTH = 60;

/** A line that is only a label ("By", "Publié le :", "Von") whose value sits on the next line. */
const LABEL_ONLY = new RegExp(
  `^${wordsPattern(wordsOfAllPacks((pack) => [
    ...(pack.bylines?.agents ?? []), ...(pack.bylines?.lowerAgents ?? []), ...(pack.bylines?.labels ?? []), ...(pack.bylines?.metaLabels ?? []),
    ...(pack.dates?.published ?? []), ...(pack.dates?.modified ?? []),
  ]))}\\s*[:：]?$`,
  'iu',
);

/**
 * Zones: lines before the first prose paragraph that follows the main heading are the
 * header (where bylines and dates usually sit); lines up to the last prose paragraph
 * of the article, or the end of its body element, are the body; the rest is the
 * footer (author boxes, related links).
 */
function zones(lines: readonly RawLine[]): TextLine['zone'][] {
  const headingIndex = lines.findIndex((line) => line.inMainHeading);
  const hasArticle = lines.some((line) => line.inArticle);
  const isArticleProse = (line: RawLine): boolean => line.prose && (!hasArticle || line.inArticle);
  let start = lines.findIndex((line, index) => index > headingIndex && isArticleProse(line));
  if (start === -1) start = lines.findIndex(isArticleProse);
  let end = -1;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index];
    // Short notes at the end of the body element (a correction, a credit) are still body.
    if (line !== undefined && (isArticleProse(line) || line.inBodyElement)) {
      end = index;
      break;
    }
  }
  return lines.map((_, index) => {
    if (start === -1) return index <= headingIndex + 15 ? 'header' : 'footer';
    if (index < start) return 'header';
    return index <= end ? 'body' : 'footer';
  });
}

/**
 * Short visible lines that may state provenance, each with its zone and links. A
 * label alone on its line ("Par", "Publié le :") is joined to the line after it.
 */
export function collectTextLines(raw: readonly RawLine[], pageUrl: string): TextLine[] {
  const zoneOf = zones(raw);
  const kept: { line: TextLine; index: number }[] = [];
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index];
    const zone = zoneOf[index];
    if (line === undefined || zone === undefined) continue;
    let text = line.text;
    let lineHrefs = line.hrefs;
    const next = raw[index + 1];
    if (LABEL_ONLY.test(text) && next !== undefined && next.text.length <= 120) {
      text = `${text} ${next.text}`;
      lineHrefs = [...line.hrefs, ...next.hrefs];
    }
    const head = clip(text, MAX_LINE);
    // The headline is kept whatever it says: the rules compare `<title>` with it.
    // In prose only an opening credit counts ("Par X. —", "(AFP) —"), not any date mentioned.
    const headline = line.inMainHeading && !raw[index - 1]?.inMainHeading;
    if (!headline && line.prose && !CREDIT_OPENING.test(head.slice(0, OPENING_LENGTH))) continue;
    const resolved = lineHrefs.map((href) => resolveHref(href, pageUrl)).filter((href): href is string => href !== null);
    kept.push({ line: { text: head, zone, hrefs: resolved }, index });
  }
  if (kept.length <= MAX_LINES) return kept.map((entry) => entry.line);
  // On a huge page keep the lines nearest the article's start, where bylines live.
  const anchor = Math.max(0, zoneOf.indexOf('body'));
  return kept
    .map((entry) => ({ ...entry, distance: Math.abs(entry.index - anchor) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_LINES)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.line);
}
