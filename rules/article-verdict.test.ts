import { describe, expect, test } from 'vitest';
import type { Report } from '../report/schema';
import { sampleReport } from '../tests/helpers/sample-report';
import { looksLikeArticle } from './article-verdict';

const base = sampleReport();
const headingEvidence = (title: string): Report['article']['titleEvidence'] => [{ origin: 'visible-text', key: 'h1', raw: title, value: title }];
const shownHeadline = (title: string): Partial<Report['article']> => ({ title, titleEvidence: headingEvidence(title) });
const withArticle = (article: Partial<Report['article']>, author: Partial<Report['author']>, published: Partial<Report['published']>): Report =>
  sampleReport({ article: { ...base.article, ...article }, author: { ...base.author, ...author }, published: { ...base.published, ...published } });
const links = (count: number, text: string): Report['citations'] => ({
  links: Array.from({ length: count }, (_, index) => ({ href: `https://news.example.org/${index}`, text, kind: 'self-link', domain: 'example.org' })),
  sourceCount: 0,
});

describe('looksLikeArticle', () => {
  test.each<[string, Report, boolean]>([
    ['a readerable article', withArticle({}, {}, {}), true],
    ['EN: a short brief showing its headline, with a date', withArticle({ readerable: false, wordCount: 120, ...shownHeadline('Library reopens after two years of work') }, { names: [], confidence: 'none' }, {}), true],
    ['FR: une brève qui montre son titre, signée', withArticle({ readerable: false, wordCount: 120, ...shownHeadline('La médiathèque rouvre après deux ans') }, { confidence: 'medium' }, { value: null, confidence: 'none' }), true],
    ['JA: a brief whose headline is one unspaced run', withArticle({ readerable: false, wordCount: 120, ...shownHeadline('新しい駅が開業') }, {}, {}), true],
    ['a dated page whose headline is not shown', withArticle({ readerable: false, wordCount: 120 }, {}, {}), false],
    ['EN: a section front, its heading a section’s name', withArticle({ readerable: false, wordCount: 300, ...shownHeadline('World') }, { names: [], confidence: 'none' }, {}), false],
    ['FR: une page de rubrique, son titre un nom de rubrique', withArticle({ readerable: false, wordCount: 300, ...shownHeadline('Économie') }, { names: [], confidence: 'none' }, {}), false],
    ['a list whose only author is one weak byline among teasers', withArticle({ readerable: false, wordCount: 150, ...shownHeadline('Latest news from the harbour') }, { confidence: 'low' }, { value: null, confidence: 'none' }), false],
    ['a list with neither author nor date', withArticle({ readerable: false, wordCount: 400 }, { names: [], confidence: 'none' }, { value: null, confidence: 'none' }), false],
    ['FR: une brève de soixante mots qui montre son titre, datée', withArticle({ readerable: false, wordCount: 60, ...shownHeadline('Le championnat d’Afrique des nations n’aura pas lieu') }, {}, {}), true],
    ['too few words, whatever the metadata', withArticle({ wordCount: 40 }, {}, {}), false],
    ['a home page: most of its words are links', sampleReport({ article: { ...base.article, wordCount: 200 }, citations: links(50, 'Dockers extend strike') }), false],
    ['an article with a few links', sampleReport({ article: { ...base.article, wordCount: 640 }, citations: links(10, 'the port report') }), true],
  ])('%s → %s', (_label, report, expected) => {
    expect(looksLikeArticle(report)).toBe(expected);
  });
});
