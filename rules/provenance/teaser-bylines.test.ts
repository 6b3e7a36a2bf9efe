import { describe, expect, test } from 'vitest';
import type { ArticleSnapshot, BylineElement } from '../../snapshot/article-snapshot';
import { headerLines, makeSnapshot } from '../../tests/helpers/make-snapshot';
import { cleanAuthorNames } from './clean-author-name';
import { classifyAuthor } from './classify-author';
import { decideProvenance } from './decide-provenance';

const authorsOf = (overrides: Partial<ArticleSnapshot>): string[] =>
  decideProvenance(makeSnapshot(overrides), { retrievedAt: '2026-11-23T12:00:00Z', pageDomain: 'example.org' }).author.names;

const teasers = (hint: string, names: readonly string[]): BylineElement[] => names.map((name) => ({ text: name, href: null, hint }));
const readabilityByline = (byline: string): ArticleSnapshot['readability'] => ({ title: null, byline, excerpt: null, siteName: null, publishedTime: null, lang: null });

describe('teaser bylines are never the page’s author', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: a section front, Readability picks one teaser', {
      bylineElements: teasers('story-byline', ['Tariq Panja', 'Shira Ovide', 'Pam Belluck', 'Linda Qiu']),
      readability: readabilityByline('Tariq Panja'),
    }, []],
    ['FR: une page d’accueil, des signatures de brèves', {
      bylineElements: teasers('td-post-author-name', ['Fabio Marcomin', 'Laura Lionti', 'Alice Colapietra', 'Andrea Urbano']),
      textLines: headerLines('Par Fabio Marcomin', 'Par Laura Lionti'),
    }, []],
    ['FR: la dépêche AFP, les signatures de « Sur le même sujet » en dessous', {
      microdata: [{ itemType: 'https://schema.org/NewsArticle', prop: 'author', value: 'AFP', href: null }],
      bylineElements: teasers('author', ['Par Sébastien Farcis', 'Par Laurence Defranoux', 'Par Juliette Deborde', 'Par Pierre Alonso']),
      textLines: headerLines('Par Sébastien Farcis'),
      readability: readabilityByline('Par Sébastien Farcis'),
    }, ['AFP']],
    ['EN: the article’s byline element stands beside a list of related stories by the same author', {
      bylineElements: [
        { text: 'James Akinaka', href: null, hint: 'byline' },
        ...teasers('author-attribution', ['James Akinaka • February 16', 'Henry Gilbert • February 15', 'Brian Linder • February 15', 'Bob Mackey • February 17']),
      ],
      readability: readabilityByline('James Akinaka'),
    }, ['James Akinaka']],
    ['FR: la signature de l’article à côté d’une liste d’articles liés de la même autrice', {
      bylineElements: [
        { text: 'Jeanne Dupont', href: null, hint: 'signature' },
        ...teasers('auteur-article-lie', ['Jeanne Dupont • 16 février', 'Paul Martin • 15 février', 'Claire Morel • 15 février', 'Hugo Blanc • 17 février']),
      ],
      readability: readabilityByline('Jeanne Dupont'),
    }, ['Jeanne Dupont']],
    ['FR: un lien d’auteur confirme l’autrice de l’article parmi les signatures liées', {
      relLinks: [{ rel: 'author', href: 'https://example.org/auteurs/jeanne-dupont', text: 'Jeanne Dupont' }],
      bylineElements: teasers('signature', ['Jeanne Dupont', 'Paul Martin', 'Claire Morel', 'Hugo Blanc']),
    }, ['Jeanne Dupont']],
    ['EN: an author link confirms the writer of the article among related bylines', {
      relLinks: [{ rel: 'author', href: 'https://example.org/writers/richard-eskow', text: 'Richard Eskow' }],
      bylineElements: teasers('byline', ['Richard Eskow', 'Anna Silman', 'Kasai Rex', 'Jenny Kutner']),
    }, ['Richard Eskow']],
    ['EN: a tag archive of two writers’ stories, each dated on its own day, with the name nested inside', {
      bylineElements: [
        ...teasers('td-author-date meta-info', ['Ann Lee - 31.05.2022', 'Bob Ray - 09.12.2021', 'Ann Lee - 16.09.2021', 'Ann Lee - 03.06.2021']),
        { text: 'Ann Lee -', href: null, hint: 'td-post-author-name td-author-date' },
      ],
      readability: readabilityByline('Ann Lee - 31.05.2022'),
    }, []],
    ['FR: une page de mot-clé, deux signatures datées de jours différents', {
      bylineElements: teasers('auteur-date', ['Par Jeanne Dupont, le 3 mars 2024', 'Par Paul Martin, le 28 février 2024', 'Par Jeanne Dupont, le 12 février 2024', 'Par Jeanne Dupont, le 2 janvier 2024']),
    }, []],
    ['DE: eine Schlagwortseite, zwei Autoren an vielen Tagen', {
      bylineElements: teasers('autor-datum', ['Von Anna Schmidt, 3. März 2024', 'Von Jonas Weber, 28. Februar 2024', 'Von Anna Schmidt, 12. Februar 2024', 'Von Anna Schmidt, 2. Januar 2024']),
    }, []],
    ['EN: a live blog’s entries by one writer on one day are the article’s byline', {
      bylineElements: teasers('entry-byline', ['Ann Lee · March 3, 2024 10:15', 'Ann Lee · March 3, 2024 11:40', 'Ann Lee · March 3, 2024 14:05', 'Ann Lee · March 3, 2024 16:30']),
    }, ['Ann Lee']],
    ['FR: les entrées d’un direct signées d’une seule journaliste le même jour sont la signature de l’article', {
      bylineElements: teasers('entree-direct-auteur', ['Jeanne Dupont · 3 mars 2024 10:15', 'Jeanne Dupont · 3 mars 2024 11:40', 'Jeanne Dupont · 3 mars 2024 14:05', 'Jeanne Dupont · 3 mars 2024 16:30']),
    }, ['Jeanne Dupont']],
    ['EN: two co-authors do not make a list', {
      bylineElements: teasers('byline-name', ['Ann Lee', 'Tom Ray']),
      textLines: headerLines('By Ann Lee and Tom Ray'),
    }, ['Ann Lee', 'Tom Ray']],
    ['FR: deux co-auteurs ne font pas une liste', {
      bylineElements: teasers('byline-name', ['Jeanne Dupont', 'Paul Martin']),
      textLines: headerLines('Par Jeanne Dupont et Paul Martin'),
    }, ['Jeanne Dupont', 'Paul Martin']],
  ])('%s', (_label, snapshot, names) => {
    expect(authorsOf(snapshot)).toEqual(names);
  });
});

describe('a person beats the site’s own name', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: the site as meta author, the reporter in the byline', {
      meta: [{ key: 'author', content: 'Deutsche Welle' }, { key: 'og:site_name', content: 'Deutsche Welle' }],
      bylineElements: [{ text: 'Roman Goncharenko', href: null, hint: 'author' }],
    }, ['Roman Goncharenko']],
    ['FR: le site comme auteur JSON-LD, la journaliste dans la signature', {
      jsonLd: [{ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Le Courrier du Val' } }],
      meta: [{ key: 'og:site_name', content: 'Le Courrier du Val' }],
      textLines: headerLines('Par Jeanne Dupont'),
    }, ['Jeanne Dupont']],
    ['FR: le site seul, faute de personne', {
      meta: [{ key: 'author', content: 'Le Courrier du Val' }, { key: 'og:site_name', content: 'Le Courrier du Val' }],
    }, ['Le Courrier du Val']],
    ['EN: the site alone, when no person is credited', {
      meta: [{ key: 'author', content: 'The Valley Courier' }, { key: 'og:site_name', content: 'The Valley Courier' }],
    }, ['The Valley Courier']],
  ])('%s', (_label, snapshot, names) => {
    expect(authorsOf(snapshot)).toEqual(names);
  });
});

describe('a byline naming the domain is the site’s', () => {
  test.each<[string, string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: the blog platform’s profile named for the domain, the writer in the description', 'googleblog.com', {
      relLinks: [{ rel: 'author', href: 'https://www.blogger.com/profile/1', text: 'Google' }],
      meta: [{ key: 'og:description', content: 'Posted by Brian Stevens, Vice President, Google Cloud    As we officially move into the Google Cloud era' }],
    }, ['Brian Stevens']],
    ['FR: le nom de domaine en méta auteur, la journaliste dans la signature', 'courrierduval.fr', {
      meta: [{ key: 'author', content: 'COURRIERDUVAL' }],
      bylineElements: [{ text: 'Jeanne Dupont', href: null, hint: 'author-name' }],
    }, ['Jeanne Dupont']],
    ['DE: die Domain allein, ohne Person', 'stadtbote.de', { meta: [{ key: 'author', content: 'stadtbote.de' }] }, ['stadtbote.de']],
  ])('%s', (_label, pageDomain, snapshot, names) => {
    expect(decideProvenance(makeSnapshot(snapshot), { retrievedAt: '2026-11-23T12:00:00Z', pageDomain }).author.names).toEqual(names);
  });
});

describe('a person beats a desk or an account', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: the CMS account in JSON-LD, the reporter by the headline', {
      jsonLd: [{ '@type': 'Article', author: { '@type': 'Person', name: 'Online News Editor' } }],
      bylineElements: [{ text: 'Online News Editor', href: null, hint: 'single-author' }],
      textLines: headerLines('By Cristina Alonso'),
    }, ['Cristina Alonso']],
    ['FR: « La Rédaction » en méta, la journaliste dans la signature', {
      meta: [{ key: 'author', content: 'La Rédaction' }],
      textLines: headerLines('Par Jeanne Dupont'),
    }, ['Jeanne Dupont']],
    ['DE: „Redaktion“ im JSON-LD, die Autorin in der Autorenzeile', {
      jsonLd: [{ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Redaktion' } }],
      textLines: headerLines('Von Anna Schmidt'),
    }, ['Anna Schmidt']],
    ['EN: Readability’s guess at a comment form’s label is no person', {
      meta: [{ key: 'author', content: 'admin' }],
      readability: readabilityByline('Please enter your name here'),
    }, ['admin']],
    ['FR: l’étiquette d’un formulaire de commentaire devinée par Readability n’est personne', {
      meta: [{ key: 'author', content: 'admin' }],
      readability: readabilityByline('Saisissez votre nom ici'),
    }, ['admin']],
    ['FR: un encadré biographique sous l’article ne détrône pas la signature affichée', {
      jsonLd: [{ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'La Rédaction' } }],
      bylineElements: [{ text: 'Jeanne Dupont · Jeanne Dupont', href: null, hint: 'author-mini-bio' }],
    }, ['La Rédaction']],
    ['EN: a bio box below the article does not unseat the byline the page shows', {
      jsonLd: [{ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Ars Staff' } }],
      bylineElements: [{ text: 'Chris Walker · Chris Walker', href: null, hint: 'author-mini-bio' }],
    }, ['Ars Staff']],
  ])('%s', (_label, snapshot, names) => {
    expect(authorsOf(snapshot)).toEqual(names);
  });
});

describe('a byline opening the page’s description', () => {
  test.each<[string, string, string[]]>([
    ['EN: a blog post that opens with its byline and role', 'Posted by Andrew Hayden, Software Engineer on Google Play    Android users are downloading', ['Andrew Hayden']],
    ['FR: un billet qui s’ouvre sur sa signature', 'Par Jeanne Dupont. Le conseil municipal a voté mardi le budget', ['Jeanne Dupont']],
    ['DE: ein Beitrag, der mit der Autorenzeile beginnt', 'Von Anna Schmidt, Korrespondentin in Berlin. Die Regierung hat', ['Anna Schmidt']],
    ['EN: "By" opening a sentence names no one', 'By Christmas, shoppers had spent more than ever', []],
    ['EN: nor does a long run of capitalised words', 'By The Time The Storm Reached The Coast Everyone Had Left', []],
    ['EN: nor a sentence that opens with "By" and two capitalised words', 'By Election Day, voters had heard every argument twice', []],
    ['FR: ni une phrase qui commence par « Par »', 'Par Temps de canicule, les communes ouvrent leurs salles', []],
  ])('%s', (_label, description, names) => {
    expect(authorsOf({ meta: [{ key: 'description', content: description }] })).toEqual(names);
  });
});

describe('an editor is no author', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: meta author is the editor the page credits', {
      meta: [{ key: 'author', content: 'Betsy Beyer' }],
      textLines: headerLines('Written by Rob Ewaschuk', 'Edited by Betsy Beyer'),
    }, ['Rob Ewaschuk']],
    ['FR: l’auteur meta est l’éditeur crédité en pied d’article', {
      meta: [{ key: 'author', content: 'Paul Roux' }],
      textLines: [...headerLines('Par Anne Martin'), { text: 'Édition : Paul Roux', zone: 'footer', hrefs: [] }],
    }, ['Anne Martin']],
    ['ZH: the responsible editor in meta author, with a desk prefix, and no writer', {
      meta: [{ key: 'author', content: '青网校园崔宁宁' }],
      textLines: [{ text: '责任编辑：崔宁宁', zone: 'footer', hrefs: [] }],
    }, []],
    ['EN: an editor credit elsewhere does not touch another name', {
      meta: [{ key: 'author', content: 'Ann Lee' }],
      textLines: headerLines('Editor: Bob Ray'),
    }, ['Ann Lee']],
    ['FR: un éditeur crédité ailleurs ne touche pas un autre nom', {
      meta: [{ key: 'author', content: 'Jeanne Dupont' }],
      textLines: headerLines('Édition : Paul Roux'),
    }, ['Jeanne Dupont']],
    ['EN: meta author is the editor credited at the foot of the article', {
      meta: [{ key: 'author', content: 'Bob Ray' }],
      textLines: [...headerLines('By Ann Lee'), { text: 'Edited by Bob Ray', zone: 'footer', hrefs: [] }],
    }, ['Ann Lee']],
    ['FR: l’auteur meta est l’éditeur que la page crédite', {
      meta: [{ key: 'author', content: 'Paul Roux' }],
      textLines: headerLines('Rédigé par Jeanne Dupont', 'Édité par Paul Roux'),
    }, ['Jeanne Dupont']],
  ])('%s', (_label, snapshot, names) => {
    expect(authorsOf(snapshot)).toEqual(names);
  });
});

describe('a social post’s author from its title', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: "Name (@handle) on X"', { meta: [{ key: 'og:title', content: 'SmartUA (@UaSmart) on X' }] }, ['SmartUA']],
    ['FR: « Nom (@compte) • Instagram »', { documentTitle: 'Jeanne Dupont (@jeannedupont) • Photos et vidéos Instagram' }, ['Jeanne Dupont']],
    ['EN: a display name kept as the account wrote it', { meta: [{ key: 'og:title', content: '#!/kiko/beats (@Kikobeats) on X' }] }, ['#!/kiko/beats']],
    ['EN: a handle inside a headline names no author', { documentTitle: 'Why the mayor (@mayor) quit the platform' }, []],
    ['FR: un pseudonyme au milieu d’un titre ne nomme aucun auteur', { documentTitle: 'Pourquoi la maire (@maire) a quitté la plateforme' }, []],
    ['FR: un nom affiché gardé tel que le compte l’écrit', { meta: [{ key: 'og:title', content: 'Lise ✿ Carnets (@lisecarnets) sur X' }] }, ['Lise ✿ Carnets']],
    ['EN: "Name (@handle) • Instagram"', { documentTitle: 'Ann Lee (@annlee) • Instagram photos and videos' }, ['Ann Lee']],
  ])('%s', (_label, snapshot, names) => {
    expect(authorsOf(snapshot)).toEqual(names);
  });
});

describe('the site’s own byline with words glued on', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['ZH: a blog’s name as meta author and in a byline with its platform glued on', {
      meta: [{ key: 'author', content: '史蒂文的家' }, { key: 'og:site_name', content: '史蒂文的家' }],
      bylineElements: [{ text: '史蒂文的家 發表在 痞客邦', href: null, hint: 'author' }, { text: '人氣', href: null, hint: 'author-views' }],
    }, ['史蒂文的家']],
    ['FR: le nom du blog comme auteur, suivi du nom de la plateforme', {
      meta: [{ key: 'author', content: 'Carnets de Lise' }, { key: 'og:site_name', content: 'Carnets de Lise' }],
      bylineElements: [{ text: 'Carnets de Lise sur Blogplate', href: null, hint: 'author' }],
    }, ['Carnets de Lise']],
    ['EN: the blog’s name as author, then the platform’s name', {
      meta: [{ key: 'author', content: 'Harbour Notes' }, { key: 'og:site_name', content: 'Harbour Notes' }],
      bylineElements: [{ text: 'Harbour Notes on Blogplate', href: null, hint: 'author' }],
    }, ['Harbour Notes']],
  ])('%s', (_label, snapshot, names) => {
    expect(authorsOf(snapshot)).toEqual(names);
  });
});

describe('lines that are not bylines', () => {
  test.each<[string, string]>([
    ['EN: an update label', 'Last Updated: January 7, 2025'],
    ['FR: une date de mise à jour', 'Dernière mise à jour le 7 janvier 2025'],
    ['EN: a photograph credit', 'Photograph by Tyrone Turner'],
    ['EN: a video credit', 'Video by Ann Lee'],
    ['FR: une vidéo', 'Vidéo : Jeanne Dupont'],
    ['FR: une illustration', 'Illustration par Paul Martin'],
    ['FR: une infographie', 'Infographie : Le Courrier'],
    ['EN: an illustration', 'Illustration by Paul Martin'],
    ['EN: a graphic', 'Graphic: The Valley Courier'],
    ['FR: une photo', 'Photo : Jeanne Dupont'],
  ])('%s', (_label, raw) => {
    expect(cleanAuthorNames(raw)).toEqual([]);
  });

  test.each<[string, string]>([
    ['EN', 'Organization for Transformative Works'],
    ['FR', 'Organisation des Nations unies'],
  ])('%s: an organisation is not a person', (_label, name) => {
    expect(classifyAuthor(name)).toBe('organisation');
  });
});

describe('Readability’s byline guess that is a phrase names no one', () => {
  test.each<[string, string, string[]]>([
    ['EN: a sign-up form’s label', 'Or sign up using:', []],
    ['FR: le libellé d’un formulaire d’inscription', 'Ou inscrivez-vous avec :', []],
    ['EN: a byline it read right', 'By Ann Lee', ['Ann Lee']],
    ['FR: une signature bien lue', 'Par Jeanne Dupont', ['Jeanne Dupont']],
  ])('%s', (_label, byline, names) => {
    expect(authorsOf({ readability: readabilityByline(byline) })).toEqual(names);
  });
});

const footerLines = (...texts: string[]): ArticleSnapshot['textLines'] => texts.map((text) => ({ text, zone: 'footer', hrefs: [] }));
const bodyLines = (...texts: string[]): ArticleSnapshot['textLines'] => texts.map((text) => ({ text, zone: 'body', hrefs: [] }));

describe('the one byline above the article, the list of related bylines below it', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: the headline’s byline, then related stories each with its own', {
      textLines: [...headerLines('By Ann Lee'), ...bodyLines('The council voted on Tuesday, 2024.'), ...footerLines('By Tom Ray', 'By Sara Kim', 'By Joe Park', 'By Eva Holt')],
    }, ['Ann Lee']],
    ['FR: la signature sous le titre, puis « Sur le même sujet »', {
      textLines: [...headerLines('Par Jeanne Dupont'), ...bodyLines('Le conseil a voté mardi, 2024.'), ...footerLines('Par Paul Martin', 'Par Louise Petit', 'Par Marc Roux', 'Par Anne Blanc')],
    }, ['Jeanne Dupont']],
    ['DE: die Autorzeile unter der Überschrift, darunter weitere Artikel', {
      textLines: [...headerLines('Von Anna Schmidt'), ...bodyLines('Der Rat stimmte am Dienstag ab, 2024.'), ...footerLines('Von Jonas Weber', 'Von Lena Vogel', 'Von Paul Kühn', 'Von Eva Roth')],
    }, ['Anna Schmidt']],
    ['EN: a section front with no article text: the first teaser’s byline is no author', {
      textLines: [...headerLines('By Ann Lee'), ...footerLines('By Tom Ray', 'By Sara Kim', 'By Joe Park', 'By Eva Holt')],
    }, []],
    ['FR: deux signatures différentes au-dessus de la liste: rien ne dit laquelle est l’article', {
      textLines: [...headerLines('Par Jeanne Dupont', 'Par Paul Martin'), ...bodyLines('Le conseil a voté mardi, 2024.'), ...footerLines('Par Louise Petit', 'Par Marc Roux', 'Par Anne Blanc', 'Par Luc Noir')],
    }, []],
  ])('%s', (_name, overrides, names) => {
    expect(authorsOf(overrides)).toEqual(names);
  });
});

describe('a job title in a byline element is no second author', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: name and role in one box, the role in its own element', {
      bylineElements: [
        { text: 'Stu Jackson · Senior Staff Writer', href: null, hint: 'article-byline' },
        { text: 'Stu Jackson', href: null, hint: 'author-name' },
        { text: 'Senior Staff Writer', href: null, hint: 'author-role' },
      ],
    }, ['Stu Jackson']],
    ['FR: le nom et la fonction, chacun dans son élément', {
      bylineElements: [
        { text: 'Claire Morel · Envoyée spéciale', href: null, hint: 'signature' },
        { text: 'Claire Morel', href: null, hint: 'auteur-nom' },
        { text: 'Envoyée spéciale', href: null, hint: 'auteur-fonction' },
      ],
    }, ['Claire Morel']],
  ])('%s', (_name, overrides, names) => {
    expect(authorsOf(overrides)).toEqual(names);
  });
});

describe('a handle given as author is the name written before it', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: meta author is the handle the byline shows', {
      meta: [{ key: 'author', content: 'devindra' }],
      textLines: headerLines('By Devindra Hardawar @devindra'),
    }, ['Devindra Hardawar']],
    ['FR: le pseudonyme entre parenthèses', {
      meta: [{ key: 'author', content: 'jdupont' }],
      textLines: headerLines('Par Jeanne Dupont (@jdupont)'),
    }, ['Jeanne Dupont']],
    ['EN: a handle no byline shows stays as written', {
      meta: [{ key: 'author', content: 'devindra' }],
    }, ['devindra']],
    ['FR: un pseudonyme qu’aucune signature ne montre reste tel quel', {
      meta: [{ key: 'author', content: 'jdupont' }],
    }, ['jdupont']],
  ])('%s', (_name, overrides, names) => {
    expect(authorsOf(overrides)).toEqual(names);
  });
});

describe('a writer’s own site: the footer’s copyright holder does not make the byline the site’s', () => {
  test.each<[string, Partial<ArticleSnapshot>, string[]]>([
    ['EN: a newsletter, its writer in the byline and the copyright line; a recommended writer below', {
      textLines: [
        ...headerLines('By Simon Sarris'),
        ...bodyLines('The most precious resource is agency, 2024.'),
        { text: '© 2024 Simon Sarris', zone: 'footer', hrefs: [] },
      ],
      bylineElements: [{ text: 'Ana Fabrega', href: null, hint: 'profile-author' }],
    }, ['Simon Sarris']],
    ['FR: la lettre d’une journaliste, son nom dans la signature et le copyright', {
      textLines: [
        ...headerLines('Par Jeanne Dupont'),
        ...bodyLines('Le temps est la ressource la plus précieuse, 2024.'),
        { text: '© 2024 Jeanne Dupont', zone: 'footer', hrefs: [] },
      ],
      bylineElements: [{ text: 'Paul Martin', href: null, hint: 'profile-author' }],
    }, ['Jeanne Dupont']],
  ])('%s', (_name, overrides, names) => {
    expect(authorsOf(overrides)).toEqual(names);
  });
});
