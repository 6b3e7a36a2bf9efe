import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { PolicyKind } from '../../report/schema';
import { POLICY_KEYS } from '../../languages/pack';
import { wordsOfAllPacks } from '../../languages/registry';
import { registrableDomain } from '../domain';
import { fragmentsPattern, wordsPattern } from '../../languages/words-pattern';
import { urlPath } from './url-path';
import { asArray, isObject, text } from './json-ld-nodes';

export interface Policy {
  kind: PolicyKind;
  href: string;
}

/** schema.org / Trust Project properties of a publisher, by the kind of policy they link. */
const SCHEMA_POLICIES: readonly [string, PolicyKind][] = [
  ['correctionsPolicy', 'corrections'],
  ['ethicsPolicy', 'ethics'],
  ['publishingPrinciples', 'ethics'],
  ['masthead', 'masthead'],
  ['unnamedSourcesPolicy', 'unnamed-sources'],
  ['ownershipFundingInfo', 'ownership'],
  ['diversityPolicy', 'diversity'],
  ['diversityStaffingReport', 'diversity'],
  ['verificationFactCheckingPolicy', 'fact-checking'],
  ['actionableFeedbackPolicy', 'actionable-feedback'],
];

/**
 * What names each kind of page, in every pack's language: a word found anywhere in a
 * link's text or address, or a link's whole text. Order matters: the first match wins.
 */
const LINK_POLICIES: readonly [RegExp, PolicyKind][] = POLICY_KEYS.map((kind) => [
  new RegExp(
    `${fragmentsPattern(wordsOfAllPacks((pack) => pack.policies?.anywhere[kind]))}|^${wordsPattern(wordsOfAllPacks((pack) => pack.policies?.whole[kind]))}$`,
    'iu',
  ),
  kind,
]);

/** Longer link text is a headline ("Markets brace for a correction"), not the name of a page. */
const MAX_POLICY_LINK_WORDS = 6;
/** A page's own name in its address is short ("/corrections", "/charte-deontologie"), unlike an article's slug. */
const MAX_POLICY_SLUG_WORDS = 4;

/** The last segment of a link's path, its words split at hyphens and underscores. */
function lastSegment(href: string): string {
  const path = (urlPath(href) ?? '').replace(/\/+$/, '');
  const segment = path.slice(path.lastIndexOf('/') + 1).replace(/\.\w+$/, '');
  return segment.split(/[-_]+/).length <= MAX_POLICY_SLUG_WORDS ? segment.replace(/[-_]+/g, ' ') : '';
}

/** Whether a link's text, or the name of the page it leads to, names the policy. */
function namesPolicy(pattern: RegExp, link: { href: string; text: string }): boolean {
  const text = link.text.trim();
  if (text !== '' && text.split(/\s+/).length <= MAX_POLICY_LINK_WORDS && pattern.test(text)) return true;
  const segment = lastSegment(link.href);
  return segment !== '' && pattern.test(segment);
}

/** Policy and transparency pages a publisher declares (schema.org) or links to (about, contact…). */
export function policyLinks(snapshot: ArticleSnapshot, publisher: Record<string, unknown> | null, domain: string | null): Policy[] {
  const found: Policy[] = [];
  const add = (kind: PolicyKind, href: string): void => {
    if (!found.some((policy) => policy.kind === kind)) found.push({ kind, href });
  };
  if (publisher !== null) {
    for (const [property, kind] of SCHEMA_POLICIES) {
      for (const value of asArray(publisher[property])) {
        const href = text(value) ?? (isObject(value) ? text(value['url']) ?? text(value['@id']) : null);
        if (href !== null && /^https?:\/\//i.test(href)) add(kind, href);
      }
    }
  }
  for (const link of snapshot.pageLinks) {
    // A policy is the site's own page: a link elsewhere is another site's (or a share button).
    if (domain !== null && registrableDomain(link.href) !== domain) continue;
    const match = LINK_POLICIES.find(([pattern]) => namesPolicy(pattern, link));
    if (match !== undefined) add(match[1], link.href);
  }
  return found;
}
