import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { Evidence } from '../../report/schema';
import { wordsOfAllPacks } from '../../languages/registry';
import { classHintPattern, fragmentsPattern, wordsPattern } from '../../languages/words-pattern';
import { classifyAuthor } from './classify-author';
import { cleanAuthorNames, editorNames, opensWithOwnReporter, readsAsName, UNSPACED_SCRIPT, withoutOrnaments } from './clean-author-name';
import { TIER } from './evidence-tiers';
import { tidy } from './snapshot-lookup';
import { articleNodes, asArray, isObject, resolve, text, typesOf, type JsonLdIndex } from './json-ld-nodes';
import { comparable } from './title-parts';

export interface AuthorCandidate {
  names: string[];
  /** The source said it is an organisation (JSON-LD `Organization`). */
  organisation: boolean;
  profileUrl: string | null;
  weight: number;
  evidence: Evidence;
  /** Read below the article (related stories, author boxes of other pieces): it vouches for no other source. */
  afterArticle?: boolean;
  /** Read above the article's end on a page where the article's text was found (not a guess on a page of teasers). */
  withArticle?: boolean;
  /** A byline element's classes and those of its nearest ancestors: which kind of byline it sits inside. */
  classes?: readonly string[];
}

function candidate(
  raw: string, origin: Evidence['origin'], key: string, weight: number,
  profileUrl: string | null = null, organisation = false,
): AuthorCandidate | null {
  const names = cleanAuthorNames(raw);
  if (names.length === 0 && raw.trim() === '') return null;
  return { names, organisation, profileUrl, weight, evidence: { origin, key, raw, value: names.length > 0 ? names.join(', ') : null } };
}

function profileOf(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

function jsonLdAuthors(index: JsonLdIndex): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  const article = articleNodes(index)[0];
  if (article === undefined) return found;
  for (const field of ['author', 'creator'] as const) {
    for (const entry of asArray(article[field])) {
      const node = resolve(index, entry);
      const key = `${typesOf(article)[0] ?? 'Thing'}.${field}`;
      const weight = field === 'author' ? TIER.articleOwn : TIER.secondaryMetadata;
      if (typeof node === 'string') {
        if (/^https?:\/\//i.test(node)) continue;
        const made = candidate(node, 'json-ld', key, weight);
        if (made !== null) found.push(made);
        continue;
      }
      if (!isObject(node)) continue;
      const name = text(node['name']) ?? [text(node['givenName']), text(node['familyName'])].filter(Boolean).join(' ');
      if (name === '') continue;
      const organisation = typesOf(node).some((type) => /organi[sz]ation|corporation|newsmedia/i.test(type));
      const url = text(node['url']) ?? text(asArray(node['sameAs'])[0]);
      const made = candidate(name, 'json-ld', key, weight, profileOf(url), organisation);
      if (made !== null) found.push(made);
    }
  }
  return found;
}

/** The label of a "written by" field in `twitter:labelN` ("Written by", "Écrit par"). */
const META_LABEL = new RegExp(`^${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.metaLabels))}$`, 'iu');

/**
 * Meta keys that carry a byline, with how much each is trusted. `twitter:creator` is
 * none: it names the account that shares the page.
 */
const META_AUTHORS: readonly [string, number][] = [
  ['author', TIER.metadata],
  ['article:author', TIER.metadata],
  ['og:article:author', TIER.metadata],
  ['parsely-author', TIER.metadata],
  ['sailthru.author', TIER.metadata],
  ['citation_author', TIER.metadata],
  ['dc.creator', TIER.secondaryMetadata],
  ['dcterms.creator', TIER.secondaryMetadata],
  ['byl', TIER.secondaryMetadata],
  ['article.author', TIER.secondaryMetadata],
  ['author_name', TIER.secondaryMetadata],
  ['cxenseparse:author', TIER.secondaryMetadata],
];

/** Meta keys whose value may be the author's profile page rather than a name. */
const PROFILE_KEYS: ReadonlySet<string> = new Set(['author', 'article:author', 'og:article:author']);
/** A line that shows the author's linked name is short: the name, maybe a date beside it. */
const MAX_PROFILE_LINE = 80;

/** An address compared without its scheme, `www.`, query or trailing slash. */
function addressKey(url: string): string {
  return url.trim().toLowerCase().replace(/^(?:https?:)?\/\/(?:www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
}

/** The words of an address's last path segment ("/about/editors/mallory-locklear" → mallory, locklear). */
function slugWords(url: string): string[] {
  const segment = addressKey(url).split('/').pop() ?? '';
  return segment.split(/[-_.+]+/).filter((word) => word !== '');
}

/**
 * "M. Locklear" with the profile "…/mallory-locklear": the name in full where the
 * address spells each of its words, or starts with each initial, in the same order.
 */
function spelledOut(name: string, slug: readonly string[]): string {
  const words = name.split(/\s+/);
  if (words.length !== slug.length) return name;
  const full = words.map((word, at) => {
    const spelled = slug[at] ?? '';
    const bare = word.replace(/\.$/, '').toLowerCase();
    if (bare === spelled) return word;
    const initial = word.length <= 2 && word.endsWith('.') && spelled.length > 1 && spelled.startsWith(bare);
    return initial ? `${spelled.slice(0, 1).toUpperCase()}${spelled.slice(1)}` : null;
  });
  return full.every((word) => word !== null) ? full.join(' ') : name;
}

/**
 * The author the metadata gives only as a profile address (`article:author` =
 * "https://…/editors/mallory-locklear"): the name a line above the article's end shows
 * as a link to that very address ("M. Locklear | 01.07.19").
 */
function profileLinkedAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  for (const tag of snapshot.meta) {
    if (!PROFILE_KEYS.has(tag.key) || !/^(?:https?:)?\/\//i.test(tag.content)) continue;
    const profile = addressKey(tag.content);
    const line = snapshot.textLines.find((shown) => shown.zone !== 'footer' && shown.text.length <= MAX_PROFILE_LINE && shown.hrefs.some((href) => addressKey(href) === profile));
    if (line === undefined) continue;
    const names = cleanAuthorNames(line.text).filter(readsAsName).map((name) => spelledOut(name, slugWords(tag.content)));
    if (names.length !== 1) continue;
    found.push({
      names, organisation: false, profileUrl: profileOf(tag.content.startsWith('//') ? `https:${tag.content}` : tag.content), weight: TIER.metadata,
      evidence: { origin: 'meta', key: `${tag.key} profile`, raw: line.text, value: names.join(', ') },
    });
  }
  return found;
}

/** Keys that, as library and citation metadata do, give one name a tag, surname first ("Kooman, F."). */
const SURNAME_FIRST_KEYS: ReadonlySet<string> = new Set(['citation_author', 'dc.creator', 'dcterms.creator']);
/** "Kooman, F.", "Jong, Michiel de", "van Kesteren, Anne": a surname (maybe after lower-case particles), a comma, then given names or initials. */
const SURNAME_FIRST = /^((?:\p{Ll}+\s)*\p{Lu}[\p{L}'’-]*),\s*(\p{Lu}[\p{L}.'’-]*(?:\s[\p{L}.'’-]+){0,3})$/u;

/** One name of a surname-first tag in reading order ("F. Kooman", "Michiel de Jong"); any other value as written. */
function inReadingOrder(key: string, value: string): string {
  const inverted = SURNAME_FIRST_KEYS.has(key) ? SURNAME_FIRST.exec(value.trim()) : null;
  return inverted === null ? value : `${inverted[2] ?? ''} ${inverted[1] ?? ''}`;
}

function metaAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  for (const [key, weight] of META_AUTHORS) {
    for (const tag of snapshot.meta.filter((meta) => meta.key === key)) {
      // article:author is often a profile URL (Facebook, the site's author page).
      if (/^(?:https?:)?\/\//i.test(tag.content)) continue;
      const made = candidate(inReadingOrder(key, tag.content), 'meta', key, weight);
      if (made !== null) found.push(made);
    }
  }
  // Slack/Twitter "enhanced data": twitter:labelN "Written by" / "Écrit par" with twitter:dataN.
  for (const label of snapshot.meta.filter((meta) => /^twitter:label\d$/.test(meta.key))) {
    if (!META_LABEL.test(label.content.trim())) continue;
    const dataKey = label.key.replace('label', 'data');
    const data = snapshot.meta.find((meta) => meta.key === dataKey);
    if (data === undefined) continue;
    const made = candidate(data.content, 'meta', dataKey, TIER.secondaryMetadata);
    if (made !== null) found.push(made);
  }
  return found;
}

function microdataAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  for (const prop of snapshot.microdata) {
    if (!/^(?:author|creator|dc:creator|dcterms:creator|schema:author)$/i.test(prop.prop)) continue;
    // An author inside a comment or a review is someone else's.
    if (prop.itemType !== null && /comment|review|rating|answer|question/i.test(prop.itemType)) continue;
    const made = candidate(prop.value, prop.prop.includes(':') ? 'rdfa' : 'microdata', prop.prop, TIER.metadata, profileOf(prop.href));
    if (made !== null) found.push(made);
  }
  return found;
}

function relAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  for (const link of snapshot.relLinks) {
    if (!/\bauthor\b/.test(link.rel) || link.text === '') continue;
    const made = candidate(link.text, 'rel-author', 'rel=author', TIER.labelled, profileOf(link.href));
    if (made !== null) found.push(made);
  }
  return found;
}

/** A byline box longer than this is a list of stories, not one story's credits. */
const MAX_BYLINE_BOX = 200;

/**
 * A byline box holding the names of several byline elements inside it ("Darian Woods ·
 * Twitter · Sarah Gonzalez · Twitter") credits them all, in the order it shows them,
 * where its own text read as a list stops at the first separator.
 */
function withBoxedNames(found: readonly AuthorCandidate[]): AuthorCandidate[] {
  // Whole names only: a one-word part ("Twitter" under a name) is a link's label.
  const single = [...new Set(found.filter((made) => made.names.length === 1).map((made) => made.names[0] as string))]
    .filter((name) => (name.includes(' ') || UNSPACED_SCRIPT.test(name)) && classifyAuthor(name) === 'person');
  return found.map((box) => {
    const raw = box.evidence.raw;
    if (raw.length > MAX_BYLINE_BOX) return box;
    const inside = single
      .filter((name, _, all) => raw.includes(name) && !all.some((other) => other !== name && other.includes(name) && raw.includes(other)))
      .sort((a, b) => raw.indexOf(a) - raw.indexOf(b));
    if (inside.length < 2 || inside.length <= box.names.length || !box.names.every((name) => inside.includes(name))) return box;
    return { ...box, names: inside, evidence: { ...box.evidence, value: inside.join(', ') } };
  });
}

/** A menu's entry ("Bylines" in a site's global navigation) names a section of the site, not who wrote the article. */
const MENU_HINT = new RegExp(classHintPattern(wordsOfAllPacks((pack) => pack.classHints?.menus)));

/**
 * A commenter's name ("comment-author", "reply-byline", "avatar-name"): a class that starts
 * with the word, not a box that also counts the comments ("byline-comments-count").
 */
const COMMENTER_HINT = new RegExp(
  String.raw`(?:^|\s)${fragmentsPattern(wordsOfAllPacks((pack) => [
    ...(pack.classHints?.comments ?? []), ...(pack.classHints?.replies ?? []), ...(pack.classHints?.avatars ?? []),
  ]))}`,
  'i',
);

function bylineAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  for (const element of snapshot.bylineElements) {
    if (COMMENTER_HINT.test(element.hint) || MENU_HINT.test(element.hint)) continue;
    const made = candidate(element.text, 'byline-element', element.hint.split(' ')[0] ?? 'byline', TIER.named, profileOf(element.href));
    if (made !== null && made.names.length > 0) found.push({ ...made, classes: element.hint.split(' ') });
  }
  return withBoxedNames(found);
}

/** A visible byline: "Par X", "By X", "by: X", "Von X", "Rédigé par X", then a capital; or "Auteur : X", "Autor: X". */
const BYLINE_AGENT = new RegExp(
  String.raw`^(?:${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.agentOpeners))}\s+)?${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.agents))}(?:\s*[:：])?\s+`,
  'iu',
);
const BYLINE_LABEL = new RegExp(String.raw`^${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.labels))}\s*[:：︱｜]\s*\S`, 'iu');

/**
 * After its agent a byline names someone with a capital, or a newsroom ("Par la
 * rédaction", "By staff"): "By signing up" and "Por favor" are no bylines.
 */
function isBylineLine(text: string): boolean {
  if (opensWithOwnReporter(text)) return true;
  const agent = BYLINE_AGENT.exec(text);
  if (agent === null) return BYLINE_LABEL.test(text);
  const rest = text.slice(agent[0].length);
  return /^\p{Lu}/u.test(rest) || classifyAuthor(cleanAuthorNames(text)[0] ?? rest) === 'generic';
}

function textAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  // Without a line of the article's body, the zones are a guess from the headline's place.
  const articleFound = snapshot.textLines.some((line) => line.zone === 'body');
  for (const line of snapshot.textLines) {
    if (line.text.length > 250 || !isBylineLine(withoutOrnaments(line.text))) continue;
    // The byline by the headline is the article's; one below it may be a related story's.
    const weight = line.zone === 'header' ? TIER.labelled : line.zone === 'body' ? TIER.hint : TIER.faintHint;
    const href = line.hrefs.find((link) => !/share|sharer|intent|mailto:|twitter\.com|facebook\.com|x\.com/i.test(link)) ?? null;
    const made = candidate(line.text, 'visible-text', line.text.split(/\s/)[0] ?? 'byline', weight, profileOf(href));
    if (made !== null && made.names.length > 0 && made.names.every((name) => readsAsName(name) || classifyAuthor(name) === 'generic')) found.push(line.zone === 'footer' ? { ...made, afterArticle: true } : { ...made, withArticle: articleFound });
  }
  return found;
}

/** Description tags a blog platform fills from the post's first lines. */
const DESCRIPTION_KEYS = ['description', 'og:description', 'twitter:description'];
/** Where a byline opening a description ends: a comma (a role follows), a sentence's end, a paragraph's gap. */
const BYLINE_END = /,|\.\s|\s{2,}|\s[|·•–—-]\s/u;

/**
 * A description that opens with the post's byline ("Posted by Brian Stevens, Vice
 * President…"): blog platforms make it from the first lines of the post, so it names the
 * author where the byline itself sits in a script template. A full name only, and no sentence: "By Christmas, …"
 * and "By Election Day, voters…" name no one.
 */
function descriptionAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  for (const key of DESCRIPTION_KEYS) {
    const content = snapshot.meta.find((meta) => meta.key === key)?.content.trim() ?? '';
    const agent = BYLINE_AGENT.exec(content);
    const rest = agent === null ? '' : content.slice(agent[0].length);
    if (agent === null || !/^\p{Lu}/u.test(rest)) continue;
    const end = rest.search(BYLINE_END);
    // After a byline's comma comes a role ("Vice President"); lower-case prose means "By" opened a sentence ("By Election Day, voters…").
    if (end !== -1 && /^,\s*\p{Ll}/u.test(rest.slice(end))) continue;
    const byline = content.slice(0, agent[0].length + (end === -1 ? rest.length : end));
    const names = cleanAuthorNames(byline);
    const name = names[0];
    if (names.length !== 1 || name === undefined || !/^\S+(?:\s\S+){1,3}$/u.test(name) || !readsAsName(name) || classifyAuthor(name) !== 'person') continue;
    return [{ names, organisation: false, profileUrl: null, weight: TIER.hint, evidence: { origin: 'meta', key: `${key} byline`, raw: byline, value: name } }];
  }
  return [];
}

/**
 * "Ann Lee (@annlee) on X", "Ann Lee (@annlee) • Instagram photos": a social post's title
 * opens with its author's display name and handle, then at most the platform's name
 * before a separator (a headline that names a handle goes on in words).
 */
const POSTER_TITLE = /^(\S.{0,59}?)\s+\(@[\p{L}\p{N}_.]{1,30}\)(?:\s+\S+){0,2}(?:\s*[•|·:–—-].*)?$/u;

/**
 * The account that wrote a social post, as its platform titles the page. A display
 * name is whatever the account chose ("#!/kiko/beats"), so it is kept as written.
 */
function posterAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  const titles = [...snapshot.meta.filter((tag) => tag.key === 'og:title').map((tag) => ['meta', 'og:title', tag.content] as const), ['document-title', 'title', snapshot.documentTitle] as const];
  for (const [origin, key, title] of titles) {
    const name = POSTER_TITLE.exec(title.trim())?.[1]?.trim();
    if (name === undefined || !/\p{L}/u.test(name)) continue;
    return [{ names: [name], organisation: false, profileUrl: null, weight: TIER.labelled, evidence: { origin, key: `${key} poster`, raw: title, value: name } }];
  }
  return [];
}

/**
 * Several values under one key are several authors (a JSON-LD `author` array, two
 * `article:author` tags): they make one candidate naming them all.
 */
function mergeByKey(candidates: readonly AuthorCandidate[]): AuthorCandidate[] {
  const merged = new Map<string, AuthorCandidate>();
  for (const candidate of candidates) {
    const key = `${candidate.evidence.origin}\u0000${candidate.evidence.key}`;
    const known = merged.get(key);
    if (known === undefined) {
      merged.set(key, { ...candidate, names: [...candidate.names] });
      continue;
    }
    for (const name of candidate.names) {
      if (!known.names.some((other) => other.toLowerCase() === name.toLowerCase())) known.names.push(name);
    }
    known.profileUrl ??= candidate.profileUrl;
    known.organisation &&= candidate.organisation;
    known.evidence = {
      ...known.evidence,
      raw: `${known.evidence.raw}; ${candidate.evidence.raw}`,
      value: known.names.length > 0 ? known.names.join(', ') : null,
    };
  }
  return [...merged.values()];
}

/** Names compared whole, case and punctuation aside. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

/**
 * Whether a name is one the page credits as its editor: the same name, or in a script
 * written without spaces the editor's name at its end (a desk's prefix before it).
 */
function isEditor(name: string, editors: readonly string[]): boolean {
  const key = nameKey(name);
  return editors.some((editor) => key === editor || (UNSPACED_SCRIPT.test(name) && editor.length >= 2 && key.endsWith(editor)));
}

/**
 * The page's editors ("Edited by X", "责任编辑：X") are no authors, whichever source names
 * them (a CMS often fills meta author with the editor who published the piece).
 */
function withoutEditors(candidates: readonly AuthorCandidate[], snapshot: ArticleSnapshot): AuthorCandidate[] {
  const editors = [...snapshot.textLines.map((line) => line.text), ...snapshot.bylineElements.map((element) => element.text)].flatMap(editorNames).map(nameKey);
  if (editors.length === 0) return [...candidates];
  return candidates.map((candidate) => {
    const names = candidate.names.filter((name) => !isEditor(name, editors));
    return names.length === candidate.names.length ? candidate : { ...candidate, names, evidence: { ...candidate.evidence, value: names.length > 0 ? names.join(', ') : null } };
  });
}

/** "Ann Lee @annlee", "Ann Lee (@annlee)": a name and the handle written right after it. */
const NAME_THEN_HANDLE = /^(.*[^\s(])\s*\(?@([\p{L}\p{N}_.]{2,30})\)?$/u;

/**
 * A handle given as the author ("devindra" in meta author) stands for the person whose
 * byline shows it after their name ("By Devindra Hardawar @devindra"): it is that name.
 */
function withHandlesNamed(candidates: readonly AuthorCandidate[]): AuthorCandidate[] {
  const named = new Map<string, string>();
  for (const candidate of candidates) {
    const match = NAME_THEN_HANDLE.exec(tidy(candidate.evidence.raw));
    const name = candidate.names[0];
    if (match === null || candidate.names.length !== 1 || name === undefined || !(match[1] ?? '').endsWith(name)) continue;
    named.set((match[2] ?? '').toLowerCase(), name);
  }
  if (named.size === 0) return [...candidates];
  return candidates.map((candidate) => {
    const names = candidate.names.map((name) => (name.includes(' ') ? name : named.get(name.replace(/^@/, '').toLowerCase()) ?? name));
    return names.every((name, at) => name === candidate.names[at]) ? candidate : { ...candidate, names, evidence: { ...candidate.evidence, value: names.join(', ') } };
  });
}

/** A signature's short form: two to five lower-case letters ("bsc", "jd"). */
const SIGNATURE_INITIALS = /^\p{Ll}{2,5}$/u;

/** Whether `initials` are letters of `name` in order, the first its first ("bsc" in "Ben Schwan"). */
function abbreviates(initials: string, name: string): boolean {
  const letters = name.toLowerCase();
  if (!letters.startsWith(initials[0] ?? ' ')) return false;
  let at = 0;
  for (const letter of initials) {
    at = letters.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A writer's signature: their initials linked to their address, with their full name as
 * the link's title ("(bsc)" for Ben Schwan), as newsrooms sign at the end of an article.
 * Initials that do not abbreviate the title are a contact link's label, not a signature.
 */
function signatureAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  for (const link of snapshot.mailLinks ?? []) {
    if (!SIGNATURE_INITIALS.test(link.text) || !abbreviates(link.text, link.title)) continue;
    const made = candidate(link.title, 'visible-text', 'mail signature', TIER.named);
    if (made !== null && made.names.length === 1 && classifyAuthor(made.names[0] ?? '') === 'person') found.push(made);
  }
  return found;
}

/** How many lines from the headline a poster's name may stand ("odno.kino", "4 years ago", headline). */
const POSTER_REACH = 3;

/**
 * A poster's name shown by the headline beside their picture (the picture's alt text is
 * that very name): the user who posted the page, on sites where users post (a video, a
 * story). Only one such name near the headline: several are a list of other posts.
 */
function avatarAuthors(snapshot: ArticleSnapshot): AuthorCandidate[] {
  const names = new Set((snapshot.avatarNames ?? []).map(tidy));
  // Compared as letters and digits: a heading's invisible joiners and spaces vary between the two readings.
  const heading = comparable(snapshot.headings?.[0] ?? '');
  if (names.size === 0 || heading === '') return [];
  const lines = snapshot.textLines;
  const at = lines.findIndex((line) => line.zone === 'header' && comparable(line.text) === heading);
  if (at === -1) return [];
  const near = lines.slice(Math.max(0, at - POSTER_REACH), at + POSTER_REACH + 1).filter((line) => line.zone === 'header' && names.has(tidy(line.text)));
  const shown = near[0];
  if (shown === undefined || near.some((line) => tidy(line.text) !== tidy(shown.text))) return [];
  const made = candidate(shown.text, 'visible-text', 'poster by the headline', TIER.hint);
  return made === null || made.names.length === 0 ? [] : [made];
}

/** Every candidate byline the page offers, from metadata to visible text. */
export function authorCandidates(snapshot: ArticleSnapshot, index: JsonLdIndex): AuthorCandidate[] {
  const found = [
    ...mergeByKey(jsonLdAuthors(index)),
    ...mergeByKey(metaAuthors(snapshot)),
    ...mergeByKey(profileLinkedAuthors(snapshot)),
    // Microdata and rel=author also tag the bylines of related stories: one candidate each.
    ...microdataAuthors(snapshot),
    ...relAuthors(snapshot),
    ...bylineAuthors(snapshot),
    ...textAuthors(snapshot),
    ...signatureAuthors(snapshot),
    ...avatarAuthors(snapshot),
    ...posterAuthors(snapshot),
    ...descriptionAuthors(snapshot),
  ];
  const byline = snapshot.readability?.byline ?? null;
  // Readability reads a byline from a menu's entry too ("Bylines" tab): the entry's text credits no one.
  const menuEntries = new Set(snapshot.bylineElements.filter((element) => MENU_HINT.test(element.hint)).map((element) => tidy(element.text)));
  if (byline !== null && byline.trim() !== '' && !menuEntries.has(tidy(byline))) {
    const made = candidate(byline, 'readability', 'byline', TIER.hint);
    // Its guess may be a form's label ("Or sign up using:"): a phrase, as a text line's would be, names no one.
    if (made !== null && made.names.every((name) => readsAsName(name) || classifyAuthor(name) === 'generic')) found.push(made);
  }
  return withHandlesNamed(withoutEditors(found, snapshot));
}
