import type { TextLine } from '../snapshot';
import { clip, isInvisible, resolveHref, squash } from './dom-text';

const MAX_LINES = 300;
const MAX_LINE = 300;
const MAX_DEPTH = 400;
/** A paragraph this long is article prose, not a byline or a date line. */
const PROSE_LENGTH = 200;

/** Tags that start a new line of text; everything else is inline. */
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/**
 * Words that make a line worth keeping: bylines, dates, updates, wire credits,
 * sponsored labels and corrections, in French and English. Permissive on purpose:
 * the rules decide what a line says; this only keeps the snapshot small.
 */
const PROVENANCE_WORDS =
  /\b(?:by|par|auteure?|autrice|author|written|[ée]crit|r[ée]dig[ée]e?s?|texte|propos recueillis|reporting|publi|posted|updated?|actualis|mis(?:e|es)? [àa] jour|modifi|last (?:modified|updated)|date|afp|reuters|ap|belga|associated press|bloomberg|dpa|ansa|efe|sponsor|partenai|partner|paid|advertis|annonceur|promoted|contenu de marque|brand|correct|rectifi|erratum|editor'?s note|note de la r[ée]daction|janv|f[ée]vr|mars|avril|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c|jan|feb|mar|apr|may|jun|jul|aug|sep|dec)|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b(?:19|20)\d\d\b/i;

/** A line that is only a label ("By", "Publié le :") whose value sits on the next line. */
const LABEL_ONLY =
  /^(?:by|par|de|auteure?|autrice|authors?|written by|[ée]crit par|r[ée]dig[ée]e? par|texte|publi[ée]e? le|published(?: on)?|posted(?: on)?|updated(?: on)?|mis[e]? [àa] jour le|date(?: de publication)?)\s*:?$/i;

/** id or class of a readers' comments section (FR and EN). */
const COMMENTS = /(?:^|[\s_-])(?:comments?|commentaires?|disqus|respond|reactions?)(?:$|[\s_-])/i;

interface RawLine {
  text: string;
  hrefs: string[];
  /** The line is a long paragraph of prose. */
  prose: boolean;
  inMainHeading: boolean;
  inArticle: boolean;
  /** Inside the element that holds only the article's text (`articleBody`, `.entry-content`…). */
  inBodyElement: boolean;
}

const BODY_ELEMENT = '[itemprop~="articleBody"], .entry-content, .article-body, .article__body, .post-content, .article-content, .story-body';

/** The element most likely to hold the article: its body, else the article, else main. */
function findArticleRoot(doc: Document): Element | null {
  const selectors = [
    '[itemprop~="articleBody"]',
    'article',
    '.entry-content, .article-body, .article__body, .post-content, .article-content, .story-body',
    'main, [role="main"]',
  ];
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    if (element !== null) return element;
  }
  return null;
}

function walk(doc: Document, pageUrl: string): RawLine[] {
  const lines: RawLine[] = [];
  const articleRoot = findArticleRoot(doc);
  const mainHeading = articleRoot?.querySelector('h1') ?? doc.querySelector('h1');
  const bodyElement = doc.querySelector(BODY_ELEMENT);
  let parts: string[] = [];
  let hrefs: string[] = [];
  let inMainHeading = false;
  let inArticle = false;
  let inBodyElement = false;

  const flush = (): void => {
    const text = squash(parts.join(''));
    if (text !== '') {
      lines.push({ text, hrefs, prose: text.length >= PROSE_LENGTH, inMainHeading, inArticle, inBodyElement });
    }
    parts = [];
    hrefs = [];
  };

  const visit = (node: Node, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (isInvisible(element)) return;
    // Readers' comments carry their own "Posted by … on …" lines, which are not the article's.
    if (COMMENTS.test(`${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`) && !(mainHeading !== null && element.contains(mainHeading))) return;
    const tag = element.tagName.toUpperCase();
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    else parts.push(' ');
    if (tag === 'A') {
      const href = resolveHref(element.getAttribute('href'), pageUrl);
      if (href !== null && hrefs.length < 5) hrefs.push(href);
    }
    const wasInHeading = inMainHeading;
    const wasInArticle = inArticle;
    const wasInBodyElement = inBodyElement;
    if (element === mainHeading) inMainHeading = true;
    if (element === articleRoot) inArticle = true;
    if (element === bodyElement) inBodyElement = true;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) visit(child, depth + 1);
    if (block) flush();
    else parts.push(' ');
    inMainHeading = wasInHeading;
    inArticle = wasInArticle;
    inBodyElement = wasInBodyElement;
  };

  const root = doc.body ?? doc.documentElement;
  if (root !== null) visit(root, 0);
  flush();
  return lines;
}

/**
 * Zones: lines before the first prose paragraph that follows the main heading are the
 * header (where bylines and dates usually sit); lines up to the last prose paragraph
 * of the article, or the end of its body element, are the body; the rest is the
 * footer (author boxes, related links).
 */
function zones(lines: RawLine[]): TextLine['zone'][] {
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
export function collectTextLines(doc: Document, pageUrl: string): TextLine[] {
  const raw = walk(doc, pageUrl);
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
    if (!headline && !PROVENANCE_WORDS.test(line.prose ? head.slice(0, 60) : head)) continue;
    kept.push({ line: { text: head, zone, hrefs: lineHrefs }, index });
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
