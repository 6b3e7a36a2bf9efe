import { describe, expect, test } from 'vitest';
import type { CitationKind } from '../../report/schema';
import { classifyLink } from './classify-link';

const onLemonde = { pageDomain: 'lemonde.fr' };
const onArtia = { pageDomain: 'artia13.city' };
const onGuardian = { pageDomain: 'theguardian.com' };

describe('classifyLink', () => {
  test.each<{ href: string; text: string; context: { pageDomain: string | null }; kind: CitationKind; domain: string | null }>([
    // primary and official documents
    { href: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049', text: 'le décret', context: onLemonde, kind: 'primary-document', domain: 'legifrance.gouv.fr' },
    { href: 'https://www.interieur.gouv.fr/actualites/dossiers/securite-routiere', text: 'ministère', context: onLemonde, kind: 'primary-document', domain: 'interieur.gouv.fr' },
    { href: 'https://www.assemblee-nationale.fr/dyn/17/textes/l17b0123', text: 'proposition de loi', context: onLemonde, kind: 'primary-document', domain: 'assemblee-nationale.fr' },
    { href: 'https://www.cdc.gov/flu/weekly/index.htm', text: 'CDC data', context: onGuardian, kind: 'primary-document', domain: 'cdc.gov' },
    { href: 'https://www.gov.uk/government/publications/budget-2026', text: 'the budget', context: onGuardian, kind: 'primary-document', domain: 'www.gov.uk' },
    { href: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689', text: 'AI Act', context: onGuardian, kind: 'primary-document', domain: 'europa.eu' },
    { href: 'https://www.sec.gov/Archives/edgar/data/320193/10-K.htm', text: 'annual filing', context: onGuardian, kind: 'primary-document', domain: 'sec.gov' },
    { href: 'https://www.example-ngo.org/files/rapport-annuel-2025.pdf', text: 'rapport annuel', context: onLemonde, kind: 'primary-document', domain: 'example-ngo.org' },
    { href: 'https://www.who.int/news-room/fact-sheets/detail/malaria', text: 'WHO fact sheet', context: onGuardian, kind: 'primary-document', domain: 'who.int' },
    // studies
    { href: 'https://doi.org/10.1038/s41586-024-07000-1', text: 'study', context: onGuardian, kind: 'study', domain: 'doi.org' },
    { href: 'https://arxiv.org/abs/2401.01234', text: 'preprint', context: onGuardian, kind: 'study', domain: 'arxiv.org' },
    { href: 'https://www.insee.fr/fr/statistiques/8000000', text: "l'Insee", context: onLemonde, kind: 'study', domain: 'insee.fr' },
    { href: 'https://pubmed.ncbi.nlm.nih.gov/38000000/', text: 'PubMed', context: onGuardian, kind: 'study', domain: 'nih.gov' },
    { href: 'https://ec.europa.eu/eurostat/web/products-euro-indicators', text: 'Eurostat', context: onLemonde, kind: 'study', domain: 'europa.eu' },
    { href: 'https://economics.mit.edu/research/paper', text: 'MIT paper', context: onGuardian, kind: 'study', domain: 'mit.edu' },
    { href: 'https://www.ons.gov.uk/employmentandlabourmarket/bulletins', text: 'ONS', context: onGuardian, kind: 'study', domain: 'ons.gov.uk' },
    // news, wires, press releases
    { href: 'https://www.lefigaro.fr/politique/article.php', text: 'Le Figaro', context: onLemonde, kind: 'news-outlet', domain: 'lefigaro.fr' },
    { href: 'https://www.bbc.co.uk/news/uk-123', text: 'BBC', context: onGuardian, kind: 'news-outlet', domain: 'bbc.co.uk' },
    { href: 'https://www.reuters.com/world/europe/story', text: 'Reuters', context: onGuardian, kind: 'wire-service', domain: 'reuters.com' },
    { href: 'https://apnews.com/article/abc', text: 'AP', context: onLemonde, kind: 'wire-service', domain: 'apnews.com' },
    { href: 'https://www.prnewswire.com/news-releases/acme-results.html', text: 'release', context: onGuardian, kind: 'press-release', domain: 'prnewswire.com' },
    { href: 'https://www.acme-corp.com/newsroom/2026-results', text: 'Acme said', context: onGuardian, kind: 'press-release', domain: 'acme-corp.com' },
    { href: 'https://www.acme-corp.fr/communiques-de-presse/resultats', text: 'communiqué', context: onLemonde, kind: 'press-release', domain: 'acme-corp.fr' },
    // social, video, archive, reference
    { href: 'https://x.com/someone/status/1790000000', text: 'a post', context: onGuardian, kind: 'social-media', domain: 'x.com' },
    { href: 'https://www.facebook.com/mairie/posts/123', text: 'message', context: onLemonde, kind: 'social-media', domain: 'facebook.com' },
    { href: 'https://www.youtube.com/watch?v=abc', text: 'video', context: onGuardian, kind: 'video', domain: 'youtube.com' },
    { href: 'https://web.archive.org/web/2020/https://example.com', text: 'archived', context: onGuardian, kind: 'archive', domain: 'archive.org' },
    { href: 'https://fr.wikipedia.org/wiki/Tadjikistan', text: 'Tadjikistan', context: onLemonde, kind: 'reference', domain: 'wikipedia.org' },
    // self-links and promotion
    { href: 'https://www.lemonde.fr/international/article/2026/01/01/x.html', text: 'notre article', context: onLemonde, kind: 'self-link', domain: 'lemonde.fr' },
    { href: 'https://artia13.city/cedric-balcon-hermand/', text: 'biographie', context: onArtia, kind: 'self-link', domain: 'artia13.city' },
    { href: 'https://play.google.com/store/apps/details?id=city.artia13.actualite', text: "Téléchargez l'application", context: onArtia, kind: 'promotion', domain: 'google.com' },
    { href: 'https://apps.apple.com/fr/app/le-monde/id123', text: "l'application", context: onLemonde, kind: 'promotion', domain: 'apple.com' },
    { href: 'https://chatgpt.com/g/g-analyzer-fake-news', text: 'Analyzer Fake News – GPT spécialisé conçu par Artia13', context: onArtia, kind: 'promotion', domain: 'chatgpt.com' },
    { href: 'https://www.facebook.com/sharer/sharer.php?u=https://artia13.city/x', text: 'Partager', context: onArtia, kind: 'promotion', domain: 'facebook.com' },
    { href: 'https://twitter.com/intent/tweet?url=https://example.com', text: 'Tweet', context: onGuardian, kind: 'promotion', domain: 'twitter.com' },
    { href: 'https://www.linkedin.com/sharing/share-offsite/?url=x', text: 'Share', context: onGuardian, kind: 'promotion', domain: 'linkedin.com' },
    { href: 'https://x.com/guardian', text: 'Follow the Guardian on X', context: onGuardian, kind: 'promotion', domain: 'x.com' },
    { href: 'https://www.patreon.com/somesite', text: 'support us', context: onGuardian, kind: 'promotion', domain: 'patreon.com' },
    { href: 'https://news.example.com/newsletters/daily', text: 'Sign up', context: onGuardian, kind: 'promotion', domain: 'example.com' },
    { href: 'mailto:?subject=Article&body=https://example.com', text: 'E-mail', context: onGuardian, kind: 'promotion', domain: null },
    // other
    { href: 'mailto:redaction@example.com', text: 'écrivez-nous', context: onLemonde, kind: 'other', domain: null },
    { href: 'https://chatgpt.com/g/g-some-other-tool', text: 'a third-party tool', context: onArtia, kind: 'other', domain: 'chatgpt.com' },
    { href: 'https://www.example.org/about', text: 'an organisation', context: onGuardian, kind: 'other', domain: 'example.org' },
    { href: 'not a url', text: 'broken', context: onGuardian, kind: 'other', domain: null },
  ])('$href → $kind', ({ href, text, context, kind, domain }) => {
    expect(classifyLink(href, text, context)).toEqual({ href, text, kind, domain });
  });
});
