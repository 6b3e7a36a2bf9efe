/**
 * The path of an absolute URL, without query or fragment. Written by hand because the
 * rules layer is type-checked without the DOM library, where `URL` is not declared.
 */
export function urlPath(url: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url.trim());
  if (match === null) return null;
  const path = match[1] === undefined || match[1] === '' ? '/' : match[1];
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
