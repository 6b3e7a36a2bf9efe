import { parseHTML } from 'linkedom';

/**
 * Parses an HTML string into a Document the extraction layer can read, in Node,
 * as if it had been loaded from `url`.
 *
 * linkedom rather than jsdom: it parses and runs Readability two to three times
 * faster, and the extraction layer uses only standard DOM calls both implement.
 * linkedom has no notion of the document's address, so `documentURI` and
 * `baseURI` (which Readability uses to make links absolute) are set here the way a
 * browser would, honouring a `<base href>`.
 */
export function parseHtml(html: string, url: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  let baseURI = url;
  try {
    if (baseHref) baseURI = new URL(baseHref, url).href;
  } catch {
    // An unparsable <base> is ignored by browsers too.
  }
  Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  Object.defineProperty(document, 'baseURI', { value: baseURI, configurable: true });
  return document;
}
