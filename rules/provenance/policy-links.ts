import type { ArticleSnapshot } from '../../extraction/snapshot';
import type { PolicyKind } from '../../report/schema';
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

/** Link texts and paths, French and English, for each kind of page. Order matters: the first match wins. */
const LINK_POLICIES: readonly [RegExp, PolicyKind][] = [
  [/correction|erratum|rectificatif/i, 'corrections'],
  [/unnamed|anonymous sources|sources anonymes/i, 'unnamed-sources'],
  [/fact[- ]?check|v[ée]rification/i, 'fact-checking'],
  [/ethic|[ée]thique|d[ée]ontolog|charte|standards|principles|principes|code of conduct/i, 'ethics'],
  [/masthead|\bours\b|l['’]ours|notre [ée]quipe|our team|la r[ée]daction|newsroom staff/i, 'masthead'],
  [/ownership|propri[ée]taire|actionna|funding|financement|who owns|qui nous finance/i, 'ownership'],
  [/diversity|diversit[ée]/i, 'diversity'],
  [/feedback|your views|votre avis|m[ée]diateur|ombudsman|readers['’] editor/i, 'actionable-feedback'],
  [/about|[àa][- ]propos|qui[- ]sommes[- ]nous|who we are|impressum|mentions[- ]l[ée]gales|legal notice/i, 'about'],
  [/contact/i, 'contact'],
];

function pathOf(href: string): string {
  return urlPath(href) ?? href;
}

/** Policy and transparency pages a publisher declares (schema.org) or links to (about, contact…). */
export function policyLinks(snapshot: ArticleSnapshot, publisher: Record<string, unknown> | null): Policy[] {
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
    const subject = `${link.text} ${pathOf(link.href)}`;
    const match = LINK_POLICIES.find(([pattern]) => pattern.test(subject));
    if (match !== undefined) add(match[1], link.href);
  }
  return found;
}
