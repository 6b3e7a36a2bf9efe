/** The pieces of an absolute URL the classifier needs, without the DOM's `URL` (the rules run anywhere). */
export interface UrlParts {
  scheme: string;
  /** Lower-cased, without port or credentials. */
  host: string;
  /** Lower-cased path plus query, without the fragment; `/` when empty. */
  pathAndQuery: string;
}

const URL_PATTERN = /^([a-z][a-z0-9+.-]*):(?:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::\d*)?)?([^#]*)/i;

export function urlParts(href: string): UrlParts | null {
  const match = URL_PATTERN.exec(href.trim());
  if (match === null) return null;
  const path = (match[3] ?? '').toLowerCase();
  return {
    scheme: (match[1] ?? '').toLowerCase(),
    host: (match[2] ?? '').toLowerCase().replace(/\.$/, ''),
    pathAndQuery: path === '' ? '/' : path,
  };
}
