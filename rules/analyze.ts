import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { attemptStep } from '../snapshot/attempt-step';
import { articleText, type ArticleSnapshot } from '../snapshot/article-snapshot';
import { SCHEMA_VERSION, type Report } from '../report/schema';
import { decideArticleType } from './article/decide-article-type';
import { detectTruncation } from './article/detect-truncation';
import { registrableDomain } from './domain';
import { readLanguage } from './language/read-language';
import { decideProvenance } from './provenance/decide-provenance';
import { stepWarnings } from './provenance/provenance-warnings';
import { analyzeSourcing, type SourcingResult } from './sourcing/analyze-sourcing';

export interface AnalyzeOptions {
  /** When the page was read, ISO 8601; ages and "in the future" are measured from it. */
  retrievedAt: string;
  /** The extension's or CLI's version, recorded in the report. */
  generatorVersion: string;
}

/**
 * Turns an article snapshot into a schema-v1 report. Pure: the same snapshot and
 * options always give the same report, in Node and in the browser alike.
 */
export function analyze(snapshot: ArticleSnapshot, options: AnalyzeOptions): Report {
  const text = articleText(snapshot);
  const pageDomain = registrableDomain(snapshot.url);
  const language = readLanguage(text);
  const lang = declaredLanguage(snapshot) ?? language.detected;

  const provenance = decideProvenance(snapshot, { retrievedAt: options.retrievedAt, pageDomain });
  // The sourcing analysis fails alone: the page's provenance is still reported.
  const failed: string[] = [];
  const sourcing = attemptStep<SourcingResult>('sourcing', failed, { citations: { links: [], sourceCount: 0 }, sources: [], warnings: [] }, () =>
    analyzeSourcing(snapshot, { lang, pageDomain, article: { text, language }, authors: provenance.author.names }),
  );
  const wordCount = countWords(text);
  const articleType = decideArticleType(snapshot, provenance);
  const truncation = detectTruncation(snapshot, wordCount);

  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'sourcelight', version: options.generatorVersion },
    url: snapshot.url,
    retrievedAt: options.retrievedAt,
    article: {
      title: provenance.title,
      titleEvidence: provenance.titleEvidence,
      lang,
      excerpt: snapshot.readability?.excerpt ?? null,
      wordCount,
      textSha256: bytesToHex(sha256(utf8ToBytes(text))),
      readerable: snapshot.readerable,
      section: provenance.section,
      type: articleType.type,
      typeEvidence: articleType.evidence,
      truncated: truncation.truncated,
      truncatedEvidence: truncation.evidence,
    },
    author: provenance.author,
    published: provenance.published,
    modified: provenance.modified,
    publisher: provenance.publisher,
    citations: sourcing.citations,
    sources: sourcing.sources,
    warnings: [...sourcing.warnings, ...provenance.warnings, ...stepWarnings([], failed)],
  };
}

/** The page's own statement of its language, trimmed to a BCP 47 tag, if it makes one. */
function declaredLanguage(snapshot: ArticleSnapshot): string | null {
  const declared = snapshot.readability?.lang ?? snapshot.documentLang;
  const tag = declared?.trim().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

/** Words are runs of letters or digits, in any script (apostrophes and hyphens join). */
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
