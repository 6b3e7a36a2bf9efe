import type { Report } from './schema';

export type ExportExtension = 'md' | 'json' | 'html';

const MAX_SITE_LENGTH = 60;

/**
 * A file name for an export, from the site and the article's date:
 * `sourcelight-artia13.city-2025-07-10.md`. Only lowercase ASCII letters, digits,
 * dots and hyphens, because the site name comes from the page and file systems
 * differ on everything else.
 */
export function exportFileName(report: Report, extension: ExportExtension): string {
  return `sourcelight-${siteName(report)}-${day(report)}.${extension}`;
}

function siteName(report: Report): string {
  const raw = report.publisher.domain ?? hostOf(report.url) ?? '';
  const ascii = /^[\x20-\x7e]*$/.test(raw) ? raw : (hostOf(`https://${raw}`) ?? raw);
  const safe = ascii
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .slice(0, MAX_SITE_LENGTH)
    .replace(/^[.-]+|[.-]+$/g, '');
  return safe === '' ? 'page' : safe;
}

/** Also turns international names into punycode, so the file name stays ASCII. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** The published day as the page states it, else the day of the analysis. */
function day(report: Report): string {
  const published = /^\d{4}-\d{2}-\d{2}/.exec(report.published.value ?? '')?.[0];
  return published ?? report.retrievedAt.slice(0, 10);
}
