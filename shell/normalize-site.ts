import { isPublicSuffix } from './public-suffix';
import { SITE } from './settings-schema';

/**
 * What the reader typed ("lemonde.fr", "https://www.lemonde.fr/international/")
 * as a site: its lowercase host name without `www.`, or null if it is not one (a
 * public suffix such as `co.uk` or `github.io` is many sites, not one).
 */
export function normalizeSite(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  const site = host.replace(/\.$/, '').replace(/^www\./, '');
  return SITE.test(site) && !isPublicSuffix(site) ? site : null;
}
