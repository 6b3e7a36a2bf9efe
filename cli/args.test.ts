import { describe, expect, test } from 'vitest';
import { parseCliArgs } from './args';

describe('parseCliArgs --lang', () => {
  test.each([
    [['page.html', '--format', 'markdown'], 'en'],
    [['page.html', '--format', 'markdown', '--lang', 'en'], 'en'],
    [['page.html', '--format', 'markdown', '--lang', 'fr'], 'fr'],
    [['page.html'], 'en'],
  ])('%j writes the summary in %s', (argv, lang) => {
    expect(parseCliArgs(argv)).toMatchObject({ kind: 'page', lang });
  });

  test.each([
    [['page.html', '--format', 'markdown', '--lang', 'de'], '--lang de: use en or fr'],
    [['page.html', '--format', 'markdown', '--lang', 'FR'], '--lang FR: use en or fr'],
    [['page.html', '--lang', 'fr'], '--lang goes with --format markdown: the JSON report has no language'],
    [['--manifest', 'pages.jsonl', '--lang', 'fr'], '--lang goes with --format markdown: a manifest prints JSON reports, which have no language'],
  ])('%j is refused in one line', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
