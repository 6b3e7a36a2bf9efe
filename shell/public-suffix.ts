import { parse } from 'tldts';

/**
 * Whether a host name is a public suffix, ICANN's or a private one (`co.uk`,
 * `github.io`, `blogspot.com`): anyone can register a site under it, so it is never
 * one site to trust with automatic analysis.
 */
export function isPublicSuffix(host: string): boolean {
  const { domain, publicSuffix } = parse(host, { allowPrivateDomains: true });
  return domain === null || publicSuffix === host;
}
