/**
 * What the bench can take away from a page before the pipeline reads it, to measure
 * the rules on what the reader sees rather than on the data a site writes for machines
 * (issue 11's unseen sets were measured with their JSON-LD stripped).
 */
export type StructuredDataStrip = 'none' | 'json-ld' | 'structured';

/** `article:*` (Open Graph article) and `citation_*` (Highwire/Scholar) meta tags. */
const STRUCTURED_META = /^(?:article:|citation_)/i;

/** Reads `--strip-jsonld` / `--strip-structured` from the bench's arguments. */
export function stripFromArgs(args: readonly string[]): StructuredDataStrip {
  if (args.includes('--strip-structured')) return 'structured';
  if (args.includes('--strip-jsonld')) return 'json-ld';
  return 'none';
}

/**
 * Removes, in place, every JSON-LD script (`json-ld`), and with `structured` also the
 * microdata (`itemprop`, `itemscope`, `itemtype` attributes) and the `article:*` and
 * `citation_*` meta tags. The page's visible text and its other meta tags stay.
 */
export function stripStructuredData(document: Document, strip: StructuredDataStrip): Document {
  if (strip === 'none') return document;
  for (const script of Array.from(document.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') script.remove();
  }
  if (strip === 'json-ld') return document;
  for (const element of Array.from(document.querySelectorAll('[itemprop], [itemscope], [itemtype]'))) {
    for (const attribute of ['itemprop', 'itemscope', 'itemtype']) element.removeAttribute(attribute);
  }
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
    if (STRUCTURED_META.test(key.trim())) meta.remove();
  }
  return document;
}
