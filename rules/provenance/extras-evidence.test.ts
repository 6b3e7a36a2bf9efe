import { describe, expect, test } from 'vitest';
import type { ArticleSnapshot, TextLine } from '../../snapshot/article-snapshot';
import { headerLines, makeSnapshot, metaTags } from '../../tests/helpers/make-snapshot';
import { decideProvenance } from './decide-provenance';

const publisherOf = (overrides: Partial<ArticleSnapshot>) =>
  decideProvenance(makeSnapshot(overrides), { retrievedAt: '2026-11-23T12:00:00Z', pageDomain: 'example.org' }).publisher;
const bodyLine = (text: string): TextLine => ({ text, zone: 'body', hrefs: [] });
const footerLink = (text: string, href: string): TextLine => ({ text, zone: 'footer', hrefs: [href] });

describe('correction notes only from text that is one', () => {
  test.each<[string, TextLine]>([
    ['EN: a footer link to the corrections page', footerLink('Corrections , opens new tab', 'https://example.org/corrections')],
    ['EN: a menu entry', footerLink('Corrections', 'https://example.org/corrections')],
    ['FR: un lien vers les rectificatifs', footerLink('Rectificatifs', 'https://example.org/rectificatifs')],
    ['FR: un lien « Erratum »', footerLink('Erratum', 'https://example.org/erratum')],
  ])('%s', (_label, line) => {
    expect(publisherOf({ textLines: [line] }).corrections).toEqual([]);
  });

  test.each<[string, string]>([
    ['EN', 'Correction: An earlier version of this article misstated the mayor’s name.'],
    ['EN, a dash', 'Editor’s note — This story was amended to remove a quotation.'],
    ['FR', 'Rectificatif : une précédente version de cet article indiquait une date erronée.'],
    ['FR, a newsroom’s note', 'Note de la rédaction : une précédente version de cet article comportait une erreur sur le montant.'],
    ['EN, a clarification', 'Clarification: This story has been updated to say the vote was on Tuesday.'],
    ['FR, a sentence about this article', 'Cet article a été modifié le 4 mars pour préciser le montant du budget.'],
    ['EN, a sentence about this story', 'This story was corrected on March 5 to fix the spelling of a name.'],
  ])('%s: a note is recorded', (_label, text) => {
    expect(publisherOf({ textLines: [bodyLine(text)] }).corrections).toEqual([text]);
  });
});

describe('wire credits only from bylines, datelines and credit lines', () => {
  test.each<[string, string]>([
    ['FR: une photo d’agence', 'Photo : Jean Dupont / AFP'],
    ['FR: crédits d’une image', 'Crédits : AFP'],
    ['EN: a photographer’s credit', 'JIM WATSON/AFP/Getty Images'],
    ['EN: a picture credit', 'Picture: Reuters'],
    ['EN: an agency photographer in a caption', 'The harbour at dawn. Ann Lee / Reuters'],
  ])('%s is no wire credit', (_label, line) => {
    expect(publisherOf({ textLines: headerLines(line) }).wireServices).toEqual([]);
  });

  test.each<[string, string, string[]]>([
    ['FR: une signature avec AFP', 'Par Louise Petit avec AFP', ['AFP']],
    ['FR: un chapeau daté', 'PARIS (AFP) — Des images satellites montrent un port désert depuis des semaines, selon plusieurs experts consultés.', ['AFP']],
    ['EN: a dateline', 'LONDON (Reuters) - Shares fell on Tuesday', ['Reuters']],
    ['DE: dpa after the byline’s name', 'Von Anna Schmidt, dpa', ['dpa']],
    ['EN: an agency after the byline’s name', 'By Ann Lee, Reuters', ['Reuters']],
    ['DE: dpa alone', 'dpa', ['dpa']],
    ['FR: une ligne de source', 'Source : AFP', ['AFP']],
    ['EN: a source line', 'Source: Reuters', ['Reuters']],
    ['FR: l’agence nommée après « avec l’agence »', 'Par Jeanne Dupont avec l’agence Reuters', ['Reuters']],
  ])('%s', (_label, line, services) => {
    expect(publisherOf({ textLines: headerLines(line) }).wireServices).toEqual(services);
  });
});

describe('a wire service in the byline is a co-author', () => {
  const decisionOf = (overrides: Partial<ArticleSnapshot>) =>
    decideProvenance(makeSnapshot(overrides), { retrievedAt: '2026-11-23T12:00:00Z', pageDomain: 'example.org' });

  test.each<[string, string, string[], string[]]>([
    ['FR: avec AFP', 'Par Louise Petit avec AFP', ['Louise Petit', 'AFP'], ['AFP']],
    ['EN: with Reuters', 'By Sam Carter with Reuters', ['Sam Carter', 'Reuters'], ['Reuters']],
    ['DE: dpa after the name', 'Von Anna Schmidt, dpa', ['Anna Schmidt', 'dpa'], ['dpa']],
    ['FR: l’agence seule signe', 'Par AFP', ['AFP'], ['AFP']],
    ['FR: avec l’agence', 'Par Jeanne Dupont avec l’agence Reuters', ['Jeanne Dupont', 'Reuters'], ['Reuters']],
    ['EN: the agency after a comma', 'By Ann Lee, Associated Press', ['Ann Lee', 'AP'], ['AP']],
    ['EN: with the agency', 'By Ann Lee with the Associated Press', ['Ann Lee', 'AP'], ['AP']],
    ['EN: the agency alone signs', 'By Reuters', ['Reuters'], ['Reuters']],
    ['FR: l’agence après une virgule', 'Par Jeanne Dupont, AFP', ['Jeanne Dupont', 'AFP'], ['AFP']],
    ['FR: « (avec AFP) » entre parenthèses', 'Par Jeanne Dupont (avec AFP)', ['Jeanne Dupont', 'AFP'], ['AFP']],
    ['EN: "(with Reuters)" in brackets', 'By Ann Lee (with Reuters)', ['Ann Lee', 'Reuters'], ['Reuters']],
  ])('%s', (_label, byline, names, services) => {
    const decision = decisionOf({ textLines: headerLines(byline) });
    expect(decision.author.names).toEqual(names);
    expect(decision.publisher.wireServices).toEqual(services);
  });

  test.each<[string, string]>([
    ['FR', 'Par Sébastien Farcis avec AFP'],
    ['EN', 'By Ann Lee with Reuters'],
  ])('%s: a related story’s byline credits no wire service to the article', (_label, teaser) => {
    const decision = decisionOf({
      meta: metaTags({ author: 'Louise Petit' }),
      bylineElements: [teaser, 'Par Paul Martin', 'Par Jeanne Roux', 'Par Hugo Blanc'].map((text) => ({ text, href: null, hint: 'teaser-author' })),
    });
    expect(decision.author.names).toEqual(['Louise Petit']);
    expect(decision.publisher.wireServices).toEqual([]);
  });
});

describe('policy pages only from links that name them, on the site itself', () => {
  const policiesOf = (text: string, href: string) => publisherOf({ pageLinks: [{ href, text }] }).policies;

  test.each<[string, string, string]>([
    ['EN: an article about a market correction', 'Stocks slide as markets brace for a correction', 'https://example.org/markets/2026/11/stocks-slide-as-markets-brace-for-a-correction'],
    ['FR: un article sur les ours bruns', 'Les ours bruns des Pyrénées', 'https://example.org/environnement/les-ours-bruns-des-pyrenees-sont-de-retour'],
    ['FR: la charte des commentaires', 'Charte des commentaires', 'https://example.org/charte-des-commentaires'],
    ['EN: another site’s corrections page', 'Corrections', 'https://other.example.com/corrections'],
    ['FR: la page des rectificatifs d’un autre site', 'Rectificatifs', 'https://autre.example.com/rectificatifs'],
    ['FR: un article sur une correction boursière', 'La Bourse de Paris craint une correction', 'https://example.org/economie/2026/11/la-bourse-de-paris-craint-une-correction'],
    ['EN: an article about a ship’s masthead', 'The masthead of a tall ship', 'https://example.org/travel/the-masthead-of-a-tall-ship'],
    ['EN: the community guidelines', 'Community guidelines', 'https://example.org/community-guidelines'],
  ])('%s', (_label, text, href) => {
    expect(policiesOf(text, href)).toEqual([]);
  });

  test.each<[string, string, string, string]>([
    ['EN: corrections', 'Corrections', 'https://example.org/corrections', 'corrections'],
    ['FR: l’ours', 'L’ours', 'https://example.org/l-ours', 'masthead'],
    ['FR: la charte de déontologie', 'Charte de déontologie', 'https://example.org/charte', 'ethics'],
    ['EN: a policy named only by its address', 'Read more', 'https://example.org/corrections-policy', 'corrections'],
    ['FR: une charte nommée par son adresse seule', 'En savoir plus', 'https://example.org/charte-de-deontologie', 'ethics'],
    ['FR: rectificatifs', 'Rectificatifs', 'https://example.org/rectificatifs', 'corrections'],
    ['EN: the masthead', 'Masthead', 'https://example.org/masthead', 'masthead'],
    ['EN: an ethics policy', 'Ethics policy', 'https://example.org/ethics', 'ethics'],
    ['EN: editorial standards', 'Editorial standards', 'https://example.org/editorial-standards', 'ethics'],
    ['FR: qui sommes-nous', 'Qui sommes-nous', 'https://example.org/qui-sommes-nous', 'about'],
    ['EN: about us', 'About us', 'https://example.org/about', 'about'],
  ])('%s', (_label, text, href, kind) => {
    expect(policiesOf(text, href)).toEqual([{ kind, href }]);
  });
});

describe('a publisher is never a section', () => {
  test.each<[string, Partial<ArticleSnapshot>, string | null]>([
    ['EN: a section in the title suffix', { documentTitle: 'Senate passes the budget | U.S.', meta: metaTags({ 'article:section': 'U.S.' }) }, null],
    ['FR: la rubrique en suffixe, le site en og:site_name', {
      documentTitle: 'Le budget est voté au Sénat après un long débat | Politique',
      meta: metaTags({ 'article:section': 'Politique', 'og:site_name': 'Le Courrier du Val' }),
    }, 'Le Courrier du Val'],
    ['EN: a site that files its stories under its own name', {
      documentTitle: 'Senate passes the budget',
      meta: metaTags({ 'article:section': 'Silicon Beat', 'og:site_name': 'SiliconBeat' }),
    }, 'SiliconBeat'],
    ['FR: la rubrique seule en suffixe', { documentTitle: 'Le budget est voté au Sénat | France', meta: metaTags({ 'article:section': 'France' }) }, null],
    ['EN: the section in the title suffix, the site in og:site_name', {
      documentTitle: 'Senate passes the budget after a long debate | Politics',
      meta: metaTags({ 'article:section': 'Politics', 'og:site_name': 'The Valley Courier' }),
    }, 'The Valley Courier'],
    ['FR: un site qui range ses articles sous son propre nom', {
      documentTitle: 'Le budget est voté',
      meta: metaTags({ 'article:section': 'Val Matin', 'og:site_name': 'ValMatin' }),
    }, 'ValMatin'],
  ])('%s', (_label, snapshot, name) => {
    expect(publisherOf(snapshot).name).toBe(name);
  });
});
