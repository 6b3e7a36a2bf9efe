/** What the fixture articles say about themselves, as a careful reader would read them. */
export interface ArticleFixture {
  /** Path under e2e/fixtures/, also the path it is served at. */
  path: string;
  title: string;
  author: string;
  published: string;
  modified: string;
  /** The times as the popup must show them, whatever the UI language. */
  publishedTime: string;
  modifiedTime: string;
  publisher: string;
  /**
   * Passages written to be flagged: a quote from an unnamed official, a vague attribution.
   * Their figures are not: both articles credit named bodies, where a figure's source usually is.
   */
  weakPassages: string[];
}

export const ENGLISH_ARTICLE: ArticleFixture = {
  path: 'en/flood-barrier.html',
  title: 'Riverside council approves £18m flood barrier after two-year delay',
  author: 'Margaret Okafor',
  published: '2026-03-14T08:30:00+00:00',
  modified: '2026-03-14T16:05:00+00:00',
  publishedTime: '08:30',
  modifiedTime: '16:05',
  publisher: 'The Harbour Gazette',
  weakPassages: [
    'The modelling was never shown to the full council',
    'Experts say the barrier could cut the risk',
  ],
};

export const FRENCH_ARTICLE: ArticleFixture = {
  path: 'fr/centrale-solaire.html',
  title: 'À Saint-Aubin-sur-Loire, la centrale solaire divise les habitants',
  author: 'Camille Durand',
  published: '2026-02-05T07:15:00+01:00',
  modified: '2026-02-06T11:40:00+01:00',
  publishedTime: '07:15',
  modifiedTime: '11:40',
  publisher: "Le Courrier de l'Estuaire",
  weakPassages: [
    'Le dossier était bouclé avant même la première réunion publique',
    'Des rapports indiquent que la centrale pourrait alimenter',
  ],
};

/** A home page with a search form and a list of headlines: not an article. */
export const HOME_PAGE = 'home.html';

/** The element holding each article's body text, whose markup the marks must give back intact. */
export const ARTICLE_BODY_SELECTOR = '.article-body';

/** A story signed by a news agency alone: wire copy. */
export const WIRE_STORY = 'en/wire-story.html';

/** An article labelled « En partenariat avec … » under its headline: sponsored content. */
export const SPONSORED_PAGE = 'fr/contenu-sponsorise.html';

/**
 * The sites the fixtures say they belong to (their canonical addresses): served under
 * these names, a fixture is on its own site, as a reader would meet it, and is not
 * taken for a copy of another page. Browsers resolve them to the loopback server.
 */
export const FIXTURE_HOSTS = { en: 'www.harbourgazette.co.uk', fr: 'www.courrier-estuaire.fr' } as const;

/** A fixture's address under its own site's name, on the port of the server at `origin`. */
export function fixtureUrlOnItsSite(origin: string, path: string): string {
  const host = path.startsWith('fr/') ? FIXTURE_HOSTS.fr : FIXTURE_HOSTS.en;
  const url = new URL(path, `${origin}/`);
  url.hostname = host;
  return url.href;
}

/** A rate-decision story whose every claim is credited to a named person, body or document. */
export const WELL_SOURCED_STORY = {
  path: 'en/wire-rate-decision.html',
  /** Sources the popup must list by name. */
  namedSources: ['Jerome Powell', 'Bureau of Labor Statistics', 'Lisa Moreno', 'Ruth Adeyemi'],
};

/** A short French brief with no metadata at all, built on rumours, unnamed witnesses and the conditional. */
export const RUMOUR_BRIEF = {
  path: 'fr/breve-usine-rumeurs.html',
  weakPassages: ['Selon plusieurs sources', 'Des rapports indiquent', 'confie un salarié', "D'après des habitants du quartier"],
};
