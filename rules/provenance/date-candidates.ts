import type { ArticleSnapshot, TextLine } from '../../snapshot/article-snapshot';
import type { Evidence } from '../../report/schema';
import { articleNodes, asArray, text, typesOf, type JsonLdIndex, type JsonObject } from './json-ld-nodes';
import { wordsOfAllPacks } from '../../languages/registry';
import { classHintPattern, fragmentsPattern, wordsPattern } from '../../languages/words-pattern';
import { TIER, TIER_STEP } from './evidence-tiers';
import { comparable } from './title-parts';
import { urlPath } from './url-path';
import { dayOf, instantOf, parseIsoDate, parseMachineDate, parseTextDate, type ParsedDate } from './parse-date';

export type DateRole = 'published' | 'modified';

export interface DateCandidate {
  role: DateRole;
  date: ParsedDate;
  /** How much this kind of source is trusted; higher wins. */
  weight: number;
  /** Machine-readable metadata (JSON-LD, meta, microdata) as opposed to visible text. */
  structured: boolean;
  /**
   * Shown with the article under a label that says which date it is (a `<time>` whose
   * class or words name it, a "Publié le" line above the article's end): the page's own
   * visible statement, against which the metadata's date is checked.
   */
  labelled: boolean;
  evidence: Evidence;
}

const META_DATES: readonly { key: string; role: DateRole; weight: number }[] = [
  { key: 'article:published_time', role: 'published', weight: TIER.siteDeclared },
  { key: 'og:article:published_time', role: 'published', weight: TIER.siteDeclared },
  { key: 'article:published', role: 'published', weight: TIER.metadata },
  { key: 'datepublished', role: 'published', weight: TIER.metadata },
  { key: 'parsely-pub-date', role: 'published', weight: TIER.metadata },
  { key: 'sailthru.date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'citation_publication_date', role: 'published', weight: TIER.metadata },
  { key: 'citation_date', role: 'published', weight: TIER.metadata },
  { key: 'citation_online_date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'dc.date.issued', role: 'published', weight: TIER.metadata },
  { key: 'dcterms.issued', role: 'published', weight: TIER.metadata },
  { key: 'dcterms.created', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'dc.date.created', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'dc.date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'dcterms.date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'pubdate', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'publishdate', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'publish-date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'publish_date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'publication_date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'published_time', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'published-date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'article.published', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'article_date_original', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'original-publish-date', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'og:published_time', role: 'published', weight: TIER.metadata },
  { key: 'bt:pubdate', role: 'published', weight: TIER.labelled },
  { key: 'cxenseparse:recs:publishtime', role: 'published', weight: TIER.labelled },
  { key: 'sailthru.date.published', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'date_published', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'article.created', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'dc.created', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'dc.date.publication', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'dcsext.articlefirstpublished', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'originalpublicationdate', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'rnews:datepublished', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'shareaholic:article_published_time', role: 'published', weight: TIER.secondaryMetadata },
  { key: 'dateposted', role: 'published', weight: TIER.labelled },
  { key: 'rbpubdate', role: 'published', weight: TIER.labelled },
  { key: 'pdate', role: 'published', weight: TIER.labelled },
  { key: 'datecreated', role: 'published', weight: TIER.named },
  { key: 'created', role: 'published', weight: TIER.hint },
  { key: 'article:modified_time', role: 'modified', weight: TIER.siteDeclared },
  { key: 'og:article:modified_time', role: 'modified', weight: TIER.siteDeclared },
  { key: 'article:modified', role: 'modified', weight: TIER.metadata },
  { key: 'og:updated_time', role: 'modified', weight: TIER.metadata },
  { key: 'article:updated_time', role: 'modified', weight: TIER.metadata },
  { key: 'datemodified', role: 'modified', weight: TIER.metadata },
  { key: 'dc.date.modified', role: 'modified', weight: TIER.secondaryMetadata },
  { key: 'dcterms.modified', role: 'modified', weight: TIER.secondaryMetadata },
  { key: 'dc.modified', role: 'modified', weight: TIER.secondaryMetadata },
  { key: 'article.updated', role: 'modified', weight: TIER.secondaryMetadata },
  { key: 'shareaholic:article_modified_time', role: 'modified', weight: TIER.secondaryMetadata },
  { key: 'lastmodified', role: 'modified', weight: TIER.labelled },
  { key: 'bt:moddate', role: 'modified', weight: TIER.labelled },
  { key: 'last-modified', role: 'modified', weight: TIER.labelled },
  { key: 'lastmod', role: 'modified', weight: TIER.labelled },
  { key: 'revised', role: 'modified', weight: TIER.named },
];

function monthFirst(snapshot: Pick<ArticleSnapshot, 'documentLang'>): boolean {
  return /^en-us$/i.test(snapshot.documentLang ?? '');
}

function jsonLdDates(index: JsonLdIndex): DateCandidate[] {
  const found: DateCandidate[] = [];
  // A video or podcast is often embedded in the story: it is dated when it was uploaded.
  const media = (node: JsonObject): boolean => typesOf(node).some((type) => /^(?:video|audio|image|media)object$/i.test(type));
  const all = articleNodes(index);
  const nodes = [...all.filter((node) => !media(node)), ...all.filter(media)];
  nodes.forEach((node, position) => {
    // The first article node is the page's own; later ones are often related items.
    const rank = position === 0 ? 0 : 2 * TIER_STEP;
    const fields: readonly [string, DateRole, number][] = [
      ['datePublished', 'published', TIER.articleOwn],
      ['dateCreated', 'published', TIER.labelled],
      ['uploadDate', 'published', TIER.labelled],
      ['dateModified', 'modified', TIER.articleOwn],
    ];
    for (const [field, role, weight] of fields) {
      // A few pages give a list of values: the first is read.
      const raw = text(asArray(node[field])[0]);
      if (raw === null) continue;
      const date = parseMachineDate(raw);
      const type = String(node['@type'] ?? 'Thing');
      found.push(...(date === null ? [] : [{
        role, date, weight: weight - rank, structured: true, labelled: false,
        evidence: { origin: 'json-ld' as const, key: `${type}.${field}`, raw, value: date.value },
      }]));
    }
  });
  return found;
}

/** Candidates for the published and modified dates, from every kind of source. */
export function dateCandidates(snapshot: ArticleSnapshot, index: JsonLdIndex): DateCandidate[] {
  const usFormat = monthFirst(snapshot);
  const found: DateCandidate[] = jsonLdDates(index);
  for (const spec of META_DATES) {
    for (const tag of snapshot.meta.filter((meta) => meta.key === spec.key)) {
      const date = parseMachineDate(tag.content, usFormat);
      if (date === null) continue;
      found.push({
        role: spec.role, date, weight: spec.weight, structured: true, labelled: false,
        evidence: { origin: 'meta', key: tag.key, raw: tag.content, value: date.value },
      });
    }
  }
  for (const prop of snapshot.microdata) {
    const role: DateRole | null = /^(?:datepublished|datecreated|dc:date|dcterms:issued|dcterms:created)$/i.test(prop.prop)
      ? 'published'
      : /^(?:datemodified|dcterms:modified)$/i.test(prop.prop) ? 'modified' : null;
    if (role === null) continue;
    const date = parseMachineDate(prop.value, usFormat);
    if (date === null) continue;
    found.push({
      role, date, weight: TIER.metadata, structured: true, labelled: false,
      evidence: { origin: prop.prop.includes(':') ? 'rdfa' : 'microdata', key: prop.prop, raw: prop.value, value: date.value },
    });
  }
  const lines = textLineDates(snapshot, usFormat, otherItemDates(snapshot, usFormat));
  found.push(...timeElementDates(snapshot, usFormat, lines));
  found.push(...lines);
  const fromUrl = urlDate(snapshot.url) ?? declaredAddressDate(snapshot);
  if (fromUrl !== null) found.push(fromUrl);
  const readabilityTime = snapshot.readability?.publishedTime ?? null;
  if (readabilityTime !== null) {
    const date = parseMachineDate(readabilityTime, usFormat);
    if (date !== null) {
      found.push({
        role: 'published', date, weight: TIER.named, structured: true, labelled: false,
        evidence: { origin: 'readability', key: 'publishedTime', raw: readabilityTime, value: date.value },
      });
    }
  }
  return found;
}

/** Class names that say a date is an update, that name the publication, or that usually hold it (the packs' words). */
const UPDATED_HINT = new RegExp(classHintPattern(wordsOfAllPacks((pack) => pack.classHints?.updated)), 'i');
const NAMED_PUBLISHED_HINT = new RegExp(classHintPattern(wordsOfAllPacks((pack) => pack.classHints?.published)), 'i');
const PUBLISHED_HINT = new RegExp(
  classHintPattern(wordsOfAllPacks((pack) => [...(pack.classHints?.published ?? []), ...(pack.classHints?.publicationPlaces ?? [])])),
  'i',
);

/** Classes of a comment, a teaser card or a list of other stories. */
const OTHER_ITEM_HINT = new RegExp(String.raw`(?:^|[\s_-])${fragmentsPattern(wordsOfAllPacks((pack) => pack.classHints?.otherItems))}(?=$|[\s_-])`, 'i');

/** The date a `<time>` gives: its `datetime`, or its text where that attribute is missing or unreadable. */
function timeElementDate(element: ArticleSnapshot['timeElements'][number], usFormat: boolean): ParsedDate | null {
  return (element.datetime === null ? null : parseMachineDate(element.datetime, usFormat)) ?? parseTextDate(element.text, usFormat);
}

/**
 * The dates a teaser's, a card's or a comment's `<time>` shows: a bare date line that
 * gives the same day (and the same minute, when it shows one) is most likely that item's
 * text ("Ann Lee 16/06/2020" under a related video), not the article's.
 */
function otherItemDates(snapshot: ArticleSnapshot, usFormat: boolean): ParsedDate[] {
  const dates: ParsedDate[] = [];
  for (const element of snapshot.timeElements) {
    if (!OTHER_ITEM_HINT.test(element.hint)) continue;
    const date = timeElementDate(element, usFormat);
    if (date !== null) dates.push(date);
  }
  return dates;
}

function showsTeaserDate(date: ParsedDate, teaserDates: readonly ParsedDate[]): boolean {
  return teaserDates.some((teaser) => dayOf(teaser) === dayOf(date) && (!date.hasTime || sameMinute(teaser, date)));
}

function timeElementDates(snapshot: ArticleSnapshot, usFormat: boolean, lines: readonly DateCandidate[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  // Position counts among the times that give a date: "5 min ago" stamps of a ticker
  // above the article say no day and push the article's own <time> down no rank.
  let position = -1;
  snapshot.timeElements.forEach((element) => {
    const raw = element.datetime ?? element.text;
    const date = timeElementDate(element, usFormat);
    if (date === null) return;
    position++;
    // Classes that name the date win; generic ones ("byline", "meta") defer to the words around the time.
    const named = UPDATED_HINT.test(element.hint) || NAMED_PUBLISHED_HINT.test(element.hint);
    const updated = UPDATED_HINT.test(element.hint) || OPENS_WITH_MODIFIED.test(element.text) ||
      (!named && shownRole(date, lines) === 'modified');
    const published = !updated && (PUBLISHED_HINT.test(element.hint) || OPENS_WITH_PUBLISHED.test(element.text));
    // In a teaser, a card or a comment, a "date" class labels another item's date: it
    // earns no trust, and such a <time> counts, as an unlabelled one, only among the first.
    const otherItem = OTHER_ITEM_HINT.test(element.hint);
    const labelled = (updated || published) && !otherItem;
    if (!labelled && position > 1) return;
    // Another item's <time> (a card above the article) weighs less than a date line by the headline.
    const unlabelledWeight = otherItem ? TIER.faintHint : TIER.named - position * TIER_STEP;
    found.push({
      role: updated ? 'modified' : 'published', date,
      weight: labelled ? TIER.secondaryMetadata : unlabelledWeight, structured: false, labelled,
      evidence: { origin: 'time-element', key: element.hint === '' ? 'time' : `time.${element.hint.split(' ')[0]}`, raw, value: date.value },
    });
  });
  return found;
}

/** The same clock minute: the same instant when both state a zone, else the same wall-clock reading. */
function sameMinute(a: ParsedDate, b: ParsedDate): boolean {
  if (!a.hasTime || !b.hasTime) return false;
  if (a.timeZoneStated && b.timeZoneStated) return Math.abs(instantOf(a) - instantOf(b)) < 60_000;
  return a.value.slice(0, 16) === b.value.slice(0, 16);
}

/**
 * The role of the visible lines that show a time's very minute, when they agree: a
 * <time class="byline__item"> inside "Updated Mar 5, 2026, 2:15pm EST" is the update.
 */
function shownRole(date: ParsedDate, lines: readonly DateCandidate[]): DateRole | null {
  const roles = new Set(lines.filter((line) => line.evidence.key !== 'date line' && sameMinute(line.date, date)).map((line) => line.role));
  return roles.size === 1 ? [...roles][0] ?? null : null;
}

/** Labels of a visible date line, in every pack's language. */
const PUBLISHED_WORDS = wordsPattern(wordsOfAllPacks((pack) => pack.dates?.published));
const MODIFIED_WORDS = wordsPattern(wordsOfAllPacks((pack) => pack.dates?.modified));
const PUBLISHED_LABEL = new RegExp(`${PUBLISHED_WORDS}\\s*:?`, 'iu');
const MODIFIED_LABEL = new RegExp(`${MODIFIED_WORDS}\\s*:?`, 'iu');
const OPENS_WITH_PUBLISHED = new RegExp(`^${PUBLISHED_WORDS}`, 'iu');
const OPENS_WITH_MODIFIED = new RegExp(`^${MODIFIED_WORDS}`, 'iu');
/** A byline between a label and its date: "Posted by Ann Lee on …". */
const BYLINE_GAP = new RegExp(`^\\s*${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.agents))}\\s`, 'iu');

/**
 * The text between a label and its date: short ("on Tuesday, "), or a byline
 * ("by Ann Lee on "). Anything longer means the label word sat in prose ("… released
 * his debut album", "Retrieved March 4") and the date belongs to something else.
 */
function dateFollowsLabel(slice: string): boolean {
  const gap = slice.slice(0, Math.max(0, slice.search(/\p{Nd}/u)));
  return gap.length <= 25 || BYLINE_GAP.test(gap);
}

/** How far after its label a date may end ("Posted by Ann Lee and Tom Ray on March 4, 2026 at 9:30 am"). */
const LABEL_REACH = 80;

/** The attribution line of an embedded post ("— Ann Lee (@annlee) March 4, 2026") dates the post, not the page. */
const EMBEDDED_POST = new RegExp(String.raw`^[—–-]\s*[^(]{1,60}\(@[\w.]+\)|${wordsPattern(wordsOfAllPacks((pack) => pack.credits?.embeddedPosts))}`, 'iu');

/**
 * A line that opens on a sentence's punctuation (". 24 August 2021.") is the end of a
 * sentence an inline box split off (a reference's access date after its link): it dates
 * whatever that sentence cites, not the page.
 */
const CONTINUED_SENTENCE = /^[.,;:]/u;

/** How many times a bare date line may be shown after the header and still be the article's own (top and foot of the text). */
const MAX_SHOWN_AFTER_HEADER = 2;

/**
 * The texts of the lines shown more often after the header than an article shows its
 * own date: "15 April 2020" under each of a list's stories is the list's, not the article's.
 */
function listedLines(lines: readonly TextLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) if (line.zone !== 'header') counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  const inHeader = new Set(lines.filter((line) => line.zone === 'header').map((line) => line.text));
  return new Set([...counts].filter(([text, count]) => count > MAX_SHOWN_AFTER_HEADER && !inHeader.has(text)).map(([text]) => text));
}

/**
 * The position of the main headline among the header's lines, or -1. A bare date line
 * above it and another one below it: the one below, by the byline, is the article's;
 * the one above is the site's masthead (today's date and clock, an edition's day).
 */
function headlineIndex(snapshot: ArticleSnapshot): number {
  const heading = comparable(snapshot.headings?.[0] ?? '');
  if (heading === '') return -1;
  return snapshot.textLines.findIndex((line) => line.zone === 'header' && comparable(line.text) === heading);
}

/** A short header line that is a date and nothing a label names: a date line by the headline. */
function bareDateLine(line: TextLine, usFormat: boolean, teaserDates: readonly ParsedDate[]): boolean {
  if (line.zone !== 'header' || line.text.length > 80 || PUBLISHED_LABEL.test(line.text) || MODIFIED_LABEL.test(line.text)) return false;
  const date = parseTextDate(line.text, usFormat);
  return date !== null && !showsTeaserDate(date, teaserDates);
}

/** Separators of a meta line's parts: "February 23, 2016 / in Sales / by Ann Lee". */
const META_SEPARATOR = /\s[/|·•]\s/u;
const MAX_OPENING_DATE = 40;

/**
 * The text of a line that may be a bare date line: a short one whole (in the body only a
 * line that is little more than a date), or, by the headline, the opening part of a
 * longer meta line that starts with the date and goes on with its section and byline.
 */
function dateLineText(line: TextLine): string | null {
  if (line.zone === 'footer') return null;
  if (line.text.length <= (line.zone === 'header' ? 80 : 40)) return line.text;
  if (line.zone !== 'header') return null;
  const opening = line.text.split(META_SEPARATOR)[0] ?? '';
  return opening.length < line.text.length && opening.length <= MAX_OPENING_DATE ? opening : null;
}

function textLineDates(snapshot: ArticleSnapshot, usFormat: boolean, teaserDates: readonly ParsedDate[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  const listed = listedLines(snapshot.textLines);
  const addressDay = (urlDate(snapshot.url) ?? declaredAddressDate(snapshot))?.date ?? null;
  const headline = headlineIndex(snapshot);
  const datedBelowHeadline = headline !== -1 && snapshot.textLines.some((line, index) => index > headline && bareDateLine(line, usFormat, teaserDates));
  let unlabelled = 0;
  for (const [index, line] of snapshot.textLines.entries()) {
    if (line.text.length > 160) continue;
    const modified = MODIFIED_LABEL.exec(line.text);
    const published = PUBLISHED_LABEL.exec(line.text);
    // A piece after a label must hold its date close to the label; the piece before an
    // update label has no label of its own.
    const pieces: { role: DateRole; from: number; key: string; afterLabel: boolean }[] = [];
    if (published !== null) pieces.push({ role: 'published', from: published.index + published[0].length, key: published[0].trim(), afterLabel: true });
    if (modified !== null) {
      pieces.push({ role: 'modified', from: modified.index + modified[0].length, key: modified[0].trim(), afterLabel: true });
      // "4 March 2026, 9:30 / Updated 5 March 2026": the date before the update is the publication.
      if (published === null && modified.index > 0) pieces.push({ role: 'published', from: 0, key: 'date before update', afterLabel: false });
    }
    pieces.sort((a, b) => a.from - b.from);
    if (pieces.length === 0) {
      // A bare date line by the headline is usually the publication date; in the body
      // only a line that is little more than a date counts.
      const dateText = dateLineText(line);
      if (dateText === null) continue;
      if (EMBEDDED_POST.test(line.text) || CONTINUED_SENTENCE.test(line.text) || listed.has(line.text)) continue;
      const date = parseTextDate(dateText, usFormat);
      if (date === null) continue;
      // A bare line showing the day the address gives is the article's own date line, even
      // past the first few (under a list of other stories' dates), and it outranks theirs.
      const onAddressDay = addressDay !== null && dayOf(date) === dayOf(addressDay);
      if (unlabelled >= 3 && !onAddressDay) continue;
      // A teaser's date line stays a faint candidate (the article may share its day) and
      // does not use up the few bare lines read, so the article's own below it still counts.
      const teaser = showsTeaserDate(date, teaserDates);
      if (!teaser) unlabelled++;
      const masthead = datedBelowHeadline && index < headline;
      const placed = masthead ? TIER.lastResort : teaser ? TIER.faintHint : line.zone === 'header' ? TIER.hint : TIER.faintHint;
      found.push({
        role: 'published', date, weight: placed + (date.hasTime && !masthead ? TIER_STEP : 0) + (onAddressDay && !masthead ? TIER_STEP : 0), structured: false, labelled: false,
        evidence: { origin: 'visible-text', key: 'date line', raw: line.text, value: date.value },
      });
      continue;
    }
    pieces.forEach((piece, position) => {
      const next = pieces[position + 1];
      const slice = line.text.slice(piece.from, next === undefined ? undefined : next.from);
      if (piece.afterLabel && !dateFollowsLabel(slice)) return;
      const date = parseTextDate(piece.afterLabel ? slice.slice(0, LABEL_REACH) : slice, usFormat);
      if (date === null) return;
      found.push({
        // A label after the article is as often a related item's as the article's own.
        role: piece.role, date, weight: line.zone === 'footer' ? TIER.named : TIER.labelled, structured: false, labelled: line.zone !== 'footer',
        evidence: { origin: 'visible-text', key: piece.key, raw: line.text, value: date.value },
      });
    });
  }
  return found;
}

/**
 * The day in the page's own declared address (`<link rel=canonical>`, else `og:url`),
 * for a page reached through an address that has none (a feed redirect, a tracker):
 * the same CMS path, written by the publisher.
 */
function declaredAddressDate(snapshot: ArticleSnapshot): DateCandidate | null {
  const canonical = snapshot.relLinks.find((link) => /\bcanonical\b/i.test(link.rel))?.href;
  const ogUrl = snapshot.meta.find((tag) => tag.key === 'og:url')?.content;
  const declared = canonical ?? ogUrl;
  if (declared === undefined || !/^https?:\/\//i.test(declared)) return null;
  const date = urlDate(declared);
  return date === null ? null : { ...date, evidence: { ...date.evidence, key: canonical === undefined ? 'og:url' : 'canonical' } };
}

/**
 * "/2025/07/10/", "/2025-07-10-" or "-20250710-" in the path: a publication day many
 * CMSs write in the address. Eight digits count only as a whole segment or slug word,
 * not inside a longer number (an article id).
 */
export function urlDate(url: string): DateCandidate | null {
  const path = urlPath(url);
  if (path === null) return null;
  const match = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|_|$|\.)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  if (match === null) return null;
  const date = parseIsoDate(`${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`);
  if (date === null) return null;
  return {
    role: 'published', date, weight: TIER.hint, structured: false, labelled: false,
    evidence: { origin: 'url', key: 'path', raw: match[0], value: date.value },
  };
}
