import type { Source, TextQuote } from '../../report/schema';
import { isWireService, wireServicesIn } from '../provenance/wire-services';
import type { CarriedReading } from './carried-kind';
import type { CompiledLexicon } from './compiled-lexicon';
import type { FullName, Speaker } from './speakers';
import { normalise as lower } from './triggers';
import { NAMED_SOURCE_KINDS } from '../../report/summary';

/** A speaker credited at one place of the article. */
export interface PlacedMention {
  speaker: Speaker;
  /** The attribution's words (speaker and verb or cue) as a text quote of the article. */
  passage: TextQuote;
  /** Where in the article it stands, to carry "he said" to the speaker before it. */
  position: number;
  links: readonly string[];
  /** Anonymous speakers: the article says why the source is not named. */
  justified: boolean;
  /** Words another speaker reports ("South Africa said Mr Mugabe had told…"): no source, but a "he" after may stand for them. */
  reported?: true;
}

/** Comparable words of a name: lower case, no accents, no articles, no parenthesised alias. */
export function nameWords(name: string): string[] {
  return name
    .replace(/\([^)]*\)/gu, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || /\d/u.test(word))
    .filter((word) => !ARTICLES.has(word));
}

/** Articles and elisions that say nothing about which source a name is (never content words). */
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'd', 'de', 'du', 'des', 'of']);

function aliases(name: string): string[][] {
  const inParentheses = [...name.matchAll(/\(([^)]+)\)/gu)].map((match) => nameWords(match[1] ?? ''));
  return [nameWords(name), ...inParentheses].filter((words) => words.length > 0);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}

/** Two names of one person: "Jerome Powell" and "Powell", "Jerome H. Powell"; "Margie Kim" and "Stella Kim" are two. */
function samePerson(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const familyA = wa[wa.length - 1];
  const familyB = wb[wb.length - 1];
  if (familyA === undefined || familyB === undefined) return false;
  if (wa.length === 1 || wb.length === 1) return wb.includes(familyA) || wa.includes(familyB);
  // "LinkedinEric S. Yuan": page furniture glued to a given name leaves it the same name.
  const [givenA = '', givenB = ''] = [wa[0], wb[0]];
  return familyA === familyB && (givenA.endsWith(givenB) || givenB.endsWith(givenA) || !givenNamed(a) || !givenNamed(b));
}

/** Whether a name opens on a given name: two words or more, the first no owner ("Gartner's Ramirez" is Ramirez; "Joly-Gomez" is one family name). */
function givenNamed(name: string): boolean {
  const [first = '', ...rest] = name.trim().split(/[\s\u00a0]+/u);
  return rest.length > 0 && !/['’]s$/u.test(first);
}

/** A name without the article it opens with: "The Associated Press" → "Associated Press". */
function withoutArticle(name: string): string {
  const [first = '', ...rest] = name.split(/[\s\u00a0]+/u);
  return ARTICLES.has(first.toLowerCase()) ? rest.join(' ') : name;
}

/** Two names of one news agency, which its own initials do not spell: "AP" and "The Associated Press", "AFP" and "Agence France-Presse". */
function sameAgency(a: string, b: string): boolean {
  if (!isWireService(withoutArticle(a)) || !isWireService(withoutArticle(b))) return false;
  const [x, y] = [wireServicesIn(a), wireServicesIn(b)];
  return x.length === 1 && y.length === 1 && x[0] === y[0];
}

/** Two names of one body, document or outlet: "OFEV" and "Office fédéral de l'environnement (OFEV)". */
function sameBody(a: string, b: string): boolean {
  if (sameAgency(a, b)) return true;
  for (const x of aliases(a)) for (const y of aliases(b)) if (containsRun(x, y) || containsRun(y, x)) return true;
  return false;
}

const NAMED_KINDS: ReadonlySet<string> = new Set(NAMED_SOURCE_KINDS);

function sameSource(source: Source, speaker: Speaker): boolean {
  if (speaker.kind === 'anonymous') return source.kind === speaker.kind && source.description?.toLowerCase() === speaker.description?.toLowerCase();
  // A vague group is described by its own words, without the verb ("Many Americans believe" is "Many Americans"): one group per wording.
  if (speaker.kind === 'vague') return source.kind === 'vague' && source.description !== null && source.description.toLowerCase() === speaker.description?.toLowerCase();
  if (source.name === null || speaker.name === null || !NAMED_KINDS.has(source.kind)) return false;
  if (source.kind === 'person' || speaker.kind === 'person') return source.kind === speaker.kind && samePerson(source.name, speaker.name);
  return sameBody(source.name, speaker.name);
}

function addPassage(source: Source, mention: PlacedMention): void {
  if (!source.passages.some((passage) => passage.exact === mention.passage.exact && passage.prefix === mention.passage.prefix)) source.passages.push(mention.passage);
  for (const link of mention.links) if (!source.links.includes(link)) source.links.push(link);
}

/** Whether `name` is a fuller name of the same source as `than`: it holds every word of it, or it is the same agency spelled out. */
function fuller(name: string, than: string): boolean {
  if (sameAgency(name, than)) return name.length > than.length;
  const words = nameWords(name);
  const shorter = nameWords(than);
  return words.length > shorter.length && shorter.every((word) => words.includes(word));
}

/**
 * The people a one-word name may stand for, so a one-word name finds its person at once
 * on long pages: full names by family name ("Powell"), a titled one-word person by that
 * word ("President Obama", then "Obama said"), and people by given name when only one
 * of them has it ("Rob Weir", then "Rob said"). A family name wins over a given name.
 * Given names come only from people the article credits or titles: other capitalised
 * runs also catch brands ("Google Maps"). A titled name's first word stands for it
 * either way: "President Yoon Suk Yeol", then "Yoon continued".
 */
function peopleByOneName(people: readonly Speaker[], sourceNames: ReadonlySet<string>, fullNames: readonly FullName[], properWords: ReadonlySet<string>): Map<string, string> {
  const byFamily = new Map<string, string>();
  const byGiven = new Map<string, string | null>();
  const written = fullNames.map((full) => ({ name: withoutOpener(full, properWords), titled: full.titled }));
  const titledNames = new Set(written.filter(({ titled }) => titled).map(({ name }) => name));
  for (const name of [...sourceNames, ...written.map((full) => full.name)]) {
    const words = nameWords(name);
    const [given, family] = [words[0], words[words.length - 1]];
    if (words.length < 2 || given === undefined || family === undefined) continue;
    if (!byFamily.has(family)) byFamily.set(family, name);
    if (!sourceNames.has(name) && !titledNames.has(name)) continue;
    const known = byGiven.get(given);
    if (known === undefined) byGiven.set(given, name);
    else if (known !== null && !samePerson(known, name)) byGiven.set(given, null);
  }
  for (const speaker of people) {
    const words = nameWords(speaker.name ?? '');
    const [word] = words;
    if (speaker.role !== null && word !== undefined && words.length === 1 && !byFamily.has(word)) byFamily.set(word, speaker.name ?? '');
  }
  for (const [given, name] of byGiven) if (name !== null && !byFamily.has(given)) byFamily.set(given, name);
  return byFamily;
}

/** The full names written as a person's (not opening their sentence on an ordinary word), by family name, in text order. */
function fullNamesByFamily(fullNames: readonly PlacedFullName[], properWords: ReadonlySet<string>): Map<string, PlacedFullName[]> {
  const byFamily = new Map<string, PlacedFullName[]>();
  for (const full of fullNames) {
    const family = nameWords(full.name).at(-1);
    const opener = full.name.split(/[\s\u00a0]+/u)[0]?.toLowerCase() ?? '';
    if (family === undefined || nameWords(withoutOpener(full, properWords)).length < 2 || (full.opensSentence && !properWords.has(opener))) continue;
    const bearers = byFamily.get(family);
    if (bearers === undefined) byFamily.set(family, [full]);
    else bearers.push(full);
  }
  return byFamily;
}

/**
 * "Mia Farrow", "Dylan Farrow", then "Ronan Farrow, who shared…. …and Farrow, who had been working…, said": where
 * people of the article share a family name, the name alone stands for the one named last before it in its paragraph.
 */
function sharedFamilyName(bearers: readonly PlacedFullName[], position: number, properWords: ReadonlySet<string>): string | undefined {
  const named = bearers.findLast((full) => full.position < position);
  if (named === undefined || named.paragraphEnd < position || bearers.every((full) => samePerson(full.name, named.name))) return undefined;
  return withoutOpener(named, properWords);
}

/** Whether the body names someone other than `source` between its last mention and `before`. */
function namedSince(fullNames: readonly PlacedFullName[], source: Source, after: number, before: number): boolean {
  return fullNames.some((full) => full.position > after && full.position < before && !(source.name !== null && samePerson(source.name, full.name)));
}

/**
 * "Vendor Glenn Jones said", "Hearing Cooper Kupp…": a long name that opens its sentence on a word the article
 * never capitalises elsewhere starts on an ordinary word, which is no part of it.
 */
function withoutOpener(full: FullName, properWords: ReadonlySet<string>): string {
  const [first = '', ...rest] = full.name.split(/[\s\u00a0]+/u);
  return full.opensSentence && rest.length >= 2 && !properWords.has(first.toLowerCase()) ? rest.join(' ') : full.name;
}

/** A speaker the inventory credits: never carried words, which go to someone else. */
type CreditedSpeaker = Speaker & { kind: Source['kind'] };

/** A full name found in the body, where it starts in the article text, and the sentence that names it. */
export interface PlacedFullName extends FullName {
  position: number;
  sentence: string;
  /** Where its paragraph ends in the article text. */
  paragraphEnd: number;
}

/** Where a word stands in a sentence, or -1: the title in « nommée ministre de la Culture, Françoise Nyssen ». */
function wordIndex(sentence: string, word: string): number {
  for (const match of lower(sentence).matchAll(/[\p{L}'-]+/gu)) if (match[0] === word) return match.index;
  return -1;
}

/**
 * « Avant d'être nommée ministre de la Culture, Françoise Nyssen dirigeait la maison d'édition Actes Sud » then
 * « tente d'expliquer la ministre »: a title goes to the person named in full since `after` in the last sentence that
 * gives that title, the name nearest the title where that sentence names several.
 */
function titledSince(fullNames: readonly PlacedFullName[], title: string, after: number, before: number): PlacedFullName | undefined {
  const last = fullNames.findLast((full) => full.position > after && full.position < before && wordIndex(full.sentence, title) !== -1);
  if (last === undefined) return undefined;
  const at = wordIndex(last.sentence, title);
  const inSentence = fullNames.filter((full) => full.sentence === last.sentence && full.position - full.start === last.position - last.start);
  return inSentence.reduce((nearest, full) => (Math.abs(full.start - at) < Math.abs(nearest.start - at) ? full : nearest));
}

/** A body sentence: where it starts in the article text, and the person it opens on as its subject (`personOpening`), if any. */
export interface SentenceSubject {
  start: number;
  subject: string | null;
}

/**
 * "Mr Anderson, who quit Future Publishing…, had taken the witness box. He proudly told the jury…": the person
 * the sentence right before `position`'s opens on, when named there after `after` (since the last source).
 */
function previousSubject(sentences: readonly SentenceSubject[], position: number, after: number): string | null {
  const current = sentences.findLastIndex((sentence) => sentence.start <= position);
  const previous = sentences[current - 1];
  return previous !== undefined && previous.start > after ? previous.subject : null;
}

/** What the body says about names beyond its mentions, and the language's words the inventory reads. */
export interface ArticleNames {
  /** Names that look like a person's, wherever they stand (a family name then stands for them). */
  fullNames: readonly PlacedFullName[];
  /** Every body sentence in order, with the person it opens on. */
  sentenceSubjects: readonly SentenceSubject[];
  /** Words the body capitalises where no clause opens: a lone word opening its sentence is a name if it is one of them. */
  properWords: ReadonlySet<string>;
  /** First words of the bodies the article names ("mozilla" for "the Mozilla Foundation"): such a word alone is the body, not a family name. */
  bodyHeads: ReadonlySet<string>;
  /**
   * The language's words that say whom carried words can stand for (the compiled lexicon's): pronouns only for a
   * person ("he", "I"), the writer's own ("I", "we": never someone just introduced), pronouns for several ("they":
   * never one person), verbs that go on with the last speaker ("added").
   */
  pronounWords: Pick<CompiledLexicon, 'personPronouns' | 'firstPerson' | 'pluralPronouns' | 'continuingVerbs'>;
  /** What a carried speaker's words can stand for, in the article's language. */
  readCarried: (description: string) => CarriedReading;
}

/**
 * The article's sources, one entry per source however often and by whatever name it
 * is cited ("Jerome Powell", "Powell", "he"), in order of first citation. A carried
 * speaker ("he said", « a ajouté la ministre ») adds its passage to the last source
 * named of a kind its words can stand for (see `carrierOf`); it never makes an entry
 * of its own.
 */
export function sourceInventory(mentions: readonly PlacedMention[], reading: ArticleNames): Source[] {
  const { fullNames, properWords } = reading;
  const { personPronouns, firstPerson, pluralPronouns, continuingVerbs } = reading.pronounWords;
  const sources: Source[] = [];
  let lastNamed: Source | null = null;
  let lastMedia: Source | null = null;
  let lastNamedAt = Number.NEGATIVE_INFINITY;
  /**
   * Whom a carried speaker's words go to: the last source named of a kind they can stand for. "he" never goes to a body
   * ("Zenefits said… he said"), "they" never to one person; an outlet named by what it is (« révèle le journal satirique ») to the last outlet, whoever
   * spoke since; a body's noun ("the airline said", "the spokesperson said") only to a body; a title (« a expliqué le
   * juge ») or other words only to a person if no one else was named since. A document speaks only where it is named.
   */
  const carrierOf = ({ kind, head }: CarriedReading, description: string, position: number): Source | null => {
    if (kind === 'media') return lastMedia;
    if (lastNamed === null || kind === 'document') return null;
    if (kind === 'pronoun') {
      if (personPronouns.has(description) && lastNamed.kind !== 'person') return null;
      return pluralPronouns.has(description) && lastNamed.kind === 'person' ? null : lastNamed;
    }
    if (kind === 'organisation' || kind === 'thing') return lastNamed.kind === 'organisation' ? lastNamed : null;
    if (lastNamed.kind === 'person' && namedSince(fullNames, lastNamed, lastNamedAt, position)) return null;
    // « a indiqué le juge » after « Muriel Pénicaud, ministre du Travail, a déclaré »: a person whose role the article gave holds no other title.
    if (kind === 'person' && lastNamed.kind === 'person' && lastNamed.role !== null && !lastNamed.role.toLowerCase().includes(head)) return null;
    return kind === 'person' && lastNamed.kind !== 'person' ? null : lastNamed;
  };
  /**
   * Carried words add their passage to their carrier. With none, a title the article gave someone named since is
   * that person's (see `titledSince`); anything else is dropped (null).
   */
  const titledPerson = (carried: Speaker, mention: PlacedMention): CreditedSpeaker | null => {
    const words = reading.readCarried(carried.description ?? '');
    const carrier = carrierOf(words, carried.description?.toLowerCase() ?? '', mention.position);
    if (carrier !== null) {
      addPassage(carrier, mention);
      return null;
    }
    const titled = words.kind === 'person' ? titledSince(fullNames, words.head, lastNamedAt, mention.position) : undefined;
    return titled === undefined ? null : { ...carried, kind: 'person', name: withoutOpener(titled, properWords) };
  };
  const credited = mentions.filter(({ speaker }) => speaker.kind === 'person' && !speaker.bare).map(({ speaker }) => speaker);
  const creditedPeople = new Set(credited.map((speaker) => speaker.name ?? ''));
  const people = peopleByOneName(credited, creditedPeople, fullNames, properWords);
  const bearersByFamily = fullNamesByFamily(fullNames, properWords);
  // "the Times continues" after "The New York Times says": a full name the article credits keeps the kind it was credited as.
  const creditedKinds = new Map(mentions.filter(({ speaker }) => /[\s\u00a0]/u.test(speaker.name ?? '') && speaker.kind !== 'person').map(({ speaker }) => [speaker.name, speaker.kind]));
  /** The last person whose words another speaker reported, and where: a "he" right after may be them. */
  let lastReported: { name: string; position: number } | null = null;
  /**
   * "he", "she" go to the person the sentence before opens on when that person was named since the last source
   * (the subject the reader has just met, not a speaker further back), or else to a person just reported. "He
   * added" goes on with the last speaker.
   */
  const openedBy = ({ speaker, position, passage }: PlacedMention): Speaker | null => {
    const pronoun = speaker.description?.toLowerCase() ?? '';
    if (speaker.kind !== 'carried' || !personPronouns.has(pronoun) || firstPerson.has(pronoun)) return null;
    if (lower(passage.exact).split(/[^\p{L}]+/u).some((word) => continuingVerbs.has(word))) return null;
    const name = previousSubject(reading.sentenceSubjects, position, lastNamedAt) ?? (lastReported !== null && lastReported.position > lastNamedAt ? lastReported.name : null);
    if (name === null || (lastNamed !== null && lastNamed.name !== null && samePerson(lastNamed.name, name))) return null;
    return { ...speaker, kind: 'person', name, description: null };
  };
  for (const placed of [...mentions].sort((a, b) => a.position - b.position)) {
    const opener = openedBy(placed);
    const mention = opener === null ? placed : { ...placed, speaker: opener };
    // A lone capitalised word is a source only as the family name of someone named in full.
    // A one-word name that is someone's family name is that person, however it was first read ("Wong", "Emery"); a
    // double-barrelled one is looked up by its last part, as family names are keyed ("Vuillemont-Smith", "Joly-Gomez").
    const single = mention.speaker.name !== null && !/[\s\u00a0]/u.test(mention.speaker.name) && mention.speaker.kind !== 'media';
    const family = nameWords(mention.speaker.name ?? '').at(-1) ?? '';
    const person = single ? (sharedFamilyName(bearersByFamily.get(family) ?? [], mention.position, properWords) ?? people.get(family)) : undefined;
    // "Mozilla reported" beside "the Mozilla Foundation" is the body, whatever "Air Mozilla" looks like; "Trump said" stays the Donald J. Trump the article credits.
    const fullName = person !== undefined && reading.bodyHeads.has(family) && !creditedPeople.has(person) ? undefined : person;
    // …or as a word the article writes as a name where no sentence opens ("Google said", with "rivals of Google" further on).
    if (mention.speaker.bare && fullName === undefined && !properWords.has(mention.speaker.name?.toLowerCase() ?? '')) continue;
    const read: Speaker = fullName === undefined ? mention.speaker : { ...mention.speaker, kind: creditedKinds.get(fullName) ?? 'person', name: fullName };
    // Reported words make no source; a "he" after them may stand for the person reported (see `openedBy`).
    if (mention.reported === true) {
      if (read.kind === 'person' && read.name !== null) lastReported = { name: read.name, position: mention.position };
      continue;
    }
    const speaker: CreditedSpeaker | null = read.kind === 'carried' ? titledPerson(read, mention) : { ...read, kind: read.kind };
    if (speaker === null) continue;
    let source = sources.find((candidate) => sameSource(candidate, speaker));
    if (source === undefined) {
      source = {
        kind: speaker.kind,
        name: NAMED_KINDS.has(speaker.kind) ? speaker.name : null,
        description: NAMED_KINDS.has(speaker.kind) ? null : speaker.description,
        role: speaker.role,
        justified: speaker.kind === 'anonymous' && mention.justified,
        links: [],
        passages: [],
      };
      sources.push(source);
    } else {
      // The fullest name wins when it holds the shorter one, with its kind: "Powell" then "Jerome Powell" is Jerome Powell; "Treasury"
      // then "data compiled by the Treasury Department" is that document. "Eric Yuan" stays himself beside a glued "LinkedinEric S. Yuan".
      if (speaker.name !== null && source.name !== null && fuller(speaker.name, source.name)) {
        source.name = speaker.name;
        source.kind = speaker.kind;
      }
      source.role ??= speaker.role;
    }
    addPassage(source, mention);
    if (source.kind === 'person' || source.kind === 'organisation') {
      lastNamed = source;
      lastNamedAt = mention.position;
    }
    if (source.kind === 'media') lastMedia = source;
  }
  return sources;
}
