import { attemptStep } from '../../snapshot/attempt-step';
import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import { collectBylineElements } from './collect-byline-elements';
import { collectJsonLd } from './collect-json-ld';
import { collectPageLinks, collectRelLinks } from './collect-links';
import { collectMetaTags } from './collect-meta-tags';
import { collectMicrodata } from './collect-microdata';
import { collectTextLines } from './collect-text-lines';
import { collectTimeElements } from './collect-time-elements';
import { walkVisibleBody } from './walk-visible-body';
import { collectLogoNames } from './site-logo';
import { collectMailLinks } from './collect-mail-links';
import { metadataElements, squash } from './dom-text';

export type PageMetadata = Pick<
  ArticleSnapshot,
  | 'documentTitle'
  | 'documentLang'
  | 'meta'
  | 'jsonLd'
  | 'jsonLdErrors'
  | 'microdata'
  | 'relLinks'
  | 'timeElements'
  | 'bylineElements'
  | 'textLines'
  | 'headings'
  | 'sentenceChars'
  | 'pageLinks'
  | 'logoNames'
  | 'logoHeadings'
  | 'mailLinks'
  | 'avatarNames'
>;

function documentLang(doc: Document, elements: readonly Element[]): string | null {
  const lang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  if (lang !== null && lang !== undefined && lang.trim() !== '') return lang.trim();
  for (const meta of elements) {
    if (meta.tagName.toUpperCase() !== 'META') continue;
    if ((meta.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language') {
      const content = meta.getAttribute('content');
      if (content !== null && content.trim() !== '') return content.trim();
    }
  }
  return null;
}

/**
 * Collects every raw provenance candidate of a page (metadata, visible bylines and
 * dates) without deciding between them; the rules do that. Reads only, never mutates
 * the page, and uses standard DOM calls so it runs on the live page and on linkedom.
 * Each collector fails alone: its name goes to `failed` and its part stays empty.
 */
export function collectMetadata(doc: Document, pageUrl: string, failed: string[] = []): PageMetadata {
  // One query for every element the collectors read: each selector would walk the tree again.
  const elements = attemptStep('elements', failed, [], () => metadataElements(doc));
  const { jsonLd, jsonLdErrors } = attemptStep('json-ld', failed, { jsonLd: [], jsonLdErrors: 0 }, () => collectJsonLd(elements));
  const body = attemptStep('visible-body', failed, { lines: [], bylines: [], headings: [], sentenceChars: 0, logoHeadings: [], avatarNames: [] }, () => walkVisibleBody(doc, pageUrl));
  return {
    documentTitle: attemptStep('title', failed, '', () => squash(doc.querySelector('title')?.textContent)),
    documentLang: attemptStep('lang', failed, null, () => documentLang(doc, elements)),
    meta: attemptStep('meta', failed, [], () => collectMetaTags(elements)),
    jsonLd,
    jsonLdErrors,
    microdata: attemptStep('microdata', failed, [], () => collectMicrodata(elements, pageUrl)),
    relLinks: attemptStep('rel-links', failed, [], () => collectRelLinks(elements, pageUrl)),
    timeElements: attemptStep('time-elements', failed, [], () => collectTimeElements(elements)),
    bylineElements: attemptStep('byline-elements', failed, [], () => collectBylineElements(body.bylines, pageUrl)),
    textLines: attemptStep('text-lines', failed, [], () => collectTextLines(body.lines, pageUrl)),
    headings: body.headings,
    logoHeadings: body.logoHeadings,
    avatarNames: body.avatarNames,
    sentenceChars: body.sentenceChars,
    pageLinks: attemptStep('page-links', failed, [], () => collectPageLinks(elements, pageUrl)),
    logoNames: attemptStep('logo-names', failed, [], () => collectLogoNames(elements, pageUrl)),
    mailLinks: attemptStep('mail-links', failed, [], () => collectMailLinks(elements)),
  };
}
