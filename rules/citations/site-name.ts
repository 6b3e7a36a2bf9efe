/**
 * The site's name as readers meet it in text and link labels: the registrable
 * domain's first label (`artia13.city` → artia13), or null when too short to be
 * told from an ordinary word. A site naming itself is never citing a source.
 */
export function siteName(pageDomain: string | null): string | null {
  const label = domainLabel(pageDomain);
  return label !== null && label.length >= 4 ? label : null;
}

/**
 * The registrable domain's first label however short ("bbc" for bbc.com), or null: what a
 * source's whole name is compared with to tell the site itself ("told the BBC" on bbc.com).
 */
export function domainLabel(pageDomain: string | null): string | null {
  const label = pageDomain?.split('.')[0] ?? '';
  return label.length >= 2 ? label : null;
}
