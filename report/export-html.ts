import { headline } from './export-markdown';
import { CITATION_KINDS, NON_SOURCE_KINDS, type DateField, type Report } from './schema';
import { waybackLinks } from './wayback';
import { safeWebUrl } from './web-link';

/** Cleans an HTML fragment; in the extension, DOMPurify's `sanitize`. */
export type Purify = (html: string) => string;

/**
 * The report as a standalone HTML page a reader can keep or send: what was analysed
 * (URL, time, article text SHA-256), who/when/publisher, citations, weak passages,
 * and Wayback Machine links. Two layers guard it: every string is escaped, and every
 * page-derived fragment (titles, quotes, link texts and hrefs) also goes through the
 * caller's `purify`, so this module stays free of the DOM. The page's own CSP forbids
 * scripts outright, should anything get through both.
 */
export function renderHtmlSummary(report: Report, purify: Purify): string {
  const page = (text: string): string => purify(escapeHtml(text));
  const link = (href: string, text: string): string => {
    const safe = safeWebUrl(href);
    if (safe === null) return page(text || href);
    return purify(`<a href="${escapeHtml(safe)}" rel="noopener noreferrer">${escapeHtml(text || safe)}</a>`);
  };
  const title = report.article.title ?? report.url;
  const passages = report.warnings.filter((warning) => warning.anchor !== null);
  const pageWarnings = report.warnings.filter((warning) => warning.anchor === null);
  const wayback = waybackLinks(report.url);

  const body: string[] = [];
  body.push(`<h1>Sourcelight summary: ${page(title)}</h1>`);
  body.push('<dl class="meta">');
  body.push(`<dt>Page</dt><dd>${link(report.url, report.url)}</dd>`);
  body.push(`<dt>Analysed</dt><dd><time datetime="${escapeHtml(report.retrievedAt)}">${escapeHtml(report.retrievedAt)}</time> by Sourcelight ${escapeHtml(report.generator.version)}, report schema v${report.schemaVersion}</dd>`);
  body.push(`<dt>Article text SHA-256</dt><dd><code data-sha256>${escapeHtml(report.article.textSha256)}</code> (${report.article.wordCount} words)</dd>`);
  body.push('</dl>');
  body.push(`<p class="verdict">${escapeHtml(headline(report))}</p>`);

  body.push('<h2>Who</h2><ul>');
  body.push(`<li>Author: ${report.author.names.length === 0 ? 'not stated' : page(report.author.names.join(', '))}${report.author.kind === 'person' || report.author.kind === 'none' ? '' : ` (${report.author.kind} byline)`}</li>`);
  if (report.author.profileUrl) body.push(`<li>Author profile: ${link(report.author.profileUrl, report.author.profileUrl)}</li>`);
  body.push('</ul>');

  body.push('<h2>When</h2><ul>');
  body.push(`<li>Published: ${dateText(report.published, page)}${report.published.ageDays !== null && report.published.ageDays > 0 ? ` (${report.published.ageDays} days before this analysis)` : ''}</li>`);
  body.push(`<li>Modified: ${dateText(report.modified, page)}</li>`);
  body.push('</ul>');

  body.push('<h2>Where from</h2><ul>');
  body.push(`<li>Publisher: ${report.publisher.name === null ? 'not stated' : page(report.publisher.name)}${report.publisher.domain ? ` (${page(report.publisher.domain)})` : ''}</li>`);
  if (report.publisher.canonicalUrl) {
    body.push(`<li>Canonical URL: ${link(report.publisher.canonicalUrl, report.publisher.canonicalUrl)}${report.publisher.syndicated ? ' — on another site: this page is a copy or a syndication' : ''}</li>`);
  }
  if (report.publisher.wireServices.length > 0) body.push(`<li>Wire services credited: ${page(report.publisher.wireServices.join(', '))}</li>`);
  if (report.publisher.sponsored) body.push('<li>Labelled as sponsored or partner content</li>');
  for (const policy of report.publisher.policies) body.push(`<li>Policy (${escapeHtml(policy.kind)}): ${link(policy.href, policy.href)}</li>`);
  body.push('</ul>');

  body.push('<h2>What it stands on</h2>');
  body.push(`<p>${report.citations.sourceCount} source link${report.citations.sourceCount === 1 ? '' : 's'} cited in the article body.</p>`);
  for (const kind of CITATION_KINDS) {
    const links = report.citations.links.filter((citation) => citation.kind === kind);
    if (links.length === 0) continue;
    body.push(`<h3>${escapeHtml(kind)}${NON_SOURCE_KINDS.includes(kind) ? ' (not counted as sources)' : ''}</h3><ul>`);
    for (const citation of links) body.push(`<li>${link(citation.href, citation.text)}</li>`);
    body.push('</ul>');
  }

  body.push(`<h2>Weak passages (${passages.length})</h2>`);
  if (passages.length === 0) body.push('<p>None found.</p>');
  else {
    body.push('<ul class="passages">');
    for (const warning of passages) {
      body.push(`<li class="sev-${escapeHtml(warning.severity)}"><strong>${escapeHtml(warning.code)}</strong> (${escapeHtml(warning.severity)}): ${page(warning.message)}<blockquote>${page(warning.anchor?.exact ?? '')}</blockquote></li>`);
    }
    body.push('</ul>');
  }
  if (pageWarnings.length > 0) {
    body.push('<h2>Other warnings</h2><ul>');
    for (const warning of pageWarnings) body.push(`<li class="sev-${escapeHtml(warning.severity)}"><strong>${escapeHtml(warning.code)}</strong> (${escapeHtml(warning.severity)}): ${page(warning.message)}</li>`);
    body.push('</ul>');
  }

  body.push('<footer>');
  body.push('<p>Check later whether the page changed: analyse it again and compare the article text SHA-256.</p>');
  if (wayback !== null) {
    body.push(`<p>Wayback Machine: <a href="${escapeHtml(wayback.lookUp)}" rel="noopener noreferrer">archived copies</a> · <a href="${escapeHtml(wayback.save)}" rel="noopener noreferrer">save a copy now</a></p>`);
  }
  body.push('</footer>');

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Sourcelight">',
    `<title>Sourcelight summary: ${page(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function dateText(field: DateField, page: (text: string) => string): string {
  if (!field.value) return 'not stated';
  return `${page(field.value)}${field.timeZoneStated ? '' : ' (no time zone stated)'}`;
}

/** Escapes the five characters that can end a text node or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = [
  ':root{color-scheme:light dark;font:16px/1.5 system-ui,sans-serif}',
  'body{max-width:46rem;margin:2rem auto;padding:0 1rem}',
  'code{overflow-wrap:anywhere}',
  'dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}',
  'dd{margin:0;overflow-wrap:anywhere}',
  '.verdict{font-weight:600}',
  'blockquote{margin:.3rem 0 .8rem;padding-left:.8rem;border-left:4px solid #b0b7c3}',
  '.sev-high blockquote{border-color:#c62828}',
  '.sev-medium blockquote{border-color:#d97706}',
  'footer{margin-top:2rem;border-top:1px solid #b0b7c3}',
].join('');
