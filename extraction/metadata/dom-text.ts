/** Small helpers shared by the metadata collectors: standard DOM only, so they run on linkedom too. */

/** Collapses runs of whitespace (including non-breaking spaces) and trims. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Cuts a string to at most `max` characters, so one huge node cannot bloat the snapshot. */
export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** Resolves an href against the page address; linkedom does not resolve `a.href` itself. */
export function resolveHref(href: string | null, pageUrl: string): string | null {
  if (href === null) return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  try {
    // The parsed scheme, so that "JavaScript:" and " javascript:" are caught too.
    const url = new URL(trimmed, pageUrl);
    return url.protocol === 'javascript:' ? null : url.href;
  } catch {
    return null;
  }
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OPTION']);

/** True for elements whose content a reader never sees as text (code, hidden, templates). */
export function isInvisible(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  // Most elements carry no attribute at all: one call answers for the three reads below.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** class, id, itemprop and rel of an element, lower-cased, for keyword hints. */
export function ownHint(element: Element): string {
  if (!element.hasAttributes()) return '';
  return ['class', 'id', 'itemprop', 'rel', 'property']
    .map((name) => element.getAttribute(name) ?? '')
    .join(' ')
    .toLowerCase()
    .trim();
}

/** The hints of an element and of its `depth` nearest ancestors, joined. */
export function hintWithAncestors(element: Element, depth: number): string {
  const parts: string[] = [];
  let current: Element | null = element;
  for (let level = 0; current !== null && level <= depth; level++) {
    const hint = ownHint(current);
    if (hint !== '') parts.push(hint);
    current = current.parentElement;
  }
  return squash(parts.join(' '));
}

/** Every element a metadata collector reads, in one selector: one tree walk instead of one per collector. */
const METADATA_SELECTOR = 'meta, script, link, a, time, abbr[title], [itemprop], [property]';

/**
 * The elements the metadata collectors read: queried once from a document, or passed
 * through when the caller already queried them (collectMetadata does, for all at once).
 */
export function metadataElements(source: Document | readonly Element[]): readonly Element[] {
  return 'querySelectorAll' in source ? Array.from(source.querySelectorAll(METADATA_SELECTOR)) : source;
}
