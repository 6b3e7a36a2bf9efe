import type { ArticleSnapshot } from '../snapshot';
import { collectBylineElements } from './collect-byline-elements';
import { collectJsonLd } from './collect-json-ld';
import { collectPageLinks, collectRelLinks } from './collect-links';
import { collectMetaTags } from './collect-meta-tags';
import { collectMicrodata } from './collect-microdata';
import { collectTextLines } from './collect-text-lines';
import { collectTimeElements } from './collect-time-elements';
import { walkVisibleBody } from './walk-visible-body';
import { squash } from './dom-text';

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
  | 'pageLinks'
>;

function documentLang(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  if (lang !== null && lang !== undefined && lang.trim() !== '') return lang.trim();
  for (const meta of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
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
 */
export function collectMetadata(doc: Document, pageUrl: string): PageMetadata {
  const { jsonLd, jsonLdErrors } = collectJsonLd(doc);
  const body = walkVisibleBody(doc);
  return {
    documentTitle: squash(doc.querySelector('title')?.textContent),
    documentLang: documentLang(doc),
    meta: collectMetaTags(doc),
    jsonLd,
    jsonLdErrors,
    microdata: collectMicrodata(doc, pageUrl),
    relLinks: collectRelLinks(doc, pageUrl),
    timeElements: collectTimeElements(doc),
    bylineElements: collectBylineElements(body.bylines, pageUrl),
    textLines: collectTextLines(body.lines, pageUrl),
    pageLinks: collectPageLinks(doc, pageUrl),
  };
}
