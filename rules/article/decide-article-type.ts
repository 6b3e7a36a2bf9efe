import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { ArticleType, AuthorField, Evidence, PublisherField } from '../../report/schema';
import { articleNodes, asArray, indexJsonLd, text, typesOf } from '../provenance/json-ld-nodes';
import { isWireService } from '../provenance/wire-services';
import type { ArticleVocabulary, DeclaredType } from './article-vocabulary';
import { comparablePhrase, comparableWords, firstPhraseInComparable } from './comparable-words';
import { SCHEMA_ORG_ARTICLE_TYPES } from './schema-org-types';
import { ARTICLE_VOCABULARIES } from './vocabularies';

export interface ArticleTypeInputs {
  author: AuthorField;
  publisher: PublisherField;
  /** The titles the page gives, each with where it was read (the report's `titleEvidence`). */
  titleEvidence: readonly Evidence[];
}

export interface ArticleTypeDecision {
  type: ArticleType;
  evidence: Evidence[];
}

/** When signals disagree, the kind a reader most needs to know about wins: an advert before an opinion, an opinion before news. */
const PRIORITY: readonly ArticleType[] = ['sponsored', 'press-release', 'live', 'opinion', 'analysis', 'wire', 'news'];

/** Folders of an address with more words than this are a headline's slug, not a section. */
const MAX_FOLDER_WORDS = 3;

/** "Opinion | …", « EN DIRECT. … », "Live: …": a short label, then a separator, then the headline. */
const LABELLED_HEADLINE = /^\s*([^:|–—.]{2,30}?)\s*(?:[:|–—.]|\s-\s)\s*\S/u;

/**
 * The declared type whose phrases `textToRead` contains as whole words, trying the
 * vocabularies in turn; with `whole`, the text must be the phrase and nothing more.
 */
function declaredIn(textToRead: string, lists: (vocabulary: ArticleVocabulary) => ArticleVocabulary['sections'], whole = false): DeclaredType | null {
  const comparable = comparableWords(textToRead);
  for (const vocabulary of ARTICLE_VOCABULARIES) {
    for (const [type, phrases] of Object.entries(lists(vocabulary)) as [DeclaredType, readonly string[]][]) {
      const found = whole ? phrases.some((phrase) => comparablePhrase(phrase) === comparable) : firstPhraseInComparable(comparable, phrases) !== null;
      if (found) return type;
    }
  }
  return null;
}

function sectionSignals(snapshot: ArticleSnapshot, nodes: ReturnType<typeof articleNodes>): { type: ArticleType; evidence: Evidence }[] {
  const sections: { origin: Evidence['origin']; key: string; raw: string }[] = [
    ...snapshot.meta.filter((tag) => tag.key === 'article:section').map((tag) => ({ origin: 'meta' as const, key: tag.key, raw: tag.content })),
    ...nodes.flatMap((node) =>
      asArray(node['articleSection'])
        .map(text)
        .filter((value): value is string => value !== null)
        .map((raw) => ({ origin: 'json-ld' as const, key: 'articleSection', raw })),
    ),
  ];
  return sections.flatMap(({ origin, key, raw }) => {
    const type = declaredIn(raw, (vocabulary) => vocabulary.sections);
    return type === null ? [] : [{ type, evidence: { origin, key, raw, value: type } }];
  });
}

function urlSignals(url: string): { type: ArticleType; evidence: Evidence }[] {
  let folders: string[];
  try {
    folders = new URL(url).pathname.split('/').filter((segment) => segment !== '');
  } catch {
    return [];
  }
  // The last part names the article itself; only the folders above it are sections.
  return folders.slice(0, -1).flatMap((folder) => {
    const words = comparableWords(decodeURIComponentSafe(folder)).trim();
    if (words === '' || words.split(' ').length > MAX_FOLDER_WORDS) return [];
    const type = declaredIn(words, (vocabulary) => vocabulary.sections);
    return type === null ? [] : [{ type, evidence: { origin: 'url' as const, key: 'path', raw: folder, value: type } }];
  });
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function headlineSignals(titleEvidence: readonly Evidence[]): { type: ArticleType; evidence: Evidence }[] {
  return titleEvidence.flatMap((title) => {
    const label = LABELLED_HEADLINE.exec(title.raw)?.[1];
    if (label === undefined) return [];
    // The whole label must be the phrase: "Live music returns: …" is a headline, not a live blog.
    const type = declaredIn(label, (vocabulary) => vocabulary.headlineLabels, true);
    return type === null ? [] : [{ type, evidence: { ...title, value: type } }];
  });
}

function jsonLdSignals(nodes: ReturnType<typeof articleNodes>): { type: ArticleType; evidence: Evidence }[] {
  return nodes.flatMap((node) =>
    typesOf(node).flatMap((schemaType) => {
      const type = SCHEMA_ORG_ARTICLE_TYPES[schemaType];
      return type === undefined ? [] : [{ type, evidence: { origin: 'json-ld' as const, key: '@type', raw: schemaType, value: type } }];
    }),
  );
}

/** Copy credited to an agency and signed by no person, or published by the agency itself, is wire copy. */
function wireSignals(author: AuthorField, publisher: PublisherField): { type: ArticleType; evidence: Evidence }[] {
  const asWire = (items: readonly Evidence[]) => items.map((item) => ({ type: 'wire' as const, evidence: { ...item, value: 'wire' } }));
  const namesAgency = (item: Evidence): boolean => item.value !== null && item.value.split(', ').some(isWireService);
  if (publisher.name !== null && isWireService(publisher.name)) {
    return asWire(publisher.evidence.filter((item) => item.value === publisher.name));
  }
  const agencyByline = author.names.length > 0 && author.names.every(isWireService);
  if (author.kind === 'person' || (!agencyByline && publisher.wireServices.length === 0)) return [];
  return asWire([...(agencyByline ? author.evidence.filter(namesAgency) : []), ...publisher.evidence.filter(namesAgency)]);
}

function sponsoredSignals(publisher: PublisherField): { type: ArticleType; evidence: Evidence }[] {
  if (!publisher.sponsored) return [];
  return publisher.evidence.filter((item) => item.value === 'sponsored').map((item) => ({ type: 'sponsored' as const, evidence: item }));
}

/**
 * What kind of article the page is (news, opinion, analysis, live blog, wire copy,
 * press release, sponsored content), from what the page says of itself: its JSON-LD
 * type, its section, the folders of its address, a label opening its headline, its
 * credits. Without any such signal an article marked up as one is news; else "other".
 */
export function decideArticleType(snapshot: ArticleSnapshot, inputs: ArticleTypeInputs): ArticleTypeDecision {
  const nodes = articleNodes(indexJsonLd(snapshot.jsonLd));
  const signals = [
    ...jsonLdSignals(nodes),
    ...sectionSignals(snapshot, nodes),
    ...urlSignals(snapshot.url),
    ...headlineSignals(inputs.titleEvidence),
    ...wireSignals(inputs.author, inputs.publisher),
    ...sponsoredSignals(inputs.publisher),
  ];
  for (const type of PRIORITY) {
    const supporting = signals.filter((signal) => signal.type === type).map((signal) => signal.evidence);
    if (supporting.length > 0) return { type, evidence: supporting };
  }
  const ogType = snapshot.meta.find((tag) => tag.key === 'og:type' && tag.content.trim().toLowerCase() === 'article');
  if (ogType !== undefined) return { type: 'news', evidence: [{ origin: 'meta', key: 'og:type', raw: ogType.content, value: 'news' }] };
  return { type: 'other', evidence: [] };
}
