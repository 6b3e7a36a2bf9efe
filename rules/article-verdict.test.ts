import { describe, expect, test } from 'vitest';
import type { Report } from '../report/schema';
import { sampleReport } from '../tests/helpers/sample-report';
import { looksLikeArticle } from './article-verdict';

const base = sampleReport();
const withArticle = (article: Partial<Report['article']>, author: Partial<Report['author']>, published: Partial<Report['published']>): Report =>
  sampleReport({ article: { ...base.article, ...article }, author: { ...base.author, ...author }, published: { ...base.published, ...published } });

describe('looksLikeArticle', () => {
  test.each<[string, Report, boolean]>([
    ['a readerable article', withArticle({}, {}, {}), true],
    ['a short brief with a date', withArticle({ readerable: false, wordCount: 120 }, { names: [], confidence: 'none' }, {}), true],
    ['a short brief with a well-supported author', withArticle({ readerable: false, wordCount: 120 }, { confidence: 'medium' }, { value: null, confidence: 'none' }), true],
    ['a list whose only author is one weak byline among teasers', withArticle({ readerable: false, wordCount: 150 }, { confidence: 'low' }, { value: null, confidence: 'none' }), false],
    ['a list with neither author nor date', withArticle({ readerable: false, wordCount: 400 }, { names: [], confidence: 'none' }, { value: null, confidence: 'none' }), false],
    ['too few words, whatever the metadata', withArticle({ wordCount: 40 }, {}, {}), false],
  ])('%s → %s', (_label, report, expected) => {
    expect(looksLikeArticle(report)).toBe(expected);
  });
});
