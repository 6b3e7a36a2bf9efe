import { CITATION_KINDS, NON_SOURCE_KINDS, type DateField, type Report, type Warning } from './schema';
import { summarize } from './summary';
import { waybackLinks } from './wayback';
import { safeWebUrl } from './web-link';

/**
 * The report as Markdown that pastes cleanly into a newsroom document or a ticket:
 * what was analysed (URL, time, text fingerprint), who/when/publisher, what the
 * article cites, and each weak passage quoted. Page-derived text is escaped so a
 * title full of asterisks or brackets cannot reshape the summary, and only http(s)
 * addresses become links: a `javascript:` href stays inert text.
 */
export function renderMarkdown(report: Report): string {
  const lines: string[] = [];
  const title = report.article.title ?? report.url;
  lines.push(`# Sourcelight summary: ${escapeMarkdown(title)}`, '');
  lines.push(`- **Page:** ${autolink(report.url)}`);
  lines.push(`- **Analysed:** ${report.retrievedAt} (Sourcelight ${report.generator.version}, report schema v${report.schemaVersion})`);
  lines.push(`- **Article text SHA-256:** \`${report.article.textSha256}\` (${report.article.wordCount} words)`);
  lines.push('', '## At a glance', '', headline(report), '');

  lines.push('## Who', '');
  lines.push(`- **Author:** ${authorLine(report)}`);
  if (report.author.profileUrl) lines.push(`- **Author profile:** ${autolink(report.author.profileUrl)}`);
  lines.push('', '## When', '');
  lines.push(`- **Published:** ${dateLine(report.published)}${ageSuffix(report.published.ageDays)}`);
  lines.push(`- **Modified:** ${dateLine(report.modified)}`);
  lines.push('', '## Where from', '');
  lines.push(`- **Publisher:** ${escapeMarkdown(report.publisher.name ?? 'not stated')}${report.publisher.domain ? ` (${escapeMarkdown(report.publisher.domain)})` : ''}`);
  if (report.publisher.canonicalUrl) {
    lines.push(`- **Canonical URL:** ${autolink(report.publisher.canonicalUrl)}${report.publisher.syndicated ? ' — on another site: this page is a copy or a syndication' : ''}`);
  }
  if (report.publisher.wireServices.length > 0) lines.push(`- **Wire services credited:** ${report.publisher.wireServices.map(escapeMarkdown).join(', ')}`);
  if (report.publisher.sponsored) lines.push('- **Labelled as sponsored or partner content**');
  for (const policy of report.publisher.policies) lines.push(`- **Policy (${policy.kind}):** ${autolink(policy.href)}`);

  lines.push('', '## What it stands on', '');
  lines.push(`${report.citations.sourceCount} source link${report.citations.sourceCount === 1 ? '' : 's'} cited in the article body.`, '');
  for (const kind of CITATION_KINDS) {
    const links = report.citations.links.filter((link) => link.kind === kind);
    if (links.length === 0) continue;
    const note = NON_SOURCE_KINDS.includes(kind) ? ' (not counted as sources)' : '';
    lines.push(`- **${kind}**${note}:`);
    for (const link of links) lines.push(`  - ${linkLine(link.text, link.href)}`);
  }

  const passages = report.warnings.filter((warning) => warning.anchor !== null);
  const pageWarnings = report.warnings.filter((warning) => warning.anchor === null);
  lines.push('', `## Weak passages (${passages.length})`, '');
  if (passages.length === 0) lines.push('None found.');
  for (const warning of passages) lines.push(...passageLines(warning));
  if (pageWarnings.length > 0) {
    lines.push('', '## Other warnings', '');
    for (const warning of pageWarnings) lines.push(`- **${warning.code}** (${warning.severity}): ${escapeMarkdown(warning.message)}`);
  }
  lines.push('', '---', ...waybackLines(report.url), '');
  return lines.join('\n');
}

/** The one-line verdict a newcomer reads first. */
export function headline(report: Report): string {
  const summary = summarize(report);
  const who = { named: 'Named author', generic: 'No personal byline', none: 'No author' }[summary.author];
  const when = summary.dated ? 'dated' : 'undated';
  const sources = `${summary.sourceCount} source${summary.sourceCount === 1 ? '' : 's'} cited`;
  const weak = `${summary.weakPassageCount} weak passage${summary.weakPassageCount === 1 ? '' : 's'}`;
  return `${who} · ${when} · ${sources} · ${weak}`;
}

/** Compare the SHA-256 above with a later analysis, or with an archived copy. */
function waybackLines(url: string): string[] {
  const links = waybackLinks(url);
  if (links === null) return ['Check later whether the page changed: analyse it again and compare the article text SHA-256.'];
  return [
    'Check later whether the page changed: analyse it again and compare the article text SHA-256, or see the Wayback Machine.',
    '',
    `- **Archived copies:** <${links.lookUp}>`,
    `- **Save a copy now:** <${links.save}>`,
  ];
}

/** `<https://…>` for a web address; anything else as escaped, unlinked text. */
function autolink(href: string): string {
  const safe = safeWebUrl(href);
  return safe === null ? escapeMarkdown(href) : `<${safe}>`;
}

function linkLine(text: string, href: string): string {
  const safe = safeWebUrl(href);
  const label = escapeMarkdown(text || href);
  return safe === null ? `${label} (not a web link: ${escapeMarkdown(href)})` : `[${label}](<${safe}>)`;
}

function authorLine(report: Report): string {
  if (report.author.names.length === 0) return 'not stated';
  const names = report.author.names.map(escapeMarkdown).join(', ');
  return report.author.kind === 'person' ? names : `${names} (${report.author.kind} byline)`;
}

function dateLine(field: DateField): string {
  if (!field.value) return 'not stated';
  return field.timeZoneStated ? field.value : `${field.value} (no time zone stated)`;
}

function ageSuffix(ageDays: number | null): string {
  if (ageDays === null || ageDays < 1) return '';
  return ` — ${ageDays} day${ageDays === 1 ? '' : 's'} before this analysis`;
}

function passageLines(warning: Warning): string[] {
  const quote = warning.anchor?.exact ?? '';
  return [
    `- **${warning.code}** (${warning.severity}): ${escapeMarkdown(warning.message)}`,
    `  > ${escapeMarkdown(quote)}`,
  ];
}

/** Backslash-escapes what Markdown would read as formatting or markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}
