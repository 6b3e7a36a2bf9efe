import { messageName, type Translate } from '../i18n/translator';
import { passageLink } from './passage-link';
import { ageAtAnalysis } from './presentation/age-text';
import { dateLine, datesInOneZone } from './presentation/date-text';
import { headline, inventoryText } from './presentation/verdict-text';
import { warningText } from './presentation/warning-text';
import { CITATION_KINDS, NON_SOURCE_KINDS, type Report, type Source, type Warning } from './schema';
import { inventory } from './summary';
import { waybackLinks } from './wayback';
import { safeWebUrl } from './web-link';

/**
 * The report as Markdown that pastes cleanly into a newsroom document or a ticket:
 * what was analysed (URL, time, text fingerprint), who/when/publisher, what the
 * article cites, and each weak passage quoted. The words come from `t`, in the
 * reader's language; the report's values (addresses, dates, hashes) stay as they are.
 * Page-derived text is escaped so a title full of asterisks or brackets cannot
 * reshape the summary, and only http(s) addresses become links: a `javascript:` href
 * stays inert text.
 */
export function renderMarkdown(report: Report, t: Translate): string {
  const field = (name: string, value: string): string => `- **${t('label_with_colon', t(name))}** ${value}`;
  const lines: string[] = [];
  const title = report.article.title ?? report.url;
  lines.push(`# ${t('label_with_colon', t('summary_title'))} ${escapeMarkdown(title)}`, '');
  lines.push(field('summary_page', autolink(report.url)));
  lines.push(field('summary_analysed', `${report.retrievedAt} (${t('summary_generator', [report.generator.version, report.schemaVersion])})`));
  lines.push(field('summary_text_sha256', `\`${report.article.textSha256}\` (${t('summary_word_count', report.article.wordCount)})`));
  lines.push('', `## ${t('summary_at_a_glance')}`, '', headline(report, t), '');
  if (report.article.truncated) lines.push(`- **${t('summary_truncated')}** (${t('summary_word_count', report.article.wordCount)})`, '');

  lines.push(`## ${t('section_what')}`, '');
  lines.push(inventoryText(inventory(report), t), '');
  for (const source of report.sources) lines.push(sourceLine(source, report.url, t));
  if (report.sources.length > 0) lines.push('');
  lines.push(`### ${t('sources_links_heading')}`, '');
  lines.push(t('summary_source_links', report.citations.sourceCount), '');
  for (const kind of CITATION_KINDS) {
    const links = report.citations.links.filter((link) => link.kind === kind);
    if (links.length === 0) continue;
    const note = NON_SOURCE_KINDS.includes(kind) ? ` ${t('summary_not_counted')}` : '';
    lines.push(`- ${t('label_with_colon', `**${t(messageName('citation_kind', kind))}**${note}`)}`);
    for (const link of links) lines.push(`  - ${linkLine(link.text, link.href, t)}`);
  }
  lines.push('');

  lines.push(`## ${t('section_who')}`, '');
  lines.push(field('summary_author', authorLine(report, t)));
  if (report.author.profileUrl) lines.push(field('author_profile', autolink(report.author.profileUrl)));
  lines.push('', `## ${t('section_when')}`, '');
  const age = ageAtAnalysis(report.published.ageDays, t);
  const dates = datesInOneZone(report);
  lines.push(field('date_published', `${dateLine(dates.published, t)}${age === null ? '' : ` — ${age}`}`));
  lines.push(field('date_modified', dateLine(dates.modified, t)));
  lines.push('', `## ${t('section_where')}`, '');
  const domain = report.publisher.domain ? ` (${escapeMarkdown(report.publisher.domain)})` : '';
  lines.push(field('summary_publisher', `${report.publisher.name === null ? t('value_not_stated') : escapeMarkdown(report.publisher.name)}${domain}`));
  if (report.publisher.canonicalUrl) {
    lines.push(field('summary_canonical_url', `${autolink(report.publisher.canonicalUrl)}${report.publisher.syndicated ? ` — ${t('summary_syndicated')}` : ''}`));
  }
  if (report.publisher.wireServices.length > 0) lines.push(field('summary_wire_services', report.publisher.wireServices.map(escapeMarkdown).join(', ')));
  if (report.publisher.sponsored) lines.push(`- **${t('publisher_sponsored')}**`);
  for (const note of report.publisher.corrections) lines.push(field('publisher_correction', escapeMarkdown(note)));
  for (const policy of report.publisher.policies) lines.push(field(messageName('policy_kind', policy.kind), autolink(policy.href)));

  const passages = report.warnings.filter((warning) => warning.anchor !== null);
  const pageWarnings = report.warnings.filter((warning) => warning.anchor === null);
  lines.push('', `## ${t('section_weak')} (${passages.length})`, '');
  if (passages.length === 0) lines.push(t('passages_none'));
  for (const warning of passages) lines.push(warningLine(warning, t), `  > ${escapeMarkdown(warning.anchor?.exact ?? '')}`);
  if (pageWarnings.length > 0) {
    lines.push('', `## ${t('section_other_warnings')}`, '');
    for (const warning of pageWarnings) lines.push(warningLine(warning, t));
  }
  lines.push('', '---', ...waybackLines(report.url, t), '');
  return lines.join('\n');
}

/** Compare the SHA-256 above with a later analysis, or with an archived copy. */
function waybackLines(url: string, t: Translate): string[] {
  const links = waybackLinks(url);
  if (links === null) return [t('summary_check_later')];
  return [
    t('summary_check_later_or_wayback'),
    '',
    `- **${t('label_with_colon', t('wayback_look_up'))}** <${markdownTarget(links.lookUp)}>`,
    `- **${t('label_with_colon', t('wayback_save'))}** <${markdownTarget(links.save)}>`,
  ];
}

/**
 * A web address as a Markdown link destination: the URL parser already encodes spaces
 * and angle brackets; brackets and parentheses are encoded too, as some renderers end
 * a destination at the first `)` or read `[` as the start of a link.
 */
export function markdownTarget(safeUrl: string): string {
  return safeUrl.replace(/[()[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `<https://…>` for a web address; anything else as escaped, unlinked text. */
function autolink(href: string): string {
  const safe = safeWebUrl(href);
  return safe === null ? escapeMarkdown(href) : `<${markdownTarget(safe)}>`;
}

function linkLine(text: string, href: string, t: Translate): string {
  const safe = safeWebUrl(href);
  const label = escapeMarkdown(text || href);
  return safe === null ? `${label} (${t('label_with_colon', t('summary_not_a_web_link'))} ${escapeMarkdown(href)})` : `[${label}](${markdownTarget(safe)})`;
}

/** "- **Maria Lopez** (person) — union leader — [first mention in the page](…)". */
function sourceLine(source: Source, pageUrl: string, t: Translate): string {
  const kind = t(messageName('source_kind', source.kind));
  const parts = [`- **${escapeMarkdown(source.name ?? source.description ?? kind)}** (${kind})`];
  if (source.role) parts.push(escapeMarkdown(source.role));
  if (source.justified) parts.push(t('source_justified'));
  const first = source.passages[0];
  const passage = first === undefined ? null : passageLink(pageUrl, first);
  if (passage !== null) parts.push(`[${t('source_first_passage')}](${markdownTarget(passage)})`);
  for (const link of source.links) {
    const safe = safeWebUrl(link);
    if (safe !== null) parts.push(`<${markdownTarget(safe)}>`);
  }
  return parts.join(' — ');
}

function authorLine(report: Report, t: Translate): string {
  if (report.author.names.length === 0) return t('value_not_stated');
  const names = report.author.names.map(escapeMarkdown).join(', ');
  return report.author.kind === 'person' || report.author.kind === 'none' ? names : `${names} (${t(messageName('author_kind', report.author.kind))})`;
}

function warningLine(warning: Warning, t: Translate): string {
  const { label, explanation } = warningText(warning, t);
  const dismissed = warning.dismissed ? ` — ${t('summary_dismissed')}` : '';
  return `- ${t('label_with_colon', `**${escapeMarkdown(label)}** (${t(messageName('severity', warning.severity))})`)} ${escapeMarkdown(explanation)}${dismissed}`;
}

/** Backslash-escapes what Markdown would read as formatting or markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}
