import { describe, expect, test } from 'vitest';
import { sampleReport } from '../tests/helpers/sample-report';
import { exportFileName, type ExportExtension } from './export-filename';
import type { Report } from './schema';

const base = sampleReport();
const withPublisher = (domain: string | null, url = base.url): Report => sampleReport({ url, publisher: { ...base.publisher, domain } });
const undated = (report: Report): Report => ({ ...report, published: { ...report.published, value: null, ageDays: null } });

describe('exportFileName', () => {
  test.each<[string, Report, ExportExtension, string]>([
    ['publisher domain and published day', withPublisher('artia13.city'), 'md', 'sourcelight-artia13.city-2026-11-14.md'],
    ['JSON', withPublisher('lemonde.fr'), 'json', 'sourcelight-lemonde.fr-2026-11-14.json'],
    ['HTML', withPublisher('lemonde.fr'), 'html', 'sourcelight-lemonde.fr-2026-11-14.html'],
    ['host when no publisher domain, without www', withPublisher(null, 'https://www.Example.COM/a'), 'md', 'sourcelight-example.com-2026-11-14.md'],
    ['retrieved day when undated', undated(withPublisher('example.org')), 'md', 'sourcelight-example.org-2026-11-23.md'],
    ['international domain in punycode', withPublisher('bücher.de'), 'md', 'sourcelight-xn--bcher-kva.de-2026-11-14.md'],
    ['path tricks', withPublisher('../../etc/passwd'), 'md', 'sourcelight-etc-passwd-2026-11-14.md'],
    ['hostile characters', withPublisher('<script>a:b|c*?"x"'), 'json', 'sourcelight-script-a-b-c-x-2026-11-14.json'],
    ['nothing usable', withPublisher(null, 'file:///tmp/x.html'), 'md', 'sourcelight-page-2026-11-14.md'],
  ])('%s', (_name, report, extension, expected) => {
    expect(exportFileName(report, extension)).toBe(expected);
  });

  test.each([['a'.repeat(300)], ['x.'.repeat(100)], ['-'.repeat(10)]])('stays short and safe: %s', (domain) => {
    const name = exportFileName(withPublisher(domain), 'md');
    expect(name).toMatch(/^sourcelight-[a-z0-9][a-z0-9.-]{0,59}-\d{4}-\d{2}-\d{2}\.md$|^sourcelight-page-\d{4}-\d{2}-\d{2}\.md$/);
  });
});
