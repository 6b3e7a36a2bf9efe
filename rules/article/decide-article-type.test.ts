import { describe, expect, test } from 'vitest';
import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import { headerLines, makeSnapshot, metaTags } from '../../tests/helpers/make-snapshot';
import { decideProvenance } from '../provenance/decide-provenance';
import { decideArticleType } from './decide-article-type';

function typeOf(overrides: Partial<ArticleSnapshot>) {
  const snapshot = makeSnapshot(overrides);
  const provenance = decideProvenance(snapshot, { retrievedAt: '2026-11-30T10:00:00Z', pageDomain: null });
  return decideArticleType(snapshot, provenance);
}

describe('article type', () => {
  test.each([
    // JSON-LD types
    ['EN opinion type', { jsonLd: [{ '@type': 'OpinionNewsArticle', headline: 'We must act' }] }, 'opinion', 'json-ld'],
    ['live blog type', { jsonLd: [{ '@type': 'LiveBlogPosting', headline: 'Election night' }] }, 'live', 'json-ld'],
    ['analysis type', { jsonLd: [{ '@type': 'AnalysisNewsArticle', headline: 'Why rates rose' }] }, 'analysis', 'json-ld'],
    ['advertiser content type', { jsonLd: [{ '@type': 'AdvertiserContentArticle', headline: 'Travel smarter' }] }, 'sponsored', 'json-ld'],
    ['plain news type', { jsonLd: [{ '@type': 'NewsArticle', headline: 'Port strike ends' }] }, 'news', 'json-ld'],
    // sections
    ['EN opinion section', { meta: metaTags({ 'article:section': 'Opinion' }), jsonLd: [{ '@type': 'NewsArticle' }] }, 'opinion', 'meta'],
    ['FR tribune section', { meta: metaTags({ 'article:section': 'Tribunes' }) }, 'opinion', 'meta'],
    ['FR analysis section in JSON-LD', { jsonLd: [{ '@type': 'NewsArticle', articleSection: 'Décryptage' }] }, 'analysis', 'json-ld'],
    ['EN press releases section', { meta: metaTags({ 'article:section': 'Press releases' }) }, 'press-release', 'meta'],
    ['FR press release section', { meta: metaTags({ 'article:section': 'Communiqués de presse' }) }, 'press-release', 'meta'],
    // folders of the address
    ['EN /opinion/ folder', { url: 'https://www.example.com/2026/11/30/opinion/why-we-wait.html' }, 'opinion', 'url'],
    ['FR /idees/ folder', { url: 'https://www.example.fr/idees/article/2026/11/30/la-reforme_612.html' }, 'opinion', 'url'],
    ['FR idees-et-debats folder', { url: 'https://www.example.fr/idees-et-debats/tribunes/une-reforme-20261130/' }, 'opinion', 'url'],
    ['EN /live/ folder', { url: 'https://www.example.co.uk/news/live/world-68123456' }, 'live', 'url'],
    ['FR /direct/ folder', { url: 'https://www.example.fr/politique/direct/2026-11-30-vote-du-budget' }, 'live', 'url'],
    // labels opening the headline
    ['EN "Analysis:" headline', { documentTitle: 'Analysis: Why the Fed waited | Example', jsonLd: [{ '@type': 'NewsArticle' }] }, 'analysis', 'document-title'],
    ['FR « EN DIRECT. » headline', { meta: metaTags({ 'og:title': 'EN DIRECT. Vote du budget : suivez la séance' }) }, 'live', 'meta'],
    ['FR « Tribune : » headline', { meta: metaTags({ 'og:title': 'Tribune : « Il faut taxer le kérosène »' }) }, 'opinion', 'meta'],
    // credits
    ['EN agency byline', { meta: metaTags({ author: 'Reuters' }), jsonLd: [{ '@type': 'NewsArticle' }] }, 'wire', 'meta'],
    ['FR agency credit, no person', { textLines: headerLines('Le Monde avec AFP'), jsonLd: [{ '@type': 'NewsArticle' }] }, 'wire', 'visible-text'],
    ['EN story published by the agency itself', { url: 'https://www.reuters.com/article/us-funds-idUS1', meta: metaTags({ 'og:site_name': 'Reuters', author: 'Heather Somerville' }), jsonLd: [{ '@type': 'NewsArticle' }] }, 'wire', 'meta'],
    ['EN sponsored label', { textLines: headerLines('Travel smarter this winter', 'Sponsored content'), jsonLd: [{ '@type': 'NewsArticle', headline: 'Travel smarter this winter' }] }, 'sponsored', 'visible-text'],
    ['FR partner label', { textLines: headerLines('Des trains de nuit pour l’Europe', 'En partenariat avec la Commission européenne'), jsonLd: [{ '@type': 'NewsArticle', headline: 'Des trains de nuit pour l’Europe' }] }, 'sponsored', 'visible-text'],
    // the page says nothing more than "article"
    ['og:type article', { meta: metaTags({ 'og:type': 'article' }) }, 'news', 'meta'],
  ] as const)('%s', (_case, overrides, type, origin) => {
    const decision = typeOf(overrides as Partial<ArticleSnapshot>);
    expect(decision.type).toBe(type);
    expect(decision.evidence.map((item) => item.origin)).toContain(origin);
  });

  test.each([
    ['EN slug mentioning live music', { url: 'https://www.example.com/culture/live-music-returns-to-the-docks', meta: metaTags({ 'og:type': 'article' }) }, 'news'],
    ['EN headline opening with a word that is a label', { meta: metaTags({ 'og:title': 'Live music returns: the docks reopen', 'og:type': 'article' }) }, 'news'],
    ['FR slug mentioning a tribune', { url: 'https://www.example.fr/societe/la-tribune-des-supporters-rouverte', meta: metaTags({ 'og:type': 'article' }) }, 'news'],
    ['EN person signing with an agency', { meta: metaTags({ author: 'Jane Roe', 'og:type': 'article' }), textLines: headerLines('Jane Roe, with Reuters') }, 'news'],
    ['a page that says nothing', {}, 'other'],
  ] as const)('not another type: %s', (_case, overrides, type) => {
    expect(typeOf(overrides as Partial<ArticleSnapshot>).type).toBe(type);
  });

  test('a sponsored opinion piece is sponsored first', () => {
    const headline = 'Why the city needs a new stadium';
    expect(typeOf({ jsonLd: [{ '@type': 'OpinionNewsArticle', headline }], textLines: headerLines(headline, 'Sponsored content') }).type).toBe('sponsored');
  });
});
