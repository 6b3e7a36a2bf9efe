import type { CitationKind } from '../../report/schema';

/** A rule on the shape of a URL, for sites no list can enumerate (every `.gouv.fr`, every PDF). */
export interface UrlShape {
  kind: CitationKind;
  /** Tested against the lower-cased host. */
  host?: RegExp;
  /** Tested against the lower-cased path and query. */
  path?: RegExp;
}

/**
 * Share buttons and sign-up forms first: they are promotion wherever they point.
 * Then the shapes of studies and official documents. Order matters: first match wins.
 */
export const PROMOTION_SHAPES: readonly UrlShape[] = [
  { kind: 'promotion', path: /\/(?:sharer|share|sharing|intent\/(?:tweet|post)|sharearticle|submit|pin\/create|send)(?:[/.?]|$)/ },
  { kind: 'promotion', path: /[?&](?:share|shareurl|share_url)=/ },
  { kind: 'promotion', path: /\/(?:newsletters?|subscribe|subscription|abonnement|abonnements|inscription|s-abonner|donate|faire-un-don|boutique|shop)(?:[/.?#]|$)/ },
];

export const SOURCE_SHAPES: readonly UrlShape[] = [
  { kind: 'study', host: /(?:^|\.)(?:edu|ac\.[a-z]{2}|edu\.[a-z]{2})$/ },
  { kind: 'study', host: /(?:^|\.)univ-[a-z0-9-]+\.fr$/ },
  { kind: 'study', path: /^\/(?:doi|abs|pdf)\/10\.\d{4,}/ },
  { kind: 'press-release', path: /\/(?:press-releases?|communiques?-de-presse|communiques?|newsroom|press|presse|media-centre|media-center|pressroom)(?:[/.?]|$)/ },
  { kind: 'primary-document', host: /(?:^|\.)(?:gouv\.[a-z]{2}|gov|gov\.[a-z]{2}|gc\.ca|gouv\.qc\.ca|govt\.nz|gob\.[a-z]{2}|mil|int|europa\.eu|admin\.ch|bund\.de|gv\.at|fgov\.be|belgium\.be|public\.lu)$/ },
  { kind: 'primary-document', path: /\.pdf(?:[?#]|$)/ },
];
