import { describe, expect, test } from 'vitest';
import type { Source } from '../../report/schema';
import { enLexicon } from '../../languages/en/sourcing';
import { readCarried } from './carried-kind';
import { compileLexicon } from './compiled-lexicon';
import { sourceInventory, type ArticleNames, type PlacedFullName, type PlacedMention } from './source-inventory';
import type { Speaker } from './speakers';

function mention(position: number, speaker: Partial<Speaker> & Pick<Speaker, 'kind'>, justified = false): PlacedMention {
  const full: Speaker = { name: null, description: null, role: null, bare: false, start: 0, end: 1, ...speaker };
  const words = full.name ?? full.description ?? 'he';
  return { speaker: full, passage: { exact: `${words} said`, prefix: String(position), suffix: '' }, position, links: [], justified };
}

/** An article's names and words beyond its mentions: none, and the English pronouns and spokesperson nouns. */
const EN = compileLexicon(enLexicon);
const NAMES: ArticleNames = { fullNames: [], properWords: new Set(), bodyHeads: new Set(), sentenceSubjects: [], pronounWords: EN, readCarried: (description) => readCarried(description, EN) };

/** A full name found in the text, as fullNamesIn gives it. */
const found = (name: string, { titled = false, opensSentence = false, position = 0, start = 0, sentence = name } = {}): PlacedFullName => ({ name, titled, opensSentence, start, position, sentence, paragraphEnd: position + sentence.length });

const NYSSEN = 'Before she became culture minister, Sue Gray ran the publisher Acme Books.';

const summary = (sources: readonly Source[]): string[] =>
  sources.map((source) => `${source.kind}:${source.name ?? source.description ?? ''}${source.role === null ? '' : ` [${source.role}]`} ×${source.passages.length}`);

describe('source inventory', () => {
  test.each<[string, PlacedMention[], PlacedFullName[], string[]]>([
    [
      'one person however named, the fullest name kept',
      [mention(0, { kind: 'person', name: 'Powell', bare: true }), mention(10, { kind: 'person', name: 'Jerome Powell', role: 'Fed chair' }), mention(20, { kind: 'organisation', name: 'Powell', bare: true })],
      [],
      ['person:Jerome Powell [Fed chair] ×3'],
    ],
    [
      'a one-word name for an outlet or a body credited in full keeps its kind',
      [mention(0, { kind: 'media', name: 'New York Times' }), mention(10, { kind: 'organisation', name: 'Times', bare: true })],
      [found('New York Times')],
      ['media:New York Times ×2'],
    ],
    [
      'a longer name that does not hold the shorter one does not replace it',
      [mention(0, { kind: 'person', name: 'Eric Yuan' }), mention(10, { kind: 'person', name: 'LinkedinEric S. Yuan' })],
      [],
      ['person:Eric Yuan ×2'],
    ],
    [
      'the fullest name brings its kind',
      [mention(0, { kind: 'organisation', name: 'Treasury' }), mention(5, { kind: 'document', name: 'data compiled by the Treasury Department' })],
      [],
      ['document:data compiled by the Treasury Department ×2'],
    ],
    [
      'a body and its acronym',
      [mention(0, { kind: 'organisation', name: "Office fédéral de l'environnement (OFEV)" }), mention(5, { kind: 'organisation', name: 'OFEV' })],
      [],
      ["organisation:Office fédéral de l'environnement (OFEV) ×2"],
    ],
    [
      'one news agency by its initials and its name, the name kept; another agency stays apart',
      [mention(0, { kind: 'media', name: 'AP' }), mention(5, { kind: 'media', name: 'The Associated Press' }), mention(9, { kind: 'media', name: 'AFP' })],
      [],
      ['media:The Associated Press ×2', 'media:AFP ×1'],
    ],
    [
      'a carried speaker adds its passage to the person or body before it',
      [mention(0, { kind: 'person', name: 'Anne Leroy' }), mention(5, { kind: 'carried', description: 'she' }), mention(9, { kind: 'organisation', name: 'Insee' }), mention(12, { kind: 'carried', description: "a-t-elle" })],
      [],
      ['person:Anne Leroy ×2', 'organisation:Insee ×2'],
    ],
    [
      'a lone capitalised word is a source only as someone’s family name',
      [mention(0, { kind: 'organisation', name: 'Rather', bare: true }), mention(5, { kind: 'organisation', name: 'Sheskey', bare: true })],
      [found('Rusten Sheskey')],
      ['person:Rusten Sheskey ×1'],
    ],
    [
      'a full name with an initial gives its family name',
      [mention(0, { kind: 'organisation', name: 'Kaplan' })],
      [found('Stuart R. Kaplan')],
      ['person:Stuart R. Kaplan ×1'],
    ],
    [
      'a titled one-word person is the person a later one-word name stands for',
      [mention(0, { kind: 'person', name: 'Obama', role: 'President' }), mention(5, { kind: 'organisation', name: 'Obama' })],
      [],
      ['person:Obama [President] ×2'],
    ],
    [
      'a given name stands for the one credited person who has it; a brand run found in the text gives no given name',
      [mention(0, { kind: 'person', name: 'Rob Weir' }), mention(5, { kind: 'organisation', name: 'Rob' }), mention(9, { kind: 'organisation', name: 'Google' })],
      [found('Google Maps')],
      ['person:Rob Weir ×2', 'organisation:Google ×1'],
    ],
    [
      'the first word of a titled name stands for it, whichever order its words come in; a double-barrelled family name by its last part',
      [mention(0, { kind: 'organisation', name: 'Yoon' }), mention(5, { kind: 'person', name: 'Ronda Vuillemont-Smith' }), mention(9, { kind: 'organisation', name: 'Vuillemont-Smith' })],
      [found('Yoon Suk Yeol', { titled: true })],
      ['person:Yoon Suk Yeol ×1', 'person:Ronda Vuillemont-Smith ×2'],
    ],
    [
      'a given name two credited people share stands for neither',
      [mention(0, { kind: 'person', name: 'Anne Leroy' }), mention(5, { kind: 'person', name: 'Anne Martin' }), mention(9, { kind: 'organisation', name: 'Anne' })],
      [],
      ['person:Anne Leroy ×1', 'person:Anne Martin ×1', 'organisation:Anne ×1'],
    ],
    [
      'the same unnamed source once, a justified one marked',
      [mention(0, { kind: 'anonymous', description: 'American officials' }), mention(5, { kind: 'anonymous', description: 'American officials' }), mention(9, { kind: 'anonymous', description: 'a senior official' }, true)],
      [],
      ['anonymous:American officials ×2', 'anonymous:a senior official ×1'],
    ],
    [
      'two people of one family name stay two; an owner or a hyphenated family name is no given name',
      [
        mention(0, { kind: 'person', name: 'Margie Kim' }), mention(5, { kind: 'person', name: 'Stella Kim' }),
        mention(9, { kind: 'person', name: 'Jose Ramirez' }), mention(12, { kind: 'person', name: 'Gartner’s Ramirez' }),
        mention(15, { kind: 'person', name: 'Francisca Joly-Gomez' }), mention(18, { kind: 'person', name: 'Joly-Gomez' }),
      ],
      [],
      ['person:Margie Kim ×1', 'person:Stella Kim ×1', 'person:Jose Ramirez ×2', 'person:Francisca Joly-Gomez ×2'],
    ],
    ['a carried speaker with nobody before it adds nothing', [mention(0, { kind: 'carried', description: 'he' })], [], []],
    [
      'a pronoun that stands only for a person carries nothing past a body, not even to the person before it',
      [mention(0, { kind: 'person', name: 'Parker Conrad' }), mention(5, { kind: 'organisation', name: 'Zenefits' }), mention(9, { kind: 'carried', description: 'he' }), mention(12, { kind: 'carried', description: 'they' })],
      [],
      ['person:Parker Conrad ×1', 'organisation:Zenefits ×2'],
    ],
    [
      'a long name opening its sentence on a word the article never capitalises elsewhere starts after that word',
      [mention(0, { kind: 'organisation', name: 'Kupp' }), mention(5, { kind: 'organisation', name: 'Kaplan' })],
      [found('Hearing Cooper Kupp', { opensSentence: true }), found('Stuart R. Kaplan')],
      ['person:Cooper Kupp ×1', 'person:Stuart R. Kaplan ×1'],
    ],
    [
      'an outlet named by what it is carries to the last outlet credited, not to whoever spoke since',
      [mention(0, { kind: 'media', name: 'Foreign Policy' }), mention(5, { kind: 'person', name: 'Eric Lewis' }), mention(9, { kind: 'carried', description: 'the magazine' }), mention(12, { kind: 'carried', description: 'the site manager' })],
      [],
      ['media:Foreign Policy ×2', 'person:Eric Lewis ×2'],
    ],
    [
      'a title goes on with the last person credited only if no one else was named since; a document speaks only where named',
      [mention(0, { kind: 'person', name: 'Laura Flessel' }), mention(5, { kind: 'carried', description: 'the minister' }), mention(20, { kind: 'carried', description: 'the minister' }), mention(25, { kind: 'carried', description: 'the statement' })],
      [found('Françoise Nyssen', { position: 10 })],
      ['person:Laura Flessel ×2'],
    ],
    [
      'a title goes to no one after a person whose role the article gave is another',
      [mention(0, { kind: 'person', name: 'Muriel Pénicaud', role: 'Labour minister' }), mention(5, { kind: 'carried', description: 'the judge' }), mention(9, { kind: 'carried', description: 'the minister' })],
      [],
      ['person:Muriel Pénicaud [Labour minister] ×2'],
    ],
    [
      'a thing speaks for no one: what is neither a person nor a known body goes only to a body',
      [mention(0, { kind: 'person', name: 'Jane Smith' }), mention(5, { kind: 'carried', description: 'the video' }), mention(9, { kind: 'organisation', name: 'Goldman Sachs' }), mention(12, { kind: 'carried', description: 'the brokerage' })],
      [],
      ['person:Jane Smith ×1', 'organisation:Goldman Sachs ×2'],
    ],
    [
      'a body named by what it is goes only to a body',
      [mention(0, { kind: 'person', name: 'Jane Smith' }), mention(5, { kind: 'carried', description: 'the company' }), mention(9, { kind: 'organisation', name: 'Acme Corp' }), mention(12, { kind: 'carried', description: 'the company' })],
      [],
      ['person:Jane Smith ×1', 'organisation:Acme Corp ×2'],
    ],
    [
      'a spokesperson carries nothing to a person named before, only to a body',
      [mention(0, { kind: 'person', name: 'Seth Hodgson' }), mention(5, { kind: 'carried', description: 'the spokesperson' }), mention(9, { kind: 'organisation', name: 'Coursera' }), mention(12, { kind: 'carried', description: 'the spokesperson' })],
      [],
      ['person:Seth Hodgson ×1', 'organisation:Coursera ×2'],
    ],
    [
      'a title goes to the person named since in a sentence that gives it, the name nearest the title',
      [mention(0, { kind: 'person', name: 'Laura Flessel' }), mention(200, { kind: 'carried', description: 'the minister' })],
      [found('Sue Gray', { position: 56, start: 36, sentence: NYSSEN }), found('Acme Books', { position: 83, start: 63, sentence: NYSSEN })],
      ['person:Laura Flessel ×1', 'person:Sue Gray ×1'],
    ],
    [
      'a title no sentence gives to the person named since carries nothing',
      [mention(0, { kind: 'person', name: 'Laura Flessel' }), mention(200, { kind: 'carried', description: 'the minister' })],
      [found('Sue Gray', { position: 56, start: 0, sentence: 'Sue Gray ran the publisher.' })],
      ['person:Laura Flessel ×1'],
    ],
    [
      'a family name several people share stands for the one named last before it in its paragraph',
      [mention(230, { kind: 'person', name: 'Farrow' })],
      [found('Mia Farrow', { position: 10 }), found('Dylan Farrow', { position: 100 }), found('Ronan Farrow', { position: 200, sentence: 'Ronan Farrow, who shared the prize, and Farrow said' })],
      ['person:Ronan Farrow ×1'],
    ],
    [
      'out of that paragraph, a shared family name stands for the first of them named',
      [mention(900, { kind: 'person', name: 'Farrow' })],
      [found('Mia Farrow', { position: 10 }), found('Ronan Farrow', { position: 200 })],
      ['person:Mia Farrow ×1'],
    ],
    ['a pronoun that stands only for a person carries nothing to a body alone', [mention(0, { kind: 'organisation', name: 'Food Standards Agency' }), mention(5, { kind: 'carried', description: 'She' })], [], ['organisation:Food Standards Agency ×1']],
  ])('%s', (_title, mentions, fullNames, expected) => {
    const sources = sourceInventory(mentions, { ...NAMES, fullNames });
    expect(summary(sources)).toEqual(expected);
    expect(sources.filter((source) => source.kind === 'anonymous').map((source) => source.justified)).toEqual(
      mentions.filter((m) => m.speaker.kind === 'anonymous' && !mentions.slice(0, mentions.indexOf(m)).some((o) => o.speaker.description === m.speaker.description)).map((m) => m.justified),
    );
  });

  test.each<[string, PlacedMention[], PlacedFullName[], string[], string[]]>([
    [
      'a word that heads a body the article names is that body, not the family name of a name it only writes',
      [mention(10, { kind: 'organisation', name: 'Mozilla' })],
      [found('Air Mozilla')],
      ['mozilla'],
      ['organisation:Mozilla ×1'],
    ],
    [
      'a person the article credits keeps their family name, whatever body bears it',
      [mention(0, { kind: 'person', name: 'Donald J. Trump' }), mention(10, { kind: 'organisation', name: 'Trump' })],
      [],
      ['trump'],
      ['person:Donald J. Trump ×2'],
    ],
  ])('%s', (_title, mentions, fullNames, bodyHeads, expected) => {
    expect(summary(sourceInventory(mentions, { ...NAMES, fullNames, bodyHeads: new Set(bodyHeads) }))).toEqual(expected);
  });

  test.each<[string, PlacedMention[], string[], string[]]>([
    ['a lone word opening its sentence is kept when the article writes it as a name elsewhere', [mention(0, { kind: 'organisation', name: 'Google', bare: true })], ['google'], ['organisation:Google ×1']],
    ['an ordinary word opening its sentence stays out', [mention(0, { kind: 'organisation', name: 'Rather', bare: true })], ['google'], []],
  ])('%s', (_title, mentions, properWords, expected) => {
    expect(summary(sourceInventory(mentions, { ...NAMES, properWords: new Set(properWords) }))).toEqual(expected);
  });
});
