import { wordsOfAllPacks } from '../../languages/registry';
import { classHintPattern, fragmentsPattern } from '../../languages/words-pattern';
import { isInvisible, ownHint, squash } from './dom-text';
import { isSiteLogo } from './site-logo';

const MAX_DEPTH = 400;
/** A paragraph this long is article prose, not a byline or a date line. */
const PROSE_LENGTH = 200;
/** Chinese, Japanese and Korean say in one character what takes two or three Latin letters. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const DENSE_WEIGHT = 2.5;

function isProse(text: string): boolean {
  if (text.length >= PROSE_LENGTH) return true;
  const dense = text.match(DENSE_SCRIPT)?.length ?? 0;
  return dense > 0 && text.length + dense * (DENSE_WEIGHT - 1) >= PROSE_LENGTH;
}
const MAX_BYLINE_HITS = 200;

/** Class, id, itemprop or rel words that mark an element holding a byline or author name. */
const BYLINE_HINT = new RegExp(classHintPattern(wordsOfAllPacks((pack) => pack.classHints?.byline)));

/** Class or id words of a user's picture ("avatar", "userpic"): its alt text is the user's name. */
const AVATAR_HINT = new RegExp(classHintPattern(wordsOfAllPacks((pack) => pack.classHints?.avatars)));
/** A page shows its poster's picture once by the headline; the first few pictures are enough. */
const MAX_AVATAR_NAMES = 5;
const MAX_AVATAR_NAME_LENGTH = 80;

/** Tags that start a new line of text; everything else is inline. */
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/** Menus and forms: no byline or date line lives there, and big pages have many. */
const UNREAD_TAGS = new Set(['NAV', 'FORM', 'BUTTON', 'TEXTAREA']);

/** id or class of a readers' comments section, in the packs' words or by the comment service's name. */
const COMMENTS = new RegExp(String.raw`(?:^|[\s_-])(?:${fragmentsPattern(wordsOfAllPacks((pack) => pack.classHints?.comments))}|disqus)(?:$|[\s_-])`, 'i');

/** Landmarks of an article page, as bits; the most specific one present is the article. */
const ARTICLE_BODY = 1;
const ARTICLE = 2;
const BODY_CLASS = 4;
const MAIN = 8;
const LANDMARK_ORDER = [ARTICLE_BODY, ARTICLE, BODY_CLASS, MAIN] as const;
const BODY_CLASSES = /(?:^|\s)(?:entry-content|article-body|article__body|post-content|article-content|story-body)(?:\s|$)/;

/** An element whose own attributes say it holds a byline. */
export interface BylineHit {
  element: Element;
}

export interface RawLine {
  text: string;
  /** Link targets as written in the page, not yet resolved. */
  hrefs: string[];
  /** The line is a long paragraph of prose. */
  prose: boolean;
  inMainHeading: boolean;
  inArticle: boolean;
  /** Inside the element that holds only the article's text (`articleBody`, `.entry-content`…). */
  inBodyElement: boolean;
}

export interface VisibleBody {
  lines: RawLine[];
  bylines: BylineHit[];
  /** The text of the visible `<h1>` elements, the main heading first; a site's logo is left out. */
  headings: string[];
  /** Characters of the lines that read as sentences of prose: what a short article without metadata still has. */
  sentenceChars: number;
  /** The text of the `<h1>`s that are the site's logo or name, not a headline. */
  logoHeadings: string[];
  /** The alt text of the first user pictures ("avatar" by their class or id, or their parent's). */
  avatarNames: string[];
}

/** A line this long that ends like a sentence is a paragraph of prose, however short the article. */
const SENTENCE_LINE = 80;
const SENTENCE_END = /[.!?…。！？»"”)]$/u;

/** A page may have many `<h1>`s (one a teaser); the first few are enough to find the headline. */
const MAX_HEADINGS = 6;
const MAX_HEADING_LENGTH = 300;

interface WalkedLine {
  text: string;
  hrefs: string[];
  /** Which landmarks (first of each kind) the line sits in. */
  landmarks: number;
  /** Ordinal of the `<h1>` the line is in, or -1. */
  heading: number;
}

function landmarkOf(element: Element, tag: string): number {
  let bits = tag === 'ARTICLE' ? ARTICLE : tag === 'MAIN' ? MAIN : 0;
  if (!element.hasAttributes()) return bits;
  const itemprop = element.getAttribute('itemprop');
  if (itemprop !== null && /(?:^|\s)articleBody(?:\s|$)/.test(itemprop)) bits |= ARTICLE_BODY;
  if (BODY_CLASSES.test(element.getAttribute('class') ?? '')) bits |= BODY_CLASS;
  if (element.getAttribute('role') === 'main') bits |= MAIN;
  return bits;
}

/**
 * One pass over the visible body: the page's lines of text (a block element starts
 * a line), the elements whose class, id, itemprop or rel names a byline, and the
 * article's landmarks (its body, the article, the main heading). Walking once keeps
 * the cost low on big pages (each selector query would walk the tree again); hidden,
 * script and template subtrees are never entered, so nothing unseen is collected.
 */
export function walkVisibleBody(doc: Document, pageUrl: string = doc.documentURI): VisibleBody {
  const walked: WalkedLine[] = [];
  const bylines: BylineHit[] = [];
  /** Landmarks seen so far: only the first element of each kind counts, as `querySelector` would. */
  let seen = 0;
  /** Landmarks each heading sits in, by ordinal. */
  const headings: number[] = [];
  /** Each heading's text as the page writes it (inline markup adds no spaces: "Metroid<i>,</i>" stays "Metroid,"). */
  const headingTexts: string[] = [];
  const logoHeadings: string[] = [];
  const avatarNames: string[] = [];
  let parts: string[] = [];
  let hrefs: string[] = [];
  let landmarks = 0;
  let heading = -1;

  const flush = (): void => {
    const text = squash(parts.join(''));
    if (text !== '') walked.push({ text, hrefs, landmarks, heading });
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
    const tag = element.tagName.toUpperCase();
    // A form that holds a main heading wraps the whole page (ASP.NET Web Forms): it is read.
    if (UNREAD_TAGS.has(tag) && (tag !== 'FORM' || element.querySelector('h1') === null)) return;
    const hint = ownHint(element);
    // Most elements have no class or id: the two word patterns, built from every pack, are not run on nothing.
    const namesByline = hint !== '' && BYLINE_HINT.test(hint);
    // Readers' comments carry their own "Posted by … on …" lines, which are not the article's;
    // a box named for the byline and a comment count ("byline_and_share_and_comments") is the article's.
    if (hint !== '' && !namesByline && COMMENTS.test(hint) && element.querySelector('h1') === null) return;
    if (bylines.length < MAX_BYLINE_HITS && namesByline) bylines.push({ element });
    if (tag === 'IMG' && avatarNames.length < MAX_AVATAR_NAMES) {
      const alt = squash(element.getAttribute('alt'));
      const parent = element.parentElement;
      if (alt !== '' && alt.length <= MAX_AVATAR_NAME_LENGTH && (AVATAR_HINT.test(hint) || (parent !== null && AVATAR_HINT.test(ownHint(parent))))) avatarNames.push(alt);
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    else parts.push(' ');
    if (tag === 'A' && hrefs.length < 5) {
      // Resolved later, only for the few lines kept: most links of a page never are.
      const href = element.getAttribute('href');
      if (href !== null) hrefs.push(href);
    }
    const outerLandmarks = landmarks;
    const outerHeading = heading;
    const mine = landmarkOf(element, tag) & ~seen;
    seen |= mine;
    landmarks |= mine;
    if (tag === 'H1') {
      heading = headings.length;
      headings.push(landmarks);
      const text = squash(element.textContent).slice(0, MAX_HEADING_LENGTH);
      const logo = isSiteLogo(element, pageUrl);
      headingTexts.push(logo ? '' : text);
      if (logo && text !== '' && logoHeadings.length < MAX_HEADINGS) logoHeadings.push(text);
    }
    for (let child = element.firstChild; child !== null; child = child.nextSibling) visit(child, depth + 1);
    if (block) flush();
    else parts.push(' ');
    landmarks = outerLandmarks;
    heading = outerHeading;
  };

  const root = doc.body ?? doc.documentElement;
  if (root !== null) visit(root, 0);
  flush();

  const rootBit = LANDMARK_ORDER.find((bit) => (seen & bit) !== 0) ?? 0;
  const bodyBit = (seen & ARTICLE_BODY) !== 0 ? ARTICLE_BODY : seen & BODY_CLASS;
  const inRoot = headings.findIndex((bits) => (bits & rootBit) !== 0);
  const mainHeading = inRoot !== -1 ? inRoot : headings.length > 0 ? 0 : -1;
  const lines = walked.map((line) => ({
    text: line.text,
    hrefs: line.hrefs,
    prose: isProse(line.text),
    inMainHeading: mainHeading !== -1 && line.heading === mainHeading,
    inArticle: (line.landmarks & rootBit) !== 0,
    inBodyElement: (line.landmarks & bodyBit) !== 0,
  }));
  const ordered = mainHeading === -1 ? headingTexts : [headingTexts[mainHeading] ?? '', ...headingTexts.filter((_, ordinal) => ordinal !== mainHeading)];
  const sentenceChars = walked.reduce((total, line) => (line.text.length >= SENTENCE_LINE && SENTENCE_END.test(line.text) ? total + line.text.length : total), 0);
  return { lines, bylines, headings: ordered.filter((text) => text !== '').slice(0, MAX_HEADINGS), sentenceChars, logoHeadings, avatarNames };
}
