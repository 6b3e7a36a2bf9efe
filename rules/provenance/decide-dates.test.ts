import { describe, expect, test } from 'vitest';
import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import { headerLines, makeSnapshot } from '../../tests/helpers/make-snapshot';
import { dateCandidates } from './date-candidates';
import { decideDate } from './decide-dates';
import { indexJsonLd } from './json-ld-nodes';

const decided = (overrides: Partial<ArticleSnapshot>, role: 'published' | 'modified' = 'published'): string | null => {
  const snapshot = makeSnapshot(overrides);
  return decideDate(dateCandidates(snapshot, indexJsonLd(snapshot.jsonLd)), role).field.value;
};

describe('visible date lines', () => {
  test.each([
    ['Mar. 4, 2026, 9:30 PM UTC / Updated Mar. 5, 2026, 8:00 AM UTC', '2026-03-04T21:30:00Z', '2026-03-05T08:00:00Z'],
    ['April 2, 2026 at 6:15 pm Updated April 3, 2026 at 7:40 am', '2026-04-02T18:15:00', '2026-04-03T07:40:00'],
    ['14 novembre 2026 à 8 h 45 · mis à jour le 15 novembre 2026 à 10 h', '2026-11-14T08:45:00', '2026-11-15T10:00:00'],
    ['Jane Doe, Senior Political Correspondent at The Harbour Times · March 4, 2026 · Updated March 5, 2026', '2026-03-04', '2026-03-05'],
  ])('the date before an update label is the publication: %s', (line, published, modified) => {
    expect(decided({ textLines: headerLines(line) })).toBe(published);
    expect(decided({ textLines: headerLines(line) }, 'modified')).toBe(modified);
  });

  test.each([
    ['EN', 'Mar. 4, 2026, 9:30 PM UTC / Updated Mar. 5, 2026, 8:00 AM UTC', '2026-03-05T08:00:00Z', '2026-03-04T21:30:00Z'],
    ['FR', 'Publié le 14/11/2026 à 08:45 UTC, mis à jour le 15/11/2026 à 10:00 UTC', '2026-11-15T10:00:00Z', '2026-11-14T08:45:00Z'],
  ])('%s: metadata giving the labelled update as the publication yields to the labelled first date', (_label, line, metadata, published) => {
    const snapshot = { textLines: headerLines(line), meta: [{ key: 'article:published_time', content: metadata }] };
    expect(decided(snapshot)).toBe(published);
  });

  test.each([
    ['EN', 'Mar. 4, 2026, 9:30 PM UTC / Updated Mar. 5, 2026, 8:00 AM UTC', '2026-03-04T21:30:00Z'],
    ['FR', 'Publié le 14/11/2026 à 08:45 UTC, mis à jour le 15/11/2026 à 10:00 UTC', '2026-11-14T08:45:00Z'],
  ])('%s: metadata agreeing with the labelled first date keeps it', (_label, line, metadata) => {
    expect(decided({ textLines: headerLines(line), meta: [{ key: 'article:published_time', content: metadata }] })).toBe(metadata);
  });

  test.each([
    ['Posted by Ann Lee and Tom Ray on March 4, 2026', '2026-03-04'],
    ['Publié par la rédaction de Val-Matin le 4 mars 2026', '2026-03-04'],
    ['Published on Wednesday, March 4, 2026', '2026-03-04'],
  ])('a byline or a weekday may sit between the label and the date: %s', (line, value) => {
    expect(decided({ textLines: headerLines(line) })).toBe(value);
  });

  test.each([
    ['— Ann Lee (@annlee) March 4, 2026'],
    ['— Le Journal (@lejournal) 4 mars 2026'],
    ['A post shared by Ann Lee (@annlee) on Mar 4, 2026 at 9:02am PST'],
    ['Une publication partagée par Jeanne Roux le 4 mars 2026'],
  ])('an embedded post dates the post, not the page: %s', (line) => {
    expect(decided({ textLines: headerLines(line) })).toBeNull();
  });

  test.each([
    ['EN', '. 24 August 2021.'],
    ['FR', ', 24 août 2021.'],
  ])('%s: the end of a sentence split off by an inline box dates what it cites: %s', (_label, line) => {
    expect(decided({ textLines: [{ text: line, zone: 'body', hrefs: [] }] })).toBeNull();
  });

  test('a byline that gives a handle still dates the page', () => {
    expect(decided({ textLines: headerLines('Ann Lee (@annlee) Wed 4th March 2026 | 03:32 PM') })).toBe('2026-03-04T15:32:00');
  });

  test.each([
    ['^ Doe, Jane (May 2, 2019). "The band released its first record fifty years ago". Weekly Review. Retrieved March 4, 2021.'],
    ['^ Martin, Paul, ed. (2019) [first published in 1966]. A Short History of the Harbour Towns and their Trade. Retrieved 7 January 2021.'],
    ['Le groupe a publié son premier disque voici longtemps, réédité en vinyle le 4 mars 2021'],
  ])('a label word in prose does not date the page: %s', (line) => {
    expect(decided({ textLines: [{ text: line, zone: 'body', hrefs: [] }] })).toBeNull();
  });
});

describe('the site’s masthead date above the headline, the article’s below it', () => {
  const line = (text: string, zone: 'header' | 'body' | 'footer' = 'header'): ArticleSnapshot['textLines'][number] => ({ text, zone, hrefs: [] });
  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['EN: today’s date and clock in the masthead, the story’s day in its byline', {
      headings: ['Regulator asks funds to settle redemption cases'],
      textLines: headerLines('Wednesday, September 30, 2020 02:45 PM', 'Markets', 'Regulator asks funds to settle redemption cases', 'Ann Lee / Mumbai September 29, 2020'),
    }, '2020-09-29'],
    ['FR: la ville, la date et l’heure du bandeau, puis la ligne de la dépêche sous le titre', {
      headings: ['Le conseil municipal adopte le budget'],
      textLines: headerLines('Lyon, 22 novembre 2020. 18:20', 'Le conseil municipal adopte le budget', '22/11/2020 - 04:30 - Source : AFP'),
    }, '2020-11-22T04:30:00'],
    ['EN: a date above the headline alone is still the article’s', {
      headings: ['Harbour towns brace for the storm'],
      textLines: [line('Politics | March 4, 2026'), line('Harbour towns brace for the storm'), line('The storm is expected to reach the coast on Friday, forecasters said.', 'body')],
    }, '2026-03-04'],
  ])('%s', (_label, overrides, value) => {
    expect(decided(overrides)).toBe(value);
  });

  test.each<[string, string, string[]]>([
    ['EN: the same day under each story of a list after the article', 'April 15, 2020', ['Television', 'Ten shows to watch this week', 'Business', 'Rates held at two percent']],
    ['FR: le même jour sous chaque brève d’une liste', '15 avril 2020', ['Télévision', 'Dix séries à voir cette semaine', 'Économie', 'Les taux restent à deux pour cent']],
  ])('%s: a date shown under every item of a list is the list’s, not the article’s', (_label, date, titles) => {
    const textLines = titles.flatMap((title) => [line(title, 'body'), line(date, 'body')]);
    expect(decided({ textLines })).toBeNull();
  });
});

describe('the day in the address picks the article’s date line among other stories’', () => {
  test.each<[string, string, string[], string]>([
    ['EN: the story’s line under a slider of top stories', 'https://news.example.org/sites/annlee/2015/09/30/harbour-towns-brace', [
      'Feb 28, 2023, 12:00pm EST', 'Dec 28, 2022, 09:08am EST', 'Sep 8, 2022, 08:00am EDT', 'Sep 30, 2015, 11:12am EDT |',
    ], '2015-09-30T11:12:00-04:00'],
    ['FR: la ligne de l’article sous un carrousel d’autres articles', 'https://news.example.org/blogs/jeanne/2015/09/30/le-port-se-prepare', [
      '28 février 2023 à 12h00', '28 décembre 2022 à 09h08', '8 septembre 2022 à 08h00', '30 septembre 2015 à 11h12',
    ], '2015-09-30T11:12:00'],
  ])('%s', (_label, url, lines, value) => {
    expect(decided({ url, textLines: headerLines(...lines) })).toBe(value);
  });
});

describe('a meta line by the headline that opens with the date', () => {
  test.each<[string, string, string]>([
    ['EN: date, category and byline', 'February 23, 2016 / in Account-Based Sales & Marketing, Harbour Data / by Mark Emmons', '2016-02-23'],
    ['FR: date, rubrique et signature', '23 février 2016 / dans Économie et entreprises, Courrier du Val / par Jeanne Dupont', '2016-02-23'],
  ])('%s', (_label, text, value) => {
    expect(decided({ textLines: headerLines(text) })).toBe(value);
  });

  test.each<[string, string]>([
    ['EN: a long sentence that mentions a date', 'On February 23, 2016 the harbour board voted to close the northern pier for the winter, and the mayor agreed.'],
    ['FR: une longue phrase qui cite une date', 'Le 23 février 2016, le conseil du port a voté la fermeture de la jetée nord pour l’hiver, et le maire a suivi.'],
  ])('%s gives no date', (_label, text) => {
    expect(decided({ textLines: headerLines(text) })).toBeNull();
  });
});

describe('JSON-LD', () => {
  test.each(['VideoObject', 'AudioObject'])('an embedded %s is dated by its upload, not the article', (type) => {
    const jsonLd = [
      { '@type': type, uploadDate: '2026-03-05T01:00:00Z' },
      { '@type': 'NewsArticle', datePublished: '2026-03-03T22:00:00Z' },
    ];
    expect(decided({ jsonLd })).toBe('2026-03-03T22:00:00Z');
  });

  test.each<[string, unknown, string]>([
    ['a list of values', ['2026-03-04T09:30:00+01:00', '2026-03-06T10:00:00+01:00'], '2026-03-04T09:30:00+01:00'],
    ['a typed value', { '@value': '2026-03-04', '@type': 'Date' }, '2026-03-04'],
  ])('datePublished given as %s', (_case, datePublished, value) => {
    expect(decided({ jsonLd: [{ '@type': 'NewsArticle', datePublished }] })).toBe(value);
  });

  test('a page that is only a video is dated by its upload', () => {
    expect(decided({ jsonLd: [{ '@type': 'VideoObject', uploadDate: '2026-03-05T01:00:00Z' }] })).toBe('2026-03-05T01:00:00Z');
  });
});

describe('the local day a page shows beside a UTC instant', () => {
  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['evening in the Americas (EN)', {
      url: 'https://news.example.org/2026/03/04/harbour-vote',
      jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-03-05T03:10:00Z' }],
      timeElements: [{ datetime: null, text: 'March 4, 2026', hint: 'published' }],
    }, '2026-03-04'],
    ['just after midnight in Europe (FR)', {
      jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-11-14T23:30:00Z' }],
      microdata: [{ itemType: 'https://schema.org/NewsArticle', prop: 'datePublished', value: '15 novembre 2026', href: null }],
      textLines: headerLines('Dimanche 15 novembre 2026'),
    }, '2026-11-15'],
  ])('%s: the day readers saw', (_label, overrides, value) => {
    expect(decided(overrides)).toBe(value);
  });

  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['one source alone shows the other day', {
      jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-03-05T03:10:00Z' }],
      textLines: headerLines('March 4, 2026'),
    }, '2026-03-05T03:10:00Z'],
    ['the instant carries the page\'s own offset', {
      url: 'https://news.example.org/2026/03/04/harbour-vote',
      jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-03-05T03:10:00+01:00' }],
      textLines: headerLines('4 mars 2026'),
    }, '2026-03-05T03:10:00+01:00'],
    ['the page also shows the UTC day (FR)', {
      jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-03-05T03:10:00Z' }],
      textLines: headerLines('Publié le 5 mars 2026'),
      timeElements: [{ datetime: '2026-03-04', text: '4 mars 2026', hint: 'published related' }],
      url: 'https://news.example.org/2026/03/04/autre-article',
    }, '2026-03-05T03:10:00Z'],
    ['no time zone puts the instant on the day shown', {
      url: 'https://news.example.org/2026/03/03/harbour-vote',
      jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-03-04T16:00:00Z' }],
      textLines: headerLines('March 3, 2026'),
    }, '2026-03-04T16:00:00Z'],
  ])('UTC is kept when %s', (_label, overrides, value) => {
    expect(decided(overrides)).toBe(value);
  });
});

describe('meta tags', () => {
  test.each([
    ['date_published', '2026-03-04T09:30:00+01:00', '2026-03-04T09:30:00+01:00'],
    ['dc.date.publication', '2026-03-04', '2026-03-04'],
    ['originalpublicationdate', '2026/03/04 09:30:00', '2026-03-04T09:30:00'],
    ['shareaholic:article_published_time', '2026-03-04T09:30:00Z', '2026-03-04T09:30:00Z'],
    ['pdate', '20260304', '2026-03-04'],
    ['article:published_time', 'Wed Mar 4 09:30:00 2026', '2026-03-04T09:30:00'],
  ])('published from <meta name="%s">', (key, content, value) => {
    expect(decided({ meta: [{ key, content }] })).toBe(value);
  });

  test.each([
    ['article:modified', 'Thu Mar 05 2026 10:00:00 GMT+0100 (heure normale d’Europe centrale)', '2026-03-05T10:00:00+01:00'],
    ['og:article:modified_time', '2026-03-05T10:00:00+01:00', '2026-03-05T10:00:00+01:00'],
    ['article.updated', '2026-03-05', '2026-03-05'],
  ])('modified from <meta name="%s">', (key, content, value) => {
    expect(decided({ meta: [{ key, content }] }, 'modified')).toBe(value);
  });
});

describe('a metadata date later than the one day the page shows', () => {
  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['EN: a bare date line by the headline, the metadata restamped weeks later', {
      textLines: headerLines('Oct 15, 2025 · 18 min read'),
      meta: [{ key: 'article:published_time', content: '2025-12-11T14:28:34Z' }],
    }, '2025-10-15'],
    ['EN: a shown time, a meta date three days later', {
      textLines: headerLines('Apr 22, 2026 at 03:44 PM'),
      meta: [{ key: 'date', content: '2026-04-25T15:47:59Z' }],
    }, '2026-04-22T15:44:00'],
    ['FR: a labelled date line, the metadata a month later', {
      textLines: headerLines('Publié le 4 février 2026'),
      meta: [{ key: 'article:published_time', content: '2026-03-04T09:30:00+01:00' }],
    }, '2026-02-04'],
  ])('the shown day is the first appearance: %s', (_label, overrides, value) => {
    expect(decided(overrides)).toBe(value);
  });

  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['EN: the shown date is later (an update)', {
      textLines: headerLines('March 9, 2026'),
      meta: [{ key: 'article:published_time', content: '2026-03-04T09:30:00Z' }],
    }, '2026-03-04T09:30:00Z'],
    ['EN: two shown days (a list of stories)', {
      textLines: headerLines('March 1, 2026', 'February 20, 2026'),
      meta: [{ key: 'article:published_time', content: '2026-03-04T09:30:00Z' }],
    }, '2026-03-04T09:30:00Z'],
    ['FR: the shown day is the metadata\'s in another zone', {
      textLines: headerLines('3 mars 2026'),
      meta: [{ key: 'article:published_time', content: '2026-03-04T02:30:00Z' }],
    }, '2026-03-04T02:30:00Z'],
    ['FR: the article\'s own JSON-LD date stands against a lone shown day', {
      textLines: headerLines('9 août 2025 à 10:52'),
      jsonLd: [{ '@type': 'NewsArticle', datePublished: '2026-03-04T09:30:00+01:00' }],
    }, '2026-03-04T09:30:00+01:00'],
    ['EN: a shown day more than a year before is another story\'s', {
      textLines: headerLines('March 4, 2024'),
      meta: [{ key: 'article:published_time', content: '2026-03-04T09:30:00Z' }],
    }, '2026-03-04T09:30:00Z'],
  ])('the metadata stands when %s', (_label, overrides, value) => {
    expect(decided(overrides)).toBe(value);
  });
});

describe('dates in the address', () => {
  test.each([
    ['https://news.example.org/2026/03/04/harbour-vote', '2026-03-04'],
    ['https://news.example.org/politique/2026-03-04-le-budget-vote', '2026-03-04'],
    ['https://news.example.org/news/20260304/harbour-vote', '2026-03-04'],
    ['https://news.example.org/region/harbour-vote-20260304-a1b2c3-story.html', '2026-03-04'],
    ['https://news.example.org/actu/le-budget-vote_20260304.html', '2026-03-04'],
  ])('%s → %s', (url, value) => {
    expect(decided({ url })).toBe(value);
  });

  test.each([
    ['https://news.example.org/article/120260304120908039/harbour-vote'],
    ['https://news.example.org/photos/2026/03/gallery'],
    ['https://news.example.org/id/20261399/harbour-vote'],
  ])('no day in %s', (url) => {
    expect(decided({ url })).toBeNull();
  });

  const feedAddress = 'https://feeds.example.org/~/620721596/0/harbour-vote/';
  test.each<[string, Partial<ArticleSnapshot>, string | null]>([
    ['the canonical address', { relLinks: [{ rel: 'canonical', href: 'https://news.example.org/2026/03/04/harbour-vote', text: '' }] }, '2026-03-04'],
    ['og:url', { meta: [{ key: 'og:url', content: 'https://news.example.org/politique/2026-03-04-le-budget-vote' }] }, '2026-03-04'],
    ['a canonical address without a day', {
      relLinks: [{ rel: 'canonical', href: 'https://news.example.org/news/harbour-vote', text: '' }],
      meta: [{ key: 'og:url', content: 'https://news.example.org/2026/03/04/harbour-vote' }],
    }, null],
  ])('a page reached through an address without a day is dated by %s', (_label, overrides, value) => {
    expect(decided({ url: feedAddress, ...overrides })).toBe(value);
  });

  test('the address the page was read at wins over its canonical one', () => {
    const relLinks = [{ rel: 'canonical', href: 'https://news.example.org/2026/03/03/harbour-vote', text: '' }];
    expect(decided({ url: 'https://news.example.org/2026/03/04/harbour-vote', relLinks })).toBe('2026-03-04');
  });
});

describe('<time> elements of other items', () => {
  test.each<[string, ArticleSnapshot['timeElements'], string]>([
    ['teaser cards with a "meta" class (EN)', [
      { datetime: '2026-03-04T09:30:00-05:00', text: 'March 4, 2026', hint: 'story-date' },
      { datetime: '2026-02-27T13:15:00-05:00', text: 'Feb. 27', hint: 'card-date card-meta' },
      { datetime: '2026-02-28T10:00:00-05:00', text: 'Feb. 28', hint: 'card-date card-meta' },
    ], '2026-03-04T09:30:00-05:00'],
    ['comments below the article (FR)', [
      { datetime: '2026-03-04', text: '4 mars 2026', hint: 'date' },
      { datetime: '2026-03-09T08:00:00+01:00', text: 'le 9 mars', hint: 'comment__datetime comment-meta' },
      { datetime: '2026-03-10T08:00:00+01:00', text: 'le 10 mars', hint: 'comment__datetime comment-meta' },
    ], '2026-03-04'],
  ])('%s do not date the article', (_label, timeElements, value) => {
    expect(decided({ timeElements })).toBe(value);
  });

  test.each<[string, Partial<ArticleSnapshot>, string]>([
    ['EN: cards of other stories above the article, its date line by the headline', {
      timeElements: [
        { datetime: '2022-02-15T13:54', text: '02.15.22', hint: 'card-details__pub-date' },
        { datetime: '2021-11-15T23:44', text: '11.15.21', hint: 'card-details__pub-date' },
      ],
      textLines: headerLines('May 26, 2016, 10:14pm'),
    }, '2016-05-26T22:14:00'],
    ['FR: des vignettes d’autres articles au-dessus, la date sous le titre', {
      timeElements: [
        { datetime: '2022-02-15T13:54', text: '15/02/2022', hint: 'teaser-date' },
        { datetime: '2021-11-15T23:44', text: '15/11/2021', hint: 'teaser-date' },
      ],
      textLines: headerLines('26 mai 2016 à 22 h 14'),
    }, '2016-05-26T22:14:00'],
    ['EN: the teasers\' own date lines above the article do not crowd out its date line', {
      timeElements: [
        { datetime: null, text: '16/06/2026', hint: 'thumb-time' },
        { datetime: null, text: '05/06/2026', hint: 'thumb-time' },
      ],
      textLines: headerLines('Related videos', 'Ann Lee 16/06/2026', 'From the newsroom 05/06/2026', 'From the newsroom 21/05/2026', 'Tom Ray', '23/06/2026 4:45 pm'),
    }, '2026-06-23T16:45:00'],
    ['FR: les dates des vignettes n’évincent pas la ligne de date de l’article', {
      timeElements: [
        { datetime: null, text: '16/06/2026', hint: 'thumb-time' },
        { datetime: null, text: '05/06/2026', hint: 'thumb-time' },
      ],
      textLines: headerLines('Vidéos liées', 'Jeanne Roux 16/06/2026', 'Par la rédaction 05/06/2026', 'Par la rédaction 21/05/2026', 'Paul Martin', '23/06/2026 à 16 h 45'),
    }, '2026-06-23T16:45:00'],
    ['EN: a date line of a teaser\'s day at another minute is the article\'s own', {
      timeElements: [
        { datetime: null, text: '14/03/2026 20:38', hint: 'thumb-time' },
        { datetime: null, text: '14/03/2026 20:00', hint: 'thumb-time' },
      ],
      textLines: headerLines('14/03/2026 4:15 pm'),
    }, '2026-03-14T16:15:00'],
  ])('%s', (_label, overrides, value) => {
    expect(decided(overrides)).toBe(value);
  });
});

describe('a <time> takes the role of the words shown around it', () => {
  test.each<[string, Partial<ArticleSnapshot>]>([
    ['EN byline', {
      url: 'https://news.example.org/2026/03/04/harbour-vote',
      timeElements: [{ datetime: '2026-03-05T19:15:00+00:00', text: '', hint: 'c-byline__item c-byline' }],
      textLines: headerLines('By Ann Lee Updated Mar 5, 2026, 2:15pm EST'),
    }],
    ['FR meta', {
      url: 'https://news.example.org/2026/03/04/vote-du-budget',
      timeElements: [{ datetime: '2026-03-05T10:15:00', text: '5 mars 2026 à 10 h 15', hint: 'article-meta' }],
      textLines: headerLines('Mis à jour le 5 mars 2026 à 10 h 15'),
    }],
  ])('%s: the update shown is not the publication', (_label, overrides) => {
    expect(decided(overrides)).toBe('2026-03-04');
    expect(decided(overrides, 'modified')).not.toBeNull();
  });

  test('a class that names the publication keeps it, whatever label the page prints', () => {
    const overrides = {
      timeElements: [{ datetime: '2026-03-05T19:15:00Z', text: '', hint: 'date-published' }],
      textLines: headerLines('Updated 2:15 pm EST, Thursday, March 5, 2026'),
    };
    expect(decided(overrides)).toBe('2026-03-05T19:15:00Z');
  });
});
