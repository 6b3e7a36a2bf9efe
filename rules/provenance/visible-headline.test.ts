import { describe, expect, test } from 'vitest';
import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import { makeSnapshot, metaTags } from '../../tests/helpers/make-snapshot';
import { decideProvenance } from './decide-provenance';
import { titleAffixes } from './title-parts';
import { visibleHeadline } from './visible-headline';

const decideTitleOf = (overrides: Partial<ArticleSnapshot>, pageDomain = 'example.org'): string | null =>
  decideProvenance(makeSnapshot(overrides), { retrievedAt: '2026-11-23T12:00:00Z', pageDomain }).title;

describe('the headline as the page shows it', () => {
  test.each<[string, Partial<ArticleSnapshot>, string, string]>([
    ['EN: site suffix on every title, the <h1> has none', {
      documentTitle: 'Harbour towns brace for the storm - Northern Ledger',
      meta: metaTags({ 'og:title': 'Harbour towns brace for the storm - Northern Ledger', 'og:site_name': 'Northern Ledger' }),
      headings: ['Harbour towns brace for the storm'],
    }, 'northernledger.co.uk', 'Harbour towns brace for the storm'],
    ['FR: nom du site en suffixe partout, le <h1> sans', {
      documentTitle: 'Le conseil municipal vote le budget | Le Courrier du Val',
      meta: metaTags({ 'og:title': 'Le conseil municipal vote le budget | Le Courrier du Val', 'og:site_name': 'Le Courrier du Val' }),
      headings: ['Le conseil municipal vote le budget'],
    }, 'courrierduval.fr', 'Le conseil municipal vote le budget'],
    ['EN: the <h1> worded differently from the SEO <title>', {
      documentTitle: 'How to watch the 21 best films of 2017 - Vox',
      meta: metaTags({ 'og:title': 'The 21 best movies of 2017', 'og:site_name': 'Vox' }),
      headings: ['The 21 best movies of 2017'],
    }, 'vox.com', 'The 21 best movies of 2017'],
    ['FR: le <h1> formulé autrement que le <title>', {
      documentTitle: 'Budget 2027 : le conseil municipal adopte le texte - Le Courrier du Val',
      headings: ['Le conseil municipal adopte le budget 2027'],
    }, 'courrierduval.fr', 'Le conseil municipal adopte le budget 2027'],
    ['EN: a blog name before the headline, the <h1> is the post', {
      documentTitle: 'Notes from the workshop - Why we moved to awk',
      headings: ['Why we moved to awk'],
    }, 'notes.example', 'Why we moved to awk'],
    ['FR: le nom du blog avant le titre, le <h1> est le billet', {
      documentTitle: 'Carnets de l’atelier - Pourquoi nous sommes passés à awk',
      headings: ['Pourquoi nous sommes passés à awk'],
    }, 'carnets.example', 'Pourquoi nous sommes passés à awk'],
    ['EN: a "(Published 2016)" aside the heading does not show', {
      documentTitle: 'How to see what the internet knows about you - The Daily Ledger',
      meta: metaTags({ 'og:title': 'How to see what the internet knows about you (Published 2016)' }),
      headings: ['How to see what the internet knows about you'],
    }, 'dailyledger.com', 'How to see what the internet knows about you'],
    ['EN: the author’s name and section glued on', {
      documentTitle: 'Tribes fearful over whale strandings | Ann Lee | Environment | The Ledger',
      meta: metaTags({ 'og:title': 'Tribes fearful over whale strandings | Ann Lee', 'og:site_name': 'The Ledger' }),
      headings: ['Tribes fearful over whale strandings'],
    }, 'ledger.example', 'Tribes fearful over whale strandings'],
    ['FR: le nom de l’auteur et la rubrique collés au titre', {
      documentTitle: 'Les pêcheurs inquiets des échouages de baleines | Jeanne Dupont | Environnement | Le Courrier',
      meta: metaTags({ 'og:title': 'Les pêcheurs inquiets des échouages de baleines | Jeanne Dupont', 'og:site_name': 'Le Courrier' }),
      headings: ['Les pêcheurs inquiets des échouages de baleines'],
    }, 'courrier.example', 'Les pêcheurs inquiets des échouages de baleines'],
    ['DE: site and date glued on with a dash', {
      documentTitle: 'Ukraine meldet Angriffe im Osten – DW – 13.06.2023',
      meta: metaTags({ 'og:site_name': 'DW' }),
      headings: ['Ukraine meldet Angriffe im Osten'],
    }, 'dw.com', 'Ukraine meldet Angriffe im Osten'],
    ['JA: site name after a colon, no spaces', {
      documentTitle: '新しい駅が開業:朝日新聞デジタル',
      headings: ['新しい駅が開業'],
    }, 'asahi.com', '新しい駅が開業'],
    ['EN: the <h1> worded like one part of a three-part title', {
      documentTitle: 'Harbourfox — Customize and make it your own — The most flexible browser on the Web — Harbour',
      meta: metaTags({ 'og:title': 'Harbourfox — Customize and make it your own — The most flexible browser on the Web', 'og:site_name': 'Harbour' }),
      headings: ['Make your Harbourfox your own'],
    }, 'harbour.example', 'Make your Harbourfox your own'],
    ['FR: le <h1> formulé comme une des parties du titre', {
      documentTitle: 'Vélo — Les pistes cyclables du centre rouvrent lundi — Tout savoir sur les travaux',
      headings: ['Lundi, les pistes cyclables du centre rouvrent'],
    }, 'courrierduval.fr', 'Lundi, les pistes cyclables du centre rouvrent'],
    ['EN: a header line is the headline Readability left a category glued to', {
      documentTitle: 'Get your frontend code covered | Code | Nicolas Perriault',
      readability: { title: 'Get your frontend code covered | Code', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null },
      textLines: [{ text: 'Get your frontend code covered', zone: 'header', hrefs: [] }],
    }, 'example.org', 'Get your frontend code covered'],
    ['FR: une ligne d’en-tête est le titre auquel Readability a laissé la rubrique', {
      documentTitle: 'Le marché couvert rouvre ses portes | Ville | Le Courrier du Val',
      readability: { title: 'Le marché couvert rouvre ses portes | Ville', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null },
      textLines: [{ text: 'Le marché couvert rouvre ses portes', zone: 'header', hrefs: [] }],
    }, 'courrierduval.fr', 'Le marché couvert rouvre ses portes'],
    ['EN: the site’s name with an outlet word after it is the site’s ("CBC News" for "CBC")', {
      documentTitle: 'Ottawa votes a new budget for the harbour | CBC News',
      meta: metaTags({ 'og:site_name': 'CBC' }),
    }, 'cbc.ca', 'Ottawa votes a new budget for the harbour'],
    ['FR: « Val Presse » pour un site nommé « Val »', {
      documentTitle: 'Le marché couvert rouvre ses portes - Val Presse',
      meta: metaTags({ 'og:site_name': 'Val' }),
    }, 'valinfo.fr', 'Le marché couvert rouvre ses portes'],
    ['DE: „Stadtbote Nachrichten“ für die Website „Stadtbote“', {
      documentTitle: 'Neue Regeln ab Montag | Stadtbote Nachrichten',
      meta: metaTags({ 'og:site_name': 'Stadtbote' }),
    }, 'sb-online.de', 'Neue Regeln ab Montag'],
    ['JA: the site after a full-width colon, no spaces', {
      documentTitle: '東京で大雪、交通に乱れ：朝日新聞デジタル',
      meta: metaTags({ 'og:site_name': '朝日新聞デジタル' }),
    }, 'asahi.com', '東京で大雪、交通に乱れ'],
    ['ZH: the site after a full-width bar', {
      documentTitle: '台风登陆广东，多地停课｜新华网',
      meta: metaTags({ 'og:site_name': '新华网' }),
    }, 'xinhuanet.com', '台风登陆广东，多地停课'],
    ['JA: a speaker before a full-width colon is part of the headline', {
      documentTitle: '首相：景気は回復に向かっている',
      meta: metaTags({ 'og:site_name': '朝日新聞デジタル' }),
    }, 'asahi.com', '首相：景気は回復に向かっている'],
    ['DE: jeder Titel nennt nur die Website, die Überschrift steht im <h1>', {
      documentTitle: 'Golem.de',
      meta: metaTags({ 'og:title': 'Golem.de', 'og:site_name': 'Golem.de' }),
      headings: ['Apple stellt neues iPhone vor'],
    }, 'golem.de', 'Apple stellt neues iPhone vor'],
    ['EN: every title is the site’s name alone, the headline is the <h1>', {
      documentTitle: 'Northern Ledger',
      meta: metaTags({ 'og:site_name': 'Northern Ledger' }),
      headings: ['Harbour towns brace for the storm'],
    }, 'northernledger.co.uk', 'Harbour towns brace for the storm'],
    ['FR: le titre n’est que le nom du site, le titre de l’article est le <h1>', {
      documentTitle: 'Le Courrier du Val',
      meta: metaTags({ 'og:site_name': 'Le Courrier du Val' }),
      headings: ['Le marché couvert rouvre ses portes'],
    }, 'courrierduval.fr', 'Le marché couvert rouvre ses portes'],
    ['EN: a headline in application-name does not make the titles the site’s name', {
      documentTitle: 'Harbour towns brace for the storm',
      meta: metaTags({ 'application-name': 'Harbour towns brace for the storm', 'og:site_name': 'Northern Ledger' }),
      headings: ['northern ledger back to home news', 'Harbour towns brace for the storm'],
    }, 'businessledger.example', 'Harbour towns brace for the storm'],
    ['FR: un titre en application-name ne fait pas des titres le nom du site', {
      documentTitle: 'Le marché couvert rouvre ses portes',
      meta: metaTags({ 'application-name': 'Le marché couvert rouvre ses portes', 'og:site_name': 'Le Courrier du Val' }),
      headings: ['le courrier du val retour à l’accueil actualités', 'Le marché couvert rouvre ses portes'],
    }, 'courrierduval.fr', 'Le marché couvert rouvre ses portes'],
    ['JA: the last step of a breadcrumb names the page; the steps before it, the site and its section', {
      documentTitle: '欲張りなイヌ ＜福娘童話集 きょうのイソップ童話＞',
      readability: { title: '欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null },
      textLines: [
        { text: '福娘童話集 > きょうのイソップ童話', zone: 'header', hrefs: [] },
        { text: '福娘童話集 > きょうのイソップ童話 > １月のイソップ童話 > 欲張りなイヌ', zone: 'header', hrefs: [] },
      ],
    }, 'example.org', '欲張りなイヌ'],
    ['EN: a breadcrumb’s last step, not its section, is the headline', {
      documentTitle: 'Harbour towns brace for the storm (Northern Ledger Weather News)',
      readability: { title: 'Harbour towns brace for the storm (Northern Ledger Weather News)', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null },
      textLines: [{ text: 'Home › Northern Ledger Weather News › Harbour towns brace for the storm', zone: 'header', hrefs: [] }],
    }, 'example.org', 'Harbour towns brace for the storm'],
    ['FR: le dernier maillon du fil d’Ariane, pas la rubrique', {
      documentTitle: 'Le marché couvert rouvre ses portes (Le Courrier du Val, rubrique Vie locale)',
      readability: { title: 'Le marché couvert rouvre ses portes (Le Courrier du Val, rubrique Vie locale)', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null },
      textLines: [{ text: 'Accueil > Le Courrier du Val, rubrique Vie locale > Le marché couvert rouvre ses portes', zone: 'header', hrefs: [] }],
    }, 'example.org', 'Le marché couvert rouvre ses portes'],
    ['EN: a blog and its platform after "@", the platform after the blog’s name', {
      documentTitle: 'Autumn maples at the camp (2) @ Steven’s Notes :: Blogplate ::',
      meta: metaTags({ 'og:site_name': 'Steven’s Notes' }),
    }, 'blogplate.example', 'Autumn maples at the camp (2)'],
    ['FR: un blog et sa plateforme après « @ »', {
      documentTitle: 'Les érables du camp en automne @ Carnets de Lise :: Blogplate ::',
      meta: metaTags({ 'og:site_name': 'Carnets de Lise' }),
    }, 'blogplate.example', 'Les érables du camp en automne'],
    ['EN: a permalink mark after the heading', {
      documentTitle: 'Evolve: Shared Mutable History — evolve docs',
      headings: ['Evolve: Shared Mutable History¶'],
    }, 'example.org', 'Evolve: Shared Mutable History'],
    ['FR: un signe de lien permanent après le titre', {
      documentTitle: 'Évoluer : un historique partagé et modifiable — documentation d’evolve',
      headings: ['Évoluer : un historique partagé et modifiable¶'],
    }, 'example.org', 'Évoluer : un historique partagé et modifiable'],
  ])('%s', (_label, snapshot, domain, headline) => {
    expect(decideTitleOf(snapshot, domain)).toBe(headline);
  });

  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['EN: a section label in <h1> is not the headline', {
      documentTitle: 'Opinion | Why third grade matters - The Ledger',
      meta: metaTags({ 'og:site_name': 'The Ledger' }),
      headings: ['Opinion'],
    }, 'Opinion | Why third grade matters'],
    ['FR: une rubrique en <h1> n’est pas le titre', {
      documentTitle: 'Tribune | Pourquoi le CE1 compte - Le Courrier du Val',
      meta: metaTags({ 'og:site_name': 'Le Courrier du Val' }),
      headings: ['Tribune'],
    }, 'Tribune | Pourquoi le CE1 compte'],
    ['EN: the site’s name in <h1> is not the headline', {
      documentTitle: 'Harbour towns brace for the storm | The Northern Ledger',
      meta: metaTags({ 'og:site_name': 'The Northern Ledger' }),
      headings: ['The Northern Ledger'],
    }, 'Harbour towns brace for the storm'],
    ['FR: le nom du site en <h1> n’est pas le titre', {
      documentTitle: 'Le conseil municipal vote le budget | Le Courrier du Val',
      meta: metaTags({ 'og:site_name': 'Le Courrier du Val' }),
      headings: ['Le Courrier du Val'],
    }, 'Le conseil municipal vote le budget'],
    ['EN: a blog name the <title> puts before the sharing title', {
      documentTitle: 'Bits or pieces?: A good enough map',
      meta: metaTags({ 'og:title': 'A good enough map' }),
      headings: ['Bits or pieces?'],
    }, 'A good enough map'],
    ['FR: le nom d’un blog que le <title> met avant le titre de partage', {
      documentTitle: 'Bouts de ficelle : Une carte assez bonne',
      meta: metaTags({ 'og:title': 'Une carte assez bonne' }),
      headings: ['Bouts de ficelle'],
    }, 'Une carte assez bonne'],
    ['EN: an <h1> unrelated to the titles', {
      documentTitle: 'Harbour towns brace for the storm - The Northern Ledger',
      meta: metaTags({ 'og:site_name': 'The Northern Ledger' }),
      headings: ['Newsletter'],
    }, 'Harbour towns brace for the storm'],
    ['FR: un <h1> sans rapport avec les titres', {
      documentTitle: 'Le conseil municipal vote le budget - Le Courrier du Val',
      meta: metaTags({ 'og:site_name': 'Le Courrier du Val' }),
      headings: ['Newsletter'],
    }, 'Le conseil municipal vote le budget'],
  ])('%s', (_label, snapshot, title) => {
    expect(decideTitleOf(snapshot)).toBe(title);
  });

  test.each<[string, string, string, string]>([
    ['EN', 'Friday Facts #282 - 0.17 in sight', 'Factorio', 'Factorio.com'],
    ['FR', 'Les nouvelles du vendredi n° 282 - la 0.17 en vue', 'Carnetdujeu', 'Carnetdujeu.fr'],
  ])('%s: the title names a domain-like site name without its ending ("Factorio" for "Factorio.com")', (_lang, headline, shortName, siteName) => {
    expect(decideTitleOf({
      documentTitle: `${headline} | ${shortName}`,
      meta: metaTags({ 'og:title': `${headline} | ${shortName}`, 'og:site_name': siteName }),
    }, 'example.invalid')).toBe(headline);
  });

  test('the chosen heading is in the evidence, as shown', () => {
    const decision = decideProvenance(makeSnapshot({ documentTitle: 'A storm is coming | Ledger', headings: ['A storm is coming'] }), { retrievedAt: '2026-11-23T12:00:00Z', pageDomain: 'ledger.example' });
    expect(decision.titleEvidence).toContainEqual({ origin: 'visible-text', key: 'h1', raw: 'A storm is coming', value: 'A storm is coming' });
  });
});

const line = (text: string, zone: 'header' | 'body' | 'footer'): ArticleSnapshot['textLines'][number] => ({ text, zone, hrefs: [] });

describe('the article’s <h1> right above its text, worded apart from every title', () => {
  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['EN: an SEO og:title, the display headline over the byline and the text', {
      meta: metaTags({ 'og:title': 'If You Can Picture A Tarot Card, It’s Because of These 3 People' }),
      headings: ['The Deck of Cards That Made Tarot A Global Phenomenon'],
      textLines: [line('The Deck of Cards That Made Tarot A Global Phenomenon', 'header'), line('By Ann Lee', 'header'), line('Picture a deck of tarot cards, 1909.', 'body')],
    }, 'The Deck of Cards That Made Tarot A Global Phenomenon'],
    ['FR: un og:title pour le référencement, le titre affiché au-dessus de l’article', {
      meta: metaTags({ 'og:title': 'Budget 2027 : ce qu’il faut retenir du vote' }),
      headings: ['Le conseil municipal adopte enfin son budget'],
      textLines: [line('Le conseil municipal adopte enfin son budget', 'header'), line('Par Jeanne Dupont', 'header'), line('Le vote a eu lieu mardi, 2026.', 'body')],
    }, 'Le conseil municipal adopte enfin son budget'],
    ['DE: ein SEO-Titel, die sichtbare Überschrift über dem Text', {
      meta: metaTags({ 'og:title': 'Haushalt 2027: Was Sie jetzt wissen müssen' }),
      headings: ['Der Stadtrat beschließt endlich den Haushalt'],
      textLines: [line('Der Stadtrat beschließt endlich den Haushalt', 'header'), line('Von Anna Schmidt', 'header'), line('Die Abstimmung fand am Dienstag statt, 2026.', 'body')],
    }, 'Der Stadtrat beschließt endlich den Haushalt'],
    ['EN: a logo heading that names the site is no headline', {
      meta: metaTags({ 'og:title': 'Harbour towns brace for the winter storm' }),
      headings: ['example back to example home news'],
      textLines: [line('example back to example home news', 'header'), line('The harbour closed on Tuesday, 2026.', 'body')],
    }, 'Harbour towns brace for the winter storm'],
    ['EN: a heading far from the text (a standfirst between) proves nothing', {
      meta: metaTags({ 'og:title': 'Harbour towns brace for the winter storm' }),
      headings: ['Recommended stories for you today'],
      textLines: [line('Recommended stories for you today', 'header'), line(`${'A long standfirst that says what the article is about. '.repeat(3)}`, 'header'), line('The harbour closed on Tuesday, 2026.', 'body')],
    }, 'Harbour towns brace for the winter storm'],
    ['EN: no text below it: a page of teasers', {
      meta: metaTags({ 'og:title': 'Harbour towns brace for the winter storm' }),
      headings: ['Latest news from the coast today'],
      textLines: [line('Latest news from the coast today', 'header'), line('By Ann Lee', 'footer')],
    }, 'Harbour towns brace for the winter storm'],
    ['FR: un <h1> de logo qui nomme le site n’est pas le titre', {
      meta: metaTags({ 'og:title': 'Les ports se préparent à la tempête d’hiver' }),
      headings: ['example retour à l’accueil actualités'],
      textLines: [line('example retour à l’accueil actualités', 'header'), line('Le port a fermé mardi, 2026.', 'body')],
    }, 'Les ports se préparent à la tempête d’hiver'],
    ['FR: un titre loin du texte (un chapeau entre les deux) ne prouve rien', {
      meta: metaTags({ 'og:title': 'Les ports se préparent à la tempête d’hiver' }),
      headings: ['Les articles recommandés pour vous aujourd’hui'],
      textLines: [
        line('Les articles recommandés pour vous aujourd’hui', 'header'),
        line(`${'Un long chapeau qui dit de quoi parle l’article et pourquoi. '.repeat(3)}`, 'header'),
        line('Le port a fermé mardi, 2026.', 'body'),
      ],
    }, 'Les ports se préparent à la tempête d’hiver'],
    ['FR: aucun texte dessous : une page de brèves', {
      meta: metaTags({ 'og:title': 'Les ports se préparent à la tempête d’hiver' }),
      headings: ['Les dernières nouvelles de la côte'],
      textLines: [line('Les dernières nouvelles de la côte', 'header'), line('Par Jeanne Dupont', 'footer')],
    }, 'Les ports se préparent à la tempête d’hiver'],
  ])('%s', (_label, overrides, title) => {
    expect(decideTitleOf(overrides)).toBe(title);
  });
});

describe('visibleHeadline', () => {
  test('no heading, no headline', () => {
    expect(visibleHeadline([], ['A storm is coming | Ledger'], [], null)).toBeNull();
  });

  test.each<[string, string, string]>([
    ['EN', 'Newsletter', 'A storm is coming'],
    ['FR', 'Lettre d’information', 'Une tempête approche'],
  ])('%s: the heading the titles confirm wins over the first one', (_lang, first, headline) => {
    expect(visibleHeadline([first, headline], [`${headline} | Ledger`], [], null)?.headline).toBe(headline);
  });
});

describe('titleAffixes', () => {
  test.each<[string, string, string[], string[]]>([
    ['EN prefix', 'Bits or pieces?: A good enough map', ['A good enough map'], ['Bits or pieces?']],
    ['FR suffix', 'Le conseil municipal vote le budget | Le Courrier du Val', ['Le conseil municipal vote le budget'], ['Le Courrier du Val']],
    ['both sides', 'Monde – Le budget est voté – Le Courrier', ['Le budget est voté'], ['Monde', 'Le Courrier']],
    ['a sharing title that is the site name teaches nothing', 'Le budget est voté - Le Courrier', ['Le Courrier'], []],
    ['same title', 'Le budget est voté', ['Le budget est voté'], []],
    ['EN suffix', 'Council votes the budget | The Valley Courier', ['Council votes the budget'], ['The Valley Courier']],
    ['FR prefix, a colon spaced as French writes it', 'Carnets de Lise : Pourquoi nous sommes passés à awk', ['Pourquoi nous sommes passés à awk'], ['Carnets de Lise']],
    ['EN, both sides', 'Politics – Council votes the budget – The Courier', ['Council votes the budget'], ['Politics', 'The Courier']],
    ['EN, a sharing title that is the site name teaches nothing', 'Council votes the budget - The Courier', ['The Courier'], []],
  ])('%s', (_label, documentTitle, titles, affixes) => {
    expect(titleAffixes(documentTitle, titles)).toEqual(affixes);
  });
});
