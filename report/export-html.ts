import { messageName, type Translate } from '../i18n/translator';
import { passageLink } from './passage-link';
import { ageAtAnalysis } from './presentation/age-text';
import { dateText, datesInOneZone } from './presentation/date-text';
import { headline, inventoryText } from './presentation/verdict-text';
import { warningText } from './presentation/warning-text';
import { CITATION_KINDS, NON_SOURCE_KINDS, type DateField, type Report, type Warning } from './schema';
import { inventory } from './summary';
import { waybackLinks } from './wayback';
import { safeWebUrl } from './web-link';

/** Cleans an HTML fragment; in the extension, DOMPurify's `sanitize` with `HTML_EXPORT_PURIFY_CONFIG`. */
export type Purify = (html: string) => string;

/**
 * DOMPurify limited to what the export puts through it: escaped text and
 * `<a href rel>` links to http(s) addresses. Everything else, even what DOMPurify's
 * defaults allow (formatting, images, SVG, MathML, `data-*` and `aria-*`
 * attributes, other URL schemes), is dropped, its text kept.
 */
export const HTML_EXPORT_PURIFY_CONFIG = {
  ALLOWED_TAGS: ['a'],
  ALLOWED_ATTR: ['href', 'rel'],
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  // DOMPurify tests every attribute value against the URI pattern unless told the attribute holds no URI.
  ADD_URI_SAFE_ATTR: ['rel'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};

/**
 * The report as a standalone HTML page a reader can keep or send: what was analysed
 * (URL, time, article text SHA-256), who/when/publisher, citations, weak passages,
 * and Wayback Machine links, worded by `t` in the reader's language. Two layers guard
 * it: every string is escaped, and every page-derived fragment (titles, quotes, link
 * texts and hrefs) also goes through the caller's `purify`, so this module stays free
 * of the DOM. The page's own CSP forbids scripts outright, should anything get
 * through both.
 */
export function renderHtmlSummary(report: Report, purify: Purify, t: Translate): string {
  const page = (text: string): string => purify(escapeHtml(text));
  const link = (href: string, text: string): string => {
    const safe = safeWebUrl(href);
    if (safe === null) return page(text || href);
    return purify(`<a href="${escapeHtml(safe)}" rel="noopener noreferrer">${escapeHtml(text || safe)}</a>`);
  };
  const words = (...message: Parameters<Translate>): string => escapeHtml(t(...message));
  const label = (name: string): string => escapeHtml(t('label_with_colon', t(name)));
  const title = report.article.title ?? report.url;
  const passages = report.warnings.filter((warning) => warning.anchor !== null);
  const pageWarnings = report.warnings.filter((warning) => warning.anchor === null);
  const wayback = waybackLinks(report.url);
  const notStated = words('value_not_stated');

  const body: string[] = [];
  body.push(`<h1>${label('summary_title')} ${page(title)}</h1>`);
  body.push('<dl class="meta">');
  body.push(`<dt>${words('summary_page')}</dt><dd>${link(report.url, report.url)}</dd>`);
  body.push(`<dt>${words('summary_analysed')}</dt><dd><time datetime="${escapeHtml(report.retrievedAt)}">${escapeHtml(report.retrievedAt)}</time> (${words('summary_generator', [report.generator.version, report.schemaVersion])})</dd>`);
  body.push(`<dt>${words('summary_text_sha256')}</dt><dd><code data-sha256>${escapeHtml(report.article.textSha256)}</code> (${words('summary_word_count', report.article.wordCount)})</dd>`);
  body.push('</dl>');
  body.push(`<p class="verdict">${escapeHtml(headline(report, t))}</p>`);
  if (report.article.truncated) body.push(`<p class="truncated">${words('summary_truncated')} (${words('summary_word_count', report.article.wordCount)})</p>`);
  body.push(`<h2>${words('section_what')}</h2>`);
  body.push(`<p class="inventory">${escapeHtml(inventoryText(inventory(report), t))}</p>`);
  if (report.sources.length > 0) {
    body.push('<ul class="sources">');
    for (const source of report.sources) {
      const kind = words(messageName('source_kind', source.kind));
      const parts = [`<strong>${page(source.name ?? source.description ?? t(messageName('source_kind', source.kind)))}</strong> (${kind})`];
      if (source.role) parts.push(page(source.role));
      if (source.justified) parts.push(words('source_justified'));
      const first = source.passages[0];
      const passage = first === undefined ? null : passageLink(report.url, first);
      if (passage !== null) parts.push(link(passage, t('source_first_passage')));
      for (const href of source.links) parts.push(link(href, href));
      body.push(`<li>${parts.join(' — ')}</li>`);
    }
    body.push('</ul>');
  }
  body.push(`<h3>${words('sources_links_heading')}</h3>`);
  body.push(`<p>${words('summary_source_links', report.citations.sourceCount)}</p>`);
  for (const kind of CITATION_KINDS) {
    const links = report.citations.links.filter((citation) => citation.kind === kind);
    if (links.length === 0) continue;
    body.push(`<h4>${words(messageName('citation_kind', kind))}${NON_SOURCE_KINDS.includes(kind) ? ` ${words('summary_not_counted')}` : ''}</h4><ul>`);
    for (const citation of links) body.push(`<li>${link(citation.href, citation.text)}</li>`);
    body.push('</ul>');
  }


  body.push(`<h2>${words('section_who')}</h2><ul>`);
  const authorKind = report.author.kind === 'person' || report.author.kind === 'none' ? '' : ` (${words(messageName('author_kind', report.author.kind))})`;
  body.push(`<li>${label('summary_author')} ${report.author.names.length === 0 ? notStated : page(report.author.names.join(', '))}${authorKind}</li>`);
  if (report.author.profileUrl) body.push(`<li>${label('author_profile')} ${link(report.author.profileUrl, report.author.profileUrl)}</li>`);
  body.push('</ul>');

  body.push(`<h2>${words('section_when')}</h2><ul>`);
  const age = ageAtAnalysis(report.published.ageDays, t);
  const dates = datesInOneZone(report);
  body.push(`<li>${label('date_published')} ${dateHtml(dates.published, page, t)}${age === null ? '' : ` (${escapeHtml(age)})`}</li>`);
  body.push(`<li>${label('date_modified')} ${dateHtml(dates.modified, page, t)}</li>`);
  body.push('</ul>');

  body.push(`<h2>${words('section_where')}</h2><ul>`);
  body.push(`<li>${label('summary_publisher')} ${report.publisher.name === null ? notStated : page(report.publisher.name)}${report.publisher.domain ? ` (${page(report.publisher.domain)})` : ''}</li>`);
  if (report.publisher.canonicalUrl) {
    body.push(`<li>${label('summary_canonical_url')} ${link(report.publisher.canonicalUrl, report.publisher.canonicalUrl)}${report.publisher.syndicated ? ` — ${words('summary_syndicated')}` : ''}</li>`);
  }
  if (report.publisher.wireServices.length > 0) body.push(`<li>${label('summary_wire_services')} ${page(report.publisher.wireServices.join(', '))}</li>`);
  if (report.publisher.sponsored) body.push(`<li>${words('publisher_sponsored')}</li>`);
  for (const note of report.publisher.corrections) body.push(`<li>${label('publisher_correction')} ${page(note)}</li>`);
  for (const policy of report.publisher.policies) body.push(`<li>${label(messageName('policy_kind', policy.kind))} ${link(policy.href, policy.href)}</li>`);
  body.push('</ul>');

  body.push(`<h2>${words('section_weak')} (${passages.length})</h2>`);
  if (passages.length === 0) body.push(`<p>${words('passages_none')}</p>`);
  else {
    body.push('<ul class="passages">');
    for (const warning of passages) body.push(`<li class="sev-${escapeHtml(warning.severity)}">${warningHtml(warning, page, t)}<blockquote>${page(warning.anchor?.exact ?? '')}</blockquote></li>`);
    body.push('</ul>');
  }
  if (pageWarnings.length > 0) {
    body.push(`<h2>${words('section_other_warnings')}</h2><ul>`);
    for (const warning of pageWarnings) body.push(`<li class="sev-${escapeHtml(warning.severity)}">${warningHtml(warning, page, t)}</li>`);
    body.push('</ul>');
  }

  body.push('<footer>');
  body.push(`<p>${words('summary_check_later')}</p>`);
  if (wayback !== null) {
    body.push(`<p>${label('wayback_heading')} <a href="${escapeHtml(wayback.lookUp)}" rel="noopener noreferrer">${words('wayback_look_up')}</a> · <a href="${escapeHtml(wayback.save)}" rel="noopener noreferrer">${words('wayback_save')}</a></p>`);
  }
  body.push('</footer>');

  return [
    '<!doctype html>',
    `<html lang="${words('summary_language_tag')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Sourcelight">',
    `<title>${label('summary_title')} ${page(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The report's value goes through `purify` with the page's text; the note is ours, only escaped. */
function dateHtml(field: DateField, page: (text: string) => string, t: Translate): string {
  const text = dateText(field, t);
  if (text === null) return escapeHtml(t('value_not_stated'));
  return `${page(text.value)}${text.note === null ? '' : ` ${escapeHtml(text.note)}`}`;
}

/** Label, severity and explanation; the explanation may be the report's own message, so it goes through `purify`. */
function warningHtml(warning: Warning, page: (text: string) => string, t: Translate): string {
  const { label, explanation } = warningText(warning, t);
  const severity = t(messageName('severity', warning.severity));
  // The markup goes in escaped, as the substitution: the template only adds the colon.
  const dismissed = warning.dismissed ? ` <em class="dismissed">${escapeHtml(t('summary_dismissed'))}</em>` : '';
  return `${t('label_with_colon', `<strong>${escapeHtml(label)}</strong> (${escapeHtml(severity)})`)} ${page(explanation)}${dismissed}`;
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
