import type { CitationKind, CitationLink } from '../../report/schema';
import { registrableDomain } from '../domain';
import { DOMAIN_KINDS } from './domain-kinds';
import { siteName } from './site-name';
import { urlParts, type UrlParts } from './url-parts';
import { PROMOTION_SHAPES, SOURCE_SHAPES, type UrlShape } from './url-shapes';

/** What the classifier knows about the page the link sits in. */
export interface LinkContext {
  /** Registrable domain of the page; links to it are self-links. */
  pageDomain: string | null;
}

interface PathEntry {
  host: string;
  prefix: string;
  kind: CitationKind;
}

const HOST_KINDS = new Map<string, CitationKind>();
const PATH_KINDS: PathEntry[] = [];
for (const [kind, entries] of Object.entries(DOMAIN_KINDS) as [CitationKind, readonly string[]][]) {
  for (const entry of entries) {
    const slash = entry.indexOf('/');
    if (slash === -1) HOST_KINDS.set(entry, kind);
    else PATH_KINDS.push({ host: entry.slice(0, slash), prefix: entry.slice(slash), kind });
  }
}

/** Kinds whose links, when they name the site itself, are the site advertising its own accounts or tools. */
const OWN_CHANNEL_KINDS: ReadonlySet<CitationKind> = new Set(['social-media', 'video', 'other']);

function hostMatches(host: string, entry: string): boolean {
  return host === entry || host.endsWith(`.${entry}`);
}

/** The listed kind of a URL: a host-and-path entry first, then the host and each parent domain. */
function listedKind(parts: UrlParts): CitationKind | null {
  for (const entry of PATH_KINDS) {
    if (hostMatches(parts.host, entry.host) && parts.pathAndQuery.startsWith(entry.prefix)) return entry.kind;
  }
  const labels = parts.host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const kind = HOST_KINDS.get(labels.slice(i).join('.'));
    if (kind !== undefined) return kind;
  }
  return null;
}

function shapeKind(parts: UrlParts, shapes: readonly UrlShape[]): CitationKind | null {
  for (const shape of shapes) {
    if (shape.host !== undefined && !shape.host.test(parts.host)) continue;
    if (shape.path !== undefined && !shape.path.test(parts.pathAndQuery)) continue;
    return shape.kind;
  }
  return null;
}

function namesSite(text: string, parts: UrlParts, name: string | null): boolean {
  if (name === null) return false;
  const squeeze = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return squeeze(text).includes(name.replace(/[^\p{L}\p{N}]/gu, '')) || parts.pathAndQuery.includes(name);
}

function kindOf(text: string, parts: UrlParts, domain: string | null, context: LinkContext): CitationKind {
  if (parts.scheme === 'mailto') return /[?&](?:subject|body)=/.test(parts.pathAndQuery) ? 'promotion' : 'other';
  if (parts.scheme !== 'http' && parts.scheme !== 'https') return 'other';
  const listed = listedKind(parts);
  if (listed === 'promotion' || shapeKind(parts, PROMOTION_SHAPES) !== null) return 'promotion';
  if (domain !== null && domain === context.pageDomain) return 'self-link';
  const kind = listed ?? shapeKind(parts, SOURCE_SHAPES) ?? 'other';
  if (OWN_CHANNEL_KINDS.has(kind) && namesSite(text, parts, siteName(context.pageDomain))) return 'promotion';
  return kind;
}

/**
 * Types one link of the article body. Promotion (share buttons, app stores, sign-up
 * forms, the site's own accounts and tools) and self-links are recognised first,
 * because they are never sources whatever domain they point to.
 */
export function classifyLink(href: string, text: string, context: LinkContext): CitationLink {
  const parts = urlParts(href);
  const domain = registrableDomain(href);
  const kind = parts === null ? 'other' : kindOf(text, parts, domain, context);
  return { href, text, kind, domain };
}
