import { describe, expect, test } from 'vitest';
import { sampleReport } from '../tests/helpers/sample-report';
import { renderJson } from './export-json';
import { assertReport, type Report } from './schema';

const HOSTILE = '<script>alert(1)</script> "quoted" \\ back\nslash [x](javascript:alert(1)) \u2028';

describe('renderJson', () => {
  test.each<[string, Report]>([
    ['the sample', sampleReport()],
    ['hostile strings', sampleReport({ article: { ...sampleReport().article, title: HOSTILE } })],
  ])('%s: the file parses back to the same schema-v1 report', (_name, report) => {
    const json = renderJson(report);
    expect(assertReport(JSON.parse(json))).toEqual(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "schemaVersion": 1,');
  });
});
