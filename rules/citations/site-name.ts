/**
 * The site's name as readers meet it in text and link labels: the registrable
 * domain's first label (`artia13.city` → artia13), or null when too short to be
 * told from an ordinary word. A site naming itself is never citing a source.
 */
export function siteName(pageDomain: string | null): string | null {
  const label = pageDomain?.split('.')[0] ?? '';
  return label.length >= 4 ? label : null;
}

/**
 * Whether a whole name is the site's own, however short its domain's first label ("BBC" on
 * bbc.com, "TMZ" on tmz.com): compared whole, a short label is no ordinary word.
 */
export function isSiteItself(name: string, pageDomain: string | null): boolean {
  const label = pageDomain?.split('.')[0] ?? '';
  return label.length >= 2 && name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === label.toLowerCase();
}
