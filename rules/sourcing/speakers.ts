import type { SourceKind } from '../../report/schema';
import type { CompiledLexicon } from './compiled-lexicon';
import { isMediaHead, toldOutletAt } from './outlets';
import { isName, looksCapitalised, tokenize, type Token } from './tokens';
import { titledWorkAt } from './titled-works';
import { wordBefore } from './word-before';
import { normalise as lower } from './triggers';

/**
 * Who a reporting verb or cue credits, read the way an editor reads copy: a named
 * person, body, document or outlet; an unnamed source ("a senior official"); a vague
 * group ("experts"); or a pronoun or definite role that carries an earlier speaker
 * forward ("he said", « a ajouté la ministre »).
 */
export interface Speaker {
  kind: SourceKind | 'carried';
  /** The name as written, for named kinds. */
  name: string | null;
  /** The words that describe an unnamed or carried speaker ("a senior political source", "la ministre"). */
  description: string | null;
  role: string | null;
  /**
   * One capitalised word opening its sentence, with nothing to say what it names
   * ("Powell said", "Rather, …"): the inventory keeps it only as the family name of a
   * person named in full.
   */
  bare: boolean;
  /** Offsets of the speaker's words in the sentence. */
  start: number;
  end: number;
}

const SPACE_ONLY = /^[\s\u00a0\u202f]*$/u;
/** An acronym as a name: "OFAG", "CNRS", "AT&T". */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;
/** What may stand between two words of one name: a space, or an elided article ("de l'industrie"). */
const NAME_GAP = /^[\s\u00a0\u202f]{0,2}(?:(?:[ld]|qu)['’])?$/iu;
/** A role in apposition after a name: ", a partner at Canvas Ventures," / ", toxicologue, ancien de l'Anses". */
const APPOSITION = /^[\s\u00a0]*,[\s\u00a0]*((?:[^,.;:!?«»“”"()]|(?<=(?:^|[\s\u00a0.])\p{Lu})\.(?=\p{Lu}|[\s\u00a0]+\p{L})){2,120}?)(?=[\s\u00a0]*(?:[,;:!?)]|(?<!(?:^|[\s\u00a0.])\p{Lu})\.|$))/u;
/** "Agence nationale de sécurité du médicament et des produits de santé" is eleven. */
const MAX_NAME_WORDS = 12;
/** " - among Silicon Valley's firms - ", " — ses proches — " right before a verb. */
const DASH_ASIDE = /[\s\u00a0][-—–][\s\u00a0][^-—–.;:!?«»“”"]{1,100}[\s\u00a0][-—–][\s\u00a0]*$/u;
const MAX_ROLE_WORDS = 16;
/** "III" in "Martin Luther King III", "XVI" in "Benedict XVI". */
const ROMAN_NUMERAL = /^[IVXL]{1,5}$/u;

/** A role as the article words it, without the article that opens it ("a partner at Y" → "partner at Y"). */
function withoutArticle(text: string, lex: CompiledLexicon): string {
  return text.replace(lex.leadingArticle, '');
}

function gap(sentence: string, a: Token, b: Token): string {
  return sentence.slice(a.end, b.start);
}

/** Whether two words are one name's: side by side, or an initial and its dot ("Robert M. Danin", "C. Eugene Steuerle"). */
function joinsName(sentence: string, a: Token, b: Token): boolean {
  const between = gap(sentence, a, b);
  return NAME_GAP.test(between) || (/^\p{Lu}$/u.test(a.word) && /^\.[\s\u00a0]$/u.test(between));
}

function isCapitalised(token: Token, lex: CompiledLexicon): boolean {
  if (!looksCapitalised(token.word)) return false; // what every test below needs: most words stop here
  // "I", "I’ve" are capitalised in English and name no one.
  if (lex.speakerPronouns.has(lower(token.word).split(/['’]/u)[0] ?? '')) return false;
  // "Republican-controlled", "Paris-based": an adjective made from a name.
  if (lex.hyphenatedAdjectiveEndings.has(/-(\p{Ll}+)$/u.exec(token.word)?.[1] ?? '')) return false;
  // "Wednesday’s attack": a day, whatever it owns.
  if (lex.calendarWords.has(lower(token.word).replace(/['’]s$/u, ''))) return false;
  return isName({ ...token, initial: false }, lex.commonWords, lex.calendarWords) || ACRONYM.test(token.word);
}

/** A verb of saying or showing ("montre", "estime"): it ends a name, never continues it. */
export function isVerb(word: string, lex: CompiledLexicon): boolean {
  lex.vagueVerb.lastIndex = 0;
  return lex.reportingVerb.words.has(word) || lex.vagueVerb.test(word);
}

/** Whether a word opens a relative clause or an aside on someone ("who…", "speaking to reporters", « interrogé par »): words that are no role. */
function opensAside(word: string, lex: CompiledLexicon): boolean {
  return lex.relativePronouns.has(word) || lex.asideOpeners.has(word);
}

/** Whether a name opens on a body's word, of one word or two (« Office », « Haute Autorité »). */
function opensOnBodyWord(tokens: readonly Token[], index: number, lex: CompiledLexicon): boolean {
  const first = lower(tokens[index]?.word ?? '');
  return lex.organisationWords.has(first) || lex.organisationWords.has(`${first} ${lower(tokens[index + 1]?.word ?? '')}`);
}

/** Tokens of a name starting at `index`: capitalised words, joined by connectors ("Office fédéral de l'agriculture"). */
function nameRunFrom(tokens: readonly Token[], index: number, sentence: string, lex: CompiledLexicon): number {
  let last = -1;
  for (let i = index; i < tokens.length && i - index < MAX_NAME_WORDS; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (token === undefined) break;
    if (i > index && previous !== undefined && !joinsName(sentence, previous, token)) break;
    if (isCapitalised(token, lex) || (i === index && token.definite && /^\p{Lu}/u.test(token.word))) {
      // « a déclaré Jean Dupont à l'AFP », "said Martin Luther King III on CNN": the outlet told ends the name before it.
      if (i > index && last !== i - 1 && lex.mediaNames.has(lower(token.word)) && toldOutletAt(sentence, token.start, lex)) break;
      last = i;
      continue;
    }
    // A lower-case word joins the name only between capitalised ones ("Center on Poverty and Inequality").
    const word = lower(token.word);
    if (last === -1) break;
    if (lex.nameConnectors.has(word)) continue;
    // Where adjectives follow nouns, names of bodies go on in lower case (« Office fédéral de l'agriculture »), never past a person's
    // title ("City Mayor Jerry Treñas"); in English a lower-case word ends the name ("State Department diplomatic note").
    const titled = tokens.slice(index, i).some((before) => lex.personTitles.has(lower(before.word)));
    // Right after the body's word, a title's adjective is the name's own (« Direction générale de la santé »).
    const ordinary = lex.commonWords.has(word) && !(i === index + 1 && lex.titleWords.has(word) && !lex.stopWords.has(word));
    if (lex.adjectivesFollowNouns && opensOnBodyWord(tokens, index, lex) && /^\p{Ll}/u.test(token.word) && !ordinary && !lex.clauseBreakers.has(word) && !lex.personTitles.has(word) && !titled && !isVerb(word, lex)) {
      last = i;
      continue;
    }
    break;
  }
  return last;
}

const LOWER_WORDS = /^(?:[\s\u00a0]+\p{Ll}[\p{L}-]*){1,2}/u;

/**
 * Lower-case words that close a body's name (« ministère des Affaires étrangères »): at
 * most two, and only where the name then ends its clause or meets its reporting verb,
 * so a verb of another kind ("la mairie de Paris organise") is never taken in.
 */
function bodyNameTail(sentence: string, end: number, lex: CompiledLexicon): number {
  const tail = LOWER_WORDS.exec(sentence.slice(end))?.[0] ?? '';
  const words = [...tail.matchAll(/[\p{L}-]+/gu)].map((match) => ({ word: lower(match[0]), end: end + match.index + match[0].length }));
  for (let count = words.length; count > 0; count--) {
    const taken = words.slice(0, count);
    if (taken.some(({ word }) => lex.commonWords.has(word) || lex.calendarWords.has(word) || lex.clauseBreakers.has(word) || isVerb(word, lex))) continue;
    const tailEnd = taken[count - 1]?.end ?? end;
    const rest = sentence.slice(tailEnd).replace(/^[\s\u00a0]+/u, '');
    if (/^(?:[,.;:!?)]|$)/u.test(rest) || rest.search(lex.reportingVerb.re) === 0) return tailEnd;
  }
  return end;
}

/** A parenthesised acronym right after a name: "(OFAG)". */
function acronymAfter(sentence: string, end: number): { alias: string; end: number } | null {
  const match = /^[\s\u00a0]*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/u.exec(sentence.slice(end));
  return match?.[1] === undefined ? null : { alias: match[1], end: end + match[0].length };
}

/**
 * The last few words before a name that may describe it: none from before a reporting
 * verb ("the magazine claimed Trump…"), which describe its subject, nor from before a
 * quotation mark or a comma ("…at all times,” Chang said").
 */
function wordsBefore(sentence: string, position: number, count: number, lex: CompiledLexicon): string[] {
  const words = (sentence.slice(Math.max(0, position - 80), position).split(/[,;:!?«»“”"()—–]/u).pop() ?? '')
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((word) => word !== '')
    .slice(-count);
  return words.slice(words.findLastIndex((word) => lex.reportingVerb.words.has(word)) + 1);
}

/** "a spokesman from Google", "a lawyer with Michael Best": the title a preposition ties to a name is someone else's, not the name's. */
function tiedByPreposition(words: readonly string[], lex: CompiledLexicon): boolean {
  const last = words.at(-1) ?? '';
  return lex.affiliationPrepositions.has(last) || lex.placePrepositions.has(last);
}

/** "doctors at Mass General", "prosecutors in San Francisco": the name after a group is where the group works, a place or a body, never a person. */
export function namesGroupsHome(sentence: string, start: number, lex: CompiledLexicon): boolean {
  const [groupNoun = '', preposition = ''] = wordsBefore(sentence, start, 3, lex).filter((word) => !lex.definiteArticles.has(word)).slice(-2);
  return lex.qualifierPrepositions.has(preposition) && /^\p{Ll}+[sx]$/u.test(groupNoun) && !lex.stopWords.has(groupNoun);
}

/** "the Social Security Administration website": a body's own pages are the body's word, not an outlet's. */
function bodysOwnPages(name: string, pagesWord: string, lex: CompiledLexicon): boolean {
  return lex.ownPagesWords.has(pagesWord) && name.split(/[\s\u00a0]+/u).some((word) => lex.organisationWords.has(lower(word)));
}

/** What kind of source a name is, from its own words and the words around it. */
export function classifyName(name: string, before: readonly string[], after: string, lex: CompiledLexicon): SourceKind {
  const words = name.split(/[\s\u00a0]+/u).map(lower);
  const phrase = words.join(' ');
  // The words right after the name, when nothing comes between: "Vulture magazine", not "Tim Murtaugh, communications director".
  const [, afterWord = '', afterNext] = /^[\s\u00a0]*([\p{L}-]+)[^\p{L}-]*([\p{L}-]+)?/u.exec(after)?.map((word) => lower(word ?? '')) ?? [];
  if (lex.mediaNames.has(phrase) || words.some((word) => lex.mediaNames.has(word) && ACRONYM.test(word.toUpperCase()) && word.length > 2)) return 'media';
  // "the newspaper Le Monde": the media word right before the name, or before its article; "New York Times critic Robert Shelton" is a critic.
  const headsName = (index: number): boolean => before.slice(index + 1).every((word) => lex.definiteArticles.has(word));
  // "the British news agency PA": a media word of two words.
  const mediaPhrase = (index: number): boolean => lex.mediaWords.has(`${before[index] ?? ''} ${before[index + 1] ?? ''}`) && headsName(index + 1);
  if (before.some((word, index) => (isMediaHead(word, before[index + 1], lex) && headsName(index)) || mediaPhrase(index)) || (isMediaHead(afterWord, afterNext, lex) && !bodysOwnPages(name, afterWord, lex))) return 'media';
  // "New England Journal of Medicine", "Radio France": a title word inside the name, and no word of a body.
  if (words.length >= 2 && words.some((word) => lex.mediaWords.has(word)) && !words.some((word) => lex.organisationWords.has(word))) return 'media';
  // "Bill Prince", "Bill de Blasio": a document word that opens a person-like name (capitalised words, or a family name's particle) is a first name; "Bill of Rights" stays a bill.
  const personLike = words.length >= 2 && words.length <= 4 && name.split(/[\s\u00a0]+/u).slice(1).every((word) => /^\p{Lu}/u.test(word) || lex.nameParticles.has(lower(word)));
  const documentWord = words.some((word, index) => lex.documentWords.has(word) && !(index === 0 && personLike));
  // "data compiled by the Treasury Department": a document word heading the name in lower case makes it a document, whoever wrote it.
  const headedByDocument = /^\p{Ll}/u.test(name) && lex.documentWords.has(words[0] ?? '');
  if (documentWord && (headedByDocument || !words.some((word) => lex.organisationWords.has(word)))) return 'document';
  if (words.some((word) => lex.organisationWords.has(word.replace(/['’]s$/u, ''))) || lex.places.has(phrase)) return 'organisation';
  if (lex.organisationWords.has(afterWord)) return 'organisation';
  if (words.length === 1 && ACRONYM.test(name)) return 'organisation';
  // "Le Point", "The Guardian": a name that opens with an article is a title, not a person.
  if (words.length >= 2 && lex.definiteArticles.has(words[0] ?? '')) return 'organisation';
  // "Judge Ford", « la professeure de nutrition Francisca Joly-Gomez »; "a spokesman at Google" names where the titled person works.
  if (before.some((word) => lex.personTitles.has(word.replace(/\.$/u, '')))) {
    const [last = ''] = before.filter((word) => !lex.definiteArticles.has(word)).slice(-1);
    // "of"/« de » also join a title to its field ("the mayor of Paris"), which `titleHolder` reads.
    return lex.qualifierPrepositions.has(last) && !lex.nameConnectors.has(last) ? 'organisation' : 'person';
  }
  // "The New Yorker commented": no one's name follows an article directly.
  if (lex.definiteArticles.has(before[before.length - 1] ?? '')) return 'organisation';
  // "Apple's iTunes Store", "JFrog Artifactory": no one's name is written like a brand.
  const brand = name.split(/[\s\u00a0]+/u).some((word) => (/^\p{Ll}/u.test(word) && !lex.nameConnectors.has(word)) || /^\p{Lu}{2}\p{Ll}/u.test(word));
  // "Downing Street said", « la place Beauvau indique »: a street that speaks is the power seated there.
  if (words.length >= 2 && (lex.thoroughfareWords.has(words[0] ?? '') || lex.thoroughfareWords.has(words.at(-1) ?? ''))) return 'organisation';
  if (words.length >= 2 && words.length <= 4 && !brand && !words.some((word) => lex.nameConnectors.has(word))) return 'person';
  // "Brian said", « explique Philippe »: a lone given name is someone; any other lone word may be a brand ("Skoda said").
  if (words.length === 1 && lex.givenNames.has(phrase)) return 'person';
  return 'organisation';
}

/** The words of a text after its last clause punctuation, trimmed: what may describe the name that follows. */
function clauseEndingAt(text: string): string {
  return (text.split(/[,;:.!?«»“”"()—–]/u).pop() ?? '').trim();
}

/** Lower-case words just before a name that give its role ("la toxicologue", "U.S. Marshals spokesman Inspector"). */
/** "Chief Medical Examiner Dr.", "Mr": the honorifics that end a title run before a name are no part of the role, and alone are none. */
function withoutHonorificsAtEnd(title: string, lex: CompiledLexicon): string | null {
  const words = title.split(/[\s\u00a0]+/u);
  while (words.length > 0 && lex.honorifics.has(lower(words.at(-1) ?? '').replace(/\.$/u, ''))) words.pop();
  return words.length === 0 ? null : words.join(' ');
}

function roleBefore(sentence: string, start: number, lex: CompiledLexicon): string | null {
  const clause = clauseEndingAt(sentence.slice(Math.max(0, start - 120), start));
  const all = clause.split(/[\s\u00a0]+/u).filter((word) => word !== '');
  // « précise la toxicologue X »: the role starts after the verb, and after the rest of a cue ("According to economist X").
  const verb = all.findLastIndex((word) => lex.reportingVerb.words.has(lower(word)));
  // "…the resignation of his defense minister Kim Yong-hyun": the role is what the possessive opens.
  const possessive = all.findLastIndex((word) => lex.possessiveDeterminers.has(lower(word)));
  let from = Math.max(verb, possessive) + 1;
  // "However, Prof Sharon Lewin": a sentence opener is no part of the role.
  while (from < all.length && ((lex.stopWords.has(lower(all[from] ?? '')) && !lex.leadingArticle.test(`${all[from] ?? ''} `)) || lex.sentenceOpeners.has(lower(all[from] ?? '')))) from++;
  const described = (withoutHonorificsAtEnd(all.slice(from).join(' '), lex) ?? '').split(/[\s\u00a0]+/u).filter((word) => word !== '');
  // « l'économiste »: the title behind an elided article.
  const bare = (word: string): string => lower(word).replace(lex.leadingArticle, '');
  // "a spokesman for Senator Jane Doe", "a spokesman for Jane Doe": the name is the one spoken for, whose role is only what follows the preposition.
  const spokenFor = described.findIndex((word, index) => lex.spokespersonNouns.has(bare(word)) && lex.qualifierPrepositions.has(lower(described[index + 1] ?? '')));
  const words = spokenFor === -1 ? described : described.slice(spokenFor + 2);
  const titled = words.some((word) => !lex.stopWords.has(bare(word)) && !lex.nameConnectors.has(bare(word)) && (lex.titleWords.has(bare(word)) || lex.personTitles.has(bare(word).replace(/\.$/u, ''))));
  if (!titled || words.length > MAX_ROLE_WORDS) return null;
  const role = withoutArticle(words.join(' '), lex);
  return role === '' ? null : role;
}

function roleAfter(sentence: string, end: number, lex: CompiledLexicon, start: number): { role: string; end: number; article: boolean } | null {
  const match = APPOSITION.exec(sentence.slice(end));
  // « membre de l'organisation Anti-Violence Project à New York qui, avant de… »: a relative clause cut by its comma is no part of the role.
  const role = match?.[1]?.trim().replace(lex.closingRelativeClause, '');
  if (match === null || role === undefined) return null;
  // « Selon l'Inserm, le risque augmente. »: after a name in the sentence's opening phrase, what runs to the end is the main clause.
  if (!/[,;:«»“”"—–]/u.test(sentence.slice(0, start)) && /^[\s\u00a0]*(?:[.!?]|$)/u.test(sentence.slice(end + match[0].length))) return null;
  const first = lower(role.split(/[\s\u00a0]+/u)[0] ?? '');
  const article = lex.leadingArticle.test(role);
  // "Rory O'Driscoll, of Scale Venture Partners", « Marie Dupont, de l'Insee »: the body the person is with is their role.
  const body = withoutArticle(role.slice(first.length).trim(), lex);
  const tied = lex.qualifierPrepositions.has(first) || lex.affiliationPrepositions.has(first);
  const affiliation = tied && /^\p{Lu}/u.test(body);
  // "…, of course.": a preposition that ties no body opens no role.
  const describes = tied ? affiliation : article || lex.titleWords.has(first) || lex.personTitles.has(first) || (/^\p{Ll}/u.test(role) && !lex.stopWords.has(first) && !lex.speakerPronouns.has(first));
  // "According to The Information, a Siri SDK could be introduced…", « Selon l'Insee, le chômage a baissé, a indiqué… »: a clause
  // with a modal or an auxiliary verb of its own (not a relative clause's) is the sentence going on, no role.
  const roleWords = role.split(/[\s\u00a0]+/u).map(lower);
  const relative = roleWords.findIndex((word) => lex.relativePronouns.has(word));
  const clause = roleWords.some((word, index) => lex.modalVerbs.has(word) || ((relative === -1 || index < relative) && (lex.auxiliaryVerbs.has(word) || lex.pluralAuxiliaries.has(word))));
  if (!describes || clause || opensAside(first, lex) || role.split(/\s+/u).length > MAX_ROLE_WORDS || lex.reportingVerb.re.test(role)) {
    lex.reportingVerb.re.lastIndex = 0;
    return null;
  }
  lex.reportingVerb.re.lastIndex = 0;
  return { role: affiliation ? body : withoutArticle(role, lex), end: end + match[0].length, article };
}

/**
 * "glisse Zineb, étudiante en littérature", "her mother, Fiona, said": a one-word name
 * described as someone is a person; so is one whose role has a person's title, body words
 * or not ("Lee, the Democratic Party leader, said").
 */
function describedAsPerson(speaker: Pick<Speaker, 'kind' | 'name'>, role: string, lex: CompiledLexicon): boolean {
  const name = speaker.name ?? '';
  if (speaker.kind !== 'organisation' || name.includes(' ') || ACRONYM.test(name) || lex.organisationWords.has(lower(name))) return false;
  const words = role.split(/[\s\u00a0]+/u).map(lower);
  return words.some((word) => lex.personTitles.has(word)) || !words.some((word) => lex.organisationWords.has(word));
}

/** « la ministre des », « ministre de l' »: a title, then connectors, right before a name; "Report on the" and a sentence's « L' » are none. */
function titleBeforeConnectors(before: string, lex: CompiledLexicon): boolean {
  const words = before.split(/[\s\u00a0]+|(?<=['’])/u).filter((word) => word !== '').map(lower);
  let last = words.length - 1;
  if (!lex.nameConnectors.has(words[last] ?? '')) return false;
  while (last >= 0 && lex.nameConnectors.has(words[last] ?? '')) last--;
  return lex.titleWords.has(words[last] ?? '');
}

/** Whether the word at `index` is a person's title before a capitalised name; before a body's word it is the body's name ("Justice Department", "General Assembly"). */
function titleBeforeName(tokens: readonly Token[], index: number, lex: CompiledLexicon): boolean {
  const next = tokens[index + 1];
  return next !== undefined && lex.personTitles.has(lower((tokens[index] as Token).word).replace(/\.$/u, '')) && isCapitalised(next, lex) && !lex.organisationWords.has(lower(next.word));
}

/** A named speaker whose first word is `tokens[index]`, or null. */
function namedAt(tokens: readonly Token[], index: number, sentence: string, lex: CompiledLexicon, self: string | null): Speaker | null {
  // Where the speaker's words open, titles included; `start` moves back over a body's lower-case head.
  const opening = (tokens[index] as Token).start;
  let first = index;
  // Titles before a name are its role, not part of it ("Judge Ford", "Inspector Frank Lempka").
  while (first < tokens.length - 1 && titleBeforeName(tokens, first, lex)) first++;
  const last = nameRunFrom(tokens, first, sentence, lex);
  if (last === -1) return null;
  // "California Sen. Dianne Feinstein": a title's dot ends the run, and the person follows it.
  const lastToken = tokens[last] as Token;
  const afterTitle = tokens[last + 1];
  if (last > first && afterTitle !== undefined && lex.personTitles.has(lower(lastToken.word)) && /^\.[\s\u00a0]+$/u.test(gap(sentence, lastToken, afterTitle)) && isCapitalised(afterTitle, lex)) {
    const person = namedAt(tokens, last + 1, sentence, lex, self);
    if (person?.kind === 'person') return { ...person, role: person.role ?? withoutHonorificsAtEnd(sentence.slice(opening, lastToken.end + 1), lex), start: opening };
  }
  // "Kenosha County District Attorney Michael Graveley": the person is the name after the last title.
  for (let i = last - 1; i >= first; i--) {
    const word = lower((tokens[i] as Token).word).replace(/\.$/u, '');
    // "Secretary-General", "Attorney-General": a hyphenated title ends with one.
    const title = lex.personTitles.has(word) || lex.personTitles.has(word.split('-').pop() ?? '');
    if (!title && !lex.organisationWords.has(word)) continue;
    const rest = tokens.slice(i + 1, last + 1);
    // « Banque d'Italie », "Quai d'Orsay": a name joined by an elided connector is the body's own.
    const spaced = SPACE_ONLY.test(gap(sentence, tokens[i] as Token, rest[0] ?? (tokens[i] as Token)));
    // "Martin Luther King III": a numeral alone after a title is the name's own, not a name.
    const named = rest.some((token) => !ROMAN_NUMERAL.test(token.word));
    if (spaced && named && rest.length >= 1 && rest.length <= 3 && rest.every((token) => /^\p{Lu}/u.test(token.word) && !lex.organisationWords.has(lower(token.word)) && !lex.nameConnectors.has(lower(token.word)))) first = i + 1;
    break;
  }
  // "USA TODAY's Jefferson Graham", "CBS's Mark Knoller": the person after a body's possessive, which is their role.
  const owner = tokens.slice(first, last).findLastIndex((token) => /['’]s$/u.test(token.word));
  const owned = owner === -1 ? [] : tokens.slice(first + owner + 1, last + 1);
  if (owned.length >= 2 && owned.length <= 3 && owned.every((token) => /^\p{Lu}/u.test(token.word) && !lex.organisationWords.has(lower(token.word)) && !lex.nameConnectors.has(lower(token.word)))) first += owner + 1;
  const startToken = tokens[first] as Token;
  const endToken = tokens[last] as Token;
  // "Found This Helpful": a capitalised function word opens a line in title case, not a name; an article may open one ("Le Monde").
  const opener = lower(startToken.word);
  if (lex.stopWords.has(opener) && !lex.definiteArticles.has(opener)) return null;
  // « "Well, what if…" »: an interjection alone, wherever the quotation opens, names no one.
  if (startToken === endToken && lex.sentenceOpeners.has(opener)) return null;
  let name = sentence.slice(startToken.start, endToken.end).replace(/['’]s$/u, '');
  if (namesSite(name, self)) return null;
  let end = endToken.end;
  // "Antoine*": a first name the article changed, so an unnamed source.
  if (sentence.charAt(end) === '*') {
    return { kind: 'anonymous', name: null, description: `${name}*`, role: roleAfter(sentence, end + 1, lex, opening)?.role ?? null, bare: false, start: opening, end: end + 1 };
  }
  const alias = acronymAfter(sentence, end);
  const written = name;
  if (alias !== null) {
    name = `${name} (${alias.alias})`;
    end = alias.end;
  }
  // "la ministre des Sports Laura Flessel": capitalised words after "des" belong to the title, and so to the role.
  // « ministre de l'Intérieur Jan Hamáček (ČSSD) »: the acronym after the person is their party's.
  const partyTagged = alias !== null && ACRONYM.test(alias.alias);
  const words = (partyTagged ? written : name).split(/[\s\u00a0]+/u);
  const personAtEnd = words.slice(-2).every((word) => /^\p{Lu}/u.test(word)) && !words.some((word) => lex.organisationWords.has(lower(word)) || lex.mediaWords.has(lower(word)) || lex.documentWords.has(lower(word)));
  let titleEnd: string | null = null;
  if (words.length >= 3 && personAtEnd && titleBeforeConnectors(sentence.slice(0, startToken.start), lex)) {
    titleEnd = words.slice(0, -2).join(' ');
    name = partyTagged ? `${words.slice(-2).join(' ')} (${alias.alias})` : words.slice(-2).join(' ');
  }
  // "a spokesman from Google": the title before the preposition is someone else's; « la ministre des Sports Laura Flessel » goes on with the title.
  const wordsRightBefore = wordsBefore(sentence, opening, 3, lex);
  const tied = titleEnd === null && tiedByPreposition(wordsRightBefore, lex);
  const before = tied ? [] : wordsRightBefore;
  // "Chuck Schumer of New York", "Matthew Kupfer de CBC": after a person's full name, a preposition starts where the person is from.
  // One word before « de » is a particle instead ("Charles de Gaulle").
  // Either side must say so: a body after the preposition, or a title before the name ("Lost Notebooks of Hank Williams" is neither).
  const fromWhere = alias === null ? lex.personFrom.exec(name) : null;
  const from = fromWhere?.[1] ?? null;
  const personFrom = fromWhere !== null && from !== null && classifyName(name.slice(0, fromWhere.index), before, '', lex) === 'person' &&
    (classifyName(from, [], sentence.slice(end), lex) !== 'person' || first > index || before.some((word) => lex.personTitles.has(word.replace(/\.$/u, ''))) || (!tied && roleBefore(sentence, opening, lex) !== null));
  if (personFrom) name = name.slice(0, fromWhere.index);
  let kind = personFrom ? 'person' : classifyName(name.replace(/\s*\([^)]*\)$/u, ''), before, sentence.slice(end), lex);
  // Not a person: the place where a group works ("doctors at Mass General"), or a name with an acronym of its own
  // ("Ottawa School Transportation Authority (OSTA)"; "(R-KY)" is a party tag).
  if (kind === 'person' && (namesGroupsHome(sentence, opening, lex) || (alias !== null && titleEnd === null && !PARTY_TAG.test(alias.alias)))) kind = 'organisation';
  // "whale rescue group Project Jonah", "the charity Whale Aid": a body's noun right before the name says what it names.
  const introducer = before.at(-1) ?? '';
  if (kind === 'person' && first === index && lex.organisationWords.has(introducer) && !lex.personTitles.has(introducer)) kind = 'organisation';
  const titledPerson = tokens.slice(index, first).some((token) => lex.personTitles.has(lower(token.word).replace(/\.$/u, '')));
  // "Opposition Leader Bill Shorten": after a person's title, "Bill" is no document.
  if (titledPerson && (kind === 'organisation' || kind === 'document') && !name.split(/\s+/u).some((word) => lex.organisationWords.has(lower(word)))) kind = 'person';
  // « le ministère de la Santé », "the state of Texas": the body is the whole name, not "Santé" or "Texas".
  let start = opening;
  const head = kind === 'person' || kind === 'media' || lex.bodyHeadBefore === null ? null : lex.bodyHeadBefore.exec(sentence.slice(Math.max(0, start - 60), start));
  if (head !== null && head !== undefined) {
    const tailEnd = alias === null ? bodyNameTail(sentence, end, lex) : end;
    name = `${head[0]}${name}${sentence.slice(end, tailEnd)}`;
    start -= head[0].length;
    end = tailEnd;
    kind = 'organisation';
  }
  const titles = first > index ? withoutHonorificsAtEnd(sentence.slice(opening, startToken.start).trim(), lex) : null;
  const titled = titles !== null || before.some((word) => lex.personTitles.has(word.replace(/\.$/u, '')));
  const after = roleAfter(sentence, end, lex, opening);
  if (after !== null && describedAsPerson({ kind, name }, after.role, lex)) kind = 'person';
  // « raconte Marie, 34 ans »: only a person has an age.
  const aged = kind !== 'media' && lex.ageAfterName.test(sentence.slice(end));
  if (aged) kind = 'person';
  const described = kind === 'person' && !tied ? roleBefore(sentence, opening, lex) : null;
  // « ministre de l' » + « Intérieur »: an elided article joins its word without a space.
  const roleGiven = described !== null && titleEnd !== null ? `${described}${/['’]$/u.test(described) ? '' : ' '}${titleEnd}` : described;
  // "Pocket Gems, first used HackerRank…", "Russia, for its part,": a body is described by what its article opens ("an investment advisor").
  const afterRole = after !== null && (kind === 'person' || after.article) ? after.role : null;
  const given = afterRole ?? (kind === 'person' ? (roleGiven ?? titles ?? (personFrom ? from : null)) : null);
  // "Mr Veitch", « Mme Martin »: an honorific alone is no role.
  const role = given === null ? null : withoutHonorificsAtEnd(given, lex);
  // Only a word that opens the sentence can be an ordinary word capitalised ("Rather, …", "Tests show…").
  const bare = startToken.initial && !name.includes(' ') && !ACRONYM.test(name) && kind !== 'media' && !lex.organisationWords.has(lower(name)) && !titled && after === null && !aged;
  return { kind, name, description: null, role, bare, start, end: after?.end ?? end };
}

const squeeze = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether a name is the page's own site ("NBC News" on nbcnews.com): the publisher speaking, not a source. */
export function namesSite(name: string, self: string | null): boolean {
  return self !== null && squeeze(name) === squeeze(self);
}

/** Whether a short name is the site's own, as its domain spells it: "AP" on apnews.com, "Reuters" on reuters.com. */
export function isOwnName(name: string, self: string | null): boolean {
  return self !== null && squeeze(name).length >= 2 && squeeze(self).startsWith(squeeze(name));
}

/** Whether the text at `start` opens with the site's own name: "NBC" in "given to NBC News" on nbcnews.com. */
export function opensWithSite(sentence: string, start: number, self: string | null): boolean {
  return self !== null && squeeze(sentence.slice(start)).startsWith(squeeze(self));
}

/** The document word among the words before a name, unless a body's word follows it: "the research firm CB Insights" is a firm. */
function documentHead(skipped: readonly Token[], lex: CompiledLexicon): Token | undefined {
  const index = skipped.findIndex((token) => lex.documentWords.has(lower(token.word)));
  if (index === -1) return undefined;
  const body = skipped.slice(index + 1).some((token) => lex.organisationWords.has(lower(token.word)) && !lex.documentWords.has(lower(token.word)));
  return body ? undefined : skipped[index];
}

/**
 * The speaker a cue or an inverted verb introduces, reading forward from `from`:
 * "according to X", "said X, a partner at Y", « précise l'OFAG », « selon un proche de… ».
 */
/** The most words of a known outlet's name (« france info », "new york times"). */
const MAX_OUTLET_WORDS = 4;

/**
 * « D'après franceinfo », « selon 20 Minutes »: a known outlet whose name no capital opens. Several lower-case
 * words are read only with a digit to open them: « selon le monde entier » names no newspaper.
 */
function knownOutletAt(sentence: string, tokens: readonly Token[], index: number, lex: CompiledLexicon): Speaker | null {
  const first = tokens[index] as Token;
  if (/^\p{Lu}/u.test(first.word)) return null;
  for (let last = Math.min(tokens.length, index + MAX_OUTLET_WORDS) - 1; last >= index; last--) {
    const end = (tokens[last] as Token).end;
    const name = sentence.slice(first.start, end);
    if (!lex.mediaNames.has(lower(name).replace(/[\s\u00a0]+/gu, ' '))) continue;
    const single = last === index && !lex.commonWords.has(lower(first.word));
    if (single || /^\d/u.test(first.word)) return { kind: 'media', name, description: null, role: null, bare: false, start: first.start, end };
  }
  return null;
}

export function speakerAfter(sentence: string, from: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  const rest = sentence.slice(from);
  if (/^[\s\u00a0]*[,:«“"]/u.test(rest)) return null;
  const tokens = tokenize(sentence);
  let index = tokens.findIndex((token) => token.start >= from);
  if (index === -1) return null;
  const startIndex = index;
  const known = knownOutletAt(sentence, tokens, index, lex);
  if (known !== null) return known;
  // Determiners and lower-case titles before the head: "le ministre de la Santé", "the health department".
  const skipped: Token[] = [];
  let blocked = false;
  while (index < tokens.length && skipped.length < 6) {
    const token = tokens[index] as Token;
    const word = lower(token.word);
    // « le Premier ministre », « la Première ministre »: a title's capitalised first word is no name.
    const next = tokens[index + 1];
    const titleOpening = lex.personTitles.has(word) && next !== undefined && /^\p{Ll}/u.test(next.word) && lex.titleWords.has(lower(next.word));
    if (isCapitalised(token, lex) && !(token.initial && lex.commonWords.has(word)) && !titleOpening) break;
    if (token.definite && /^\p{Lu}/u.test(token.word)) break;
    skipped.push(token);
    index++;
    // "said managing director Richard Wong": a few plain lower-case words may describe the name that follows.
    const describing = /^\p{Ll}/u.test(token.word) && !lex.stopWords.has(word) && !lex.reportingVerb.words.has(word) && skipped.length <= 4;
    if (describing && NAME_GAP.test(sentence.slice(token.end, tokens[index]?.start ?? token.end))) continue;
    if (!(lex.definiteDeterminers.has(word) || lex.indefiniteArticles.has(word) || lex.titleWords.has(word) || lex.nameConnectors.has(word) || lex.personTitles.has(word) || lex.anonymousModifiers.has(word) || lex.documentWords.has(word) || lex.mediaWords.has(word) || lex.definiteArticles.has(word))) {
      // "said the minister in Paris": after a preposition, the name is a place or a body the speaker belongs to, not the speaker.
      blocked = lex.stopWords.has(word);
      break;
    }
  }
  const head = skipped.map((token) => lower(token.word));
  const lead = skipped[0];
  const spanStart = lead?.start ?? (tokens[startIndex] as Token).start;
  // "a senior political source", "un proche d'Edouard Philippe", "citing people familiar with the matter": unnamed.
  const unnamed = unnamedSpeaker(sentence, tokens, startIndex, lex) ?? barePluralAt(sentence, tokens, startIndex, lex);
  if (unnamed !== null) return unnamed;
  const documentToken = documentHead(skipped, lex);
  if (documentToken !== undefined) return documentAfter(sentence, tokens, documentToken, spanStart, lex, self);
  // « assure à l'AFP Marie Martin, porte-parole… »: the outlet told is no part of the name after it, which is the speaker's (the outlet is read on its own).
  const toldHere = index < tokens.length && lex.mediaNames.has(lower((tokens[index] as Token).word)) && toldOutletAt(sentence, (tokens[index] as Token).start, lex);
  const outletTold = toldHere && index + 1 < tokens.length && joinsName(sentence, tokens[index] as Token, tokens[index + 1] as Token);
  const reachedAt = outletTold && isCapitalised(tokens[index + 1] as Token, lex) ? index + 1 : index;
  // « a indiqué le parquet à l'AFP »: the speaker is named before the outlet told.
  const toldAt = skipped.at(-1);
  if (toldHere && skipped.length > 1 && toldAt !== undefined && lex.stopWords.has(lower(toldAt.word))) {
    const subject = speakerAfter(sentence.slice(0, toldAt.start), from, lex, self);
    if (subject !== null) return subject;
  }
  // « a déclaré à l'AFP le maire, Jean Dupont »: the speaker is whoever comes after the outlet told by a preposition ("told Reuters a migrant died" names the outlet only).
  const afterOutlet = outletTold && skipped.length > 0 && reachedAt === index ? speakerAfter(sentence, (tokens[index] as Token).end, lex, self) : null;
  if (afterOutlet !== null) return afterOutlet;
  const reached = reachedAt < tokens.length ? namedAt(tokens, reachedAt, sentence, lex, self) : null;
  // "a police report given to NBC News": an outlet is credited wherever it is reached.
  const named = blocked && reached?.kind !== 'media' && reachedAt === index ? null : reached;
  const unnamedOfBody = named === null ? null : unnamedMemberAfter(sentence, tokens, skipped, named, lex);
  if (unnamedOfBody !== null) return unnamedOfBody;
  if (named !== null && named.start - spanStart < 80 && !/[.;:!?«»“”"]/u.test(sentence.slice(spanStart, named.start))) {
    // « le ministre des Affaires étrangères »: a lone name after a title and its connector is the title's field, not a person.
    const titleAt = head.findIndex((word) => lex.personTitles.has(word));
    if (named.kind === 'person' && !(named.name ?? '').includes(' ') && titleAt > 0 && lex.definiteArticles.has(head[titleAt - 1] ?? '') && lex.nameConnectors.has(head.at(-1) ?? '')) {
      return titleOrNamed(sentence, tokens, (skipped[titleAt - 1] as Token).start, bodyNameTail(sentence, named.end, lex), lex);
    }
    // « a déclaré le maire, Jean Dupont »: the title before the comma is the role of the name after it.
    const titled = named.kind === 'person' && /,[\s\u00a0]*$/u.test(sentence.slice(spanStart, named.start)) && head.some((word) => lex.personTitles.has(word) || (lex.titleWords.has(word) && !lex.stopWords.has(word)));
    const role = named.role ?? (titled ? withoutHonorificsAtEnd(withoutArticle(sentence.slice(spanStart, named.start).replace(/[\s\u00a0]*,[\s\u00a0]*$/u, ''), lex), lex) : null);
    return { ...named, role, start: reachedAt === index ? spanStart : named.start };
  }
  // "the health department", « la police »: a body identified in context.
  const body = skipped.find((token) => lex.identifiableBodies.has(lower(token.word)));
  if (body !== undefined && skipped.length >= 1 && (lex.definiteDeterminers.has(head[0] ?? '') || lex.definiteArticles.has(head[0] ?? '') || body.definite || head[0] === lower(body.word))) {
    if (lex.spokespersonNouns.has(lower(body.word)) || lex.titleWords.has(lower(body.word))) return carried(sentence, spanStart, body.end);
    // "the company said": the body named before; "the county health department" names one.
    if (lex.backReferenceBodies.has(lower(body.word)) && skipped.at(-1) === body && !skipped.slice(0, -1).some((token) => /^\p{Ll}/u.test(token.word) && !lex.stopWords.has(lower(token.word)))) return carried(sentence, spanStart, body.end);
    return { kind: 'organisation', name: sentence.slice(body.start, body.end), description: null, role: null, bare: false, start: spanStart, end: body.end };
  }
  // "according to tech recruiters": a kind of people, none of them named.
  const last = skipped[skipped.length - 1];
  const plural = last !== undefined && skipped.length <= 3 && skipped.every((token) => /^\p{Ll}/u.test(token.word)) && /s$/u.test(lower(last.word)) && lex.namesPeople(lower(last.word));
  const endsClause = last !== undefined && /^[\s\u00a0]*(?:[,.;:!?)]|$)/u.test(sentence.slice(last.end));
  const unnamedKind = !lex.definiteDeterminers.has(head[0] ?? '') && !lex.definiteArticles.has(head[0] ?? '') && !head.some((word) => lex.identifiableGroups.has(word) || lex.anonymousPlurals.has(word) || lex.documentWords.has(word) || lex.stopWords.has(word));
  if (plural && endsClause && unnamedKind) {
    return { kind: 'vague', name: null, description: sentence.slice(spanStart, last.end), role: null, bare: false, start: spanStart, end: last.end };
  }
  // "le ministre", "the judge": someone named earlier.
  const title = skipped.find((token) => lex.titleWords.has(lower(token.word)) && !lex.definiteArticles.has(lower(token.word)) && !lex.nameConnectors.has(lower(token.word)));
  if (title !== undefined && lex.definiteArticles.has(head[0] ?? '')) return titleOrNamed(sentence, tokens, spanStart, title.end, lex);
  return null;
}

/**
 * "said a French official", "according to a senior White House official": an unnamed source, a body or a
 * place written as an adjective between the article and the noun, as before the verb ("a Pentagon official
 * said"). A spokesperson is the body's voice instead ("said a Google spokesman": Google).
 */
function unnamedMemberAfter(sentence: string, tokens: readonly Token[], skipped: readonly Token[], named: Speaker, lex: CompiledLexicon): Speaker | null {
  const [determiner] = skipped;
  if (determiner === undefined || !lex.anonymousDeterminers.has(lower(determiner.word)) || named.kind === 'media') return null;
  if (skipped.some((token) => /^\p{Ll}/u.test(token.word) && !lex.anonymousDeterminers.has(lower(token.word)) && !lex.anonymousModifiers.has(lower(token.word)))) return null;
  const noun = tokens.find((token) => token.start >= named.end);
  const word = lower(noun?.word ?? '');
  if (noun === undefined || !SPACE_ONLY.test(sentence.slice(named.end, noun.start))) return null;
  if (!lex.anonymousNouns.has(word) && !lex.anonymousPlurals.has(word)) return null;
  return { kind: 'anonymous', name: null, description: sentence.slice(determiner.start, noun.end), role: null, bare: false, start: determiner.start, end: noun.end };
}

/** How far past a document word its named author or publisher may come: "rapport annuel du Forum économique mondial". */
const DOCUMENT_REACH = 8;

/** "a report by Stanford University's Center…", « une étude de l'IRD »: a document, named by what follows it. */
export function documentAfter(sentence: string, tokens: readonly Token[], documentToken: Token, spanStart: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  const from = tokens.indexOf(documentToken);
  // « selon le livre Le charme discret de l'intestin »: a work named by its title.
  const titled = titledWorkAt(sentence, tokens, from, lex);
  if (titled !== null) return { ...titled, start: spanStart };
  for (let i = from + 1; i < tokens.length && i <= from + DOCUMENT_REACH; i++) {
    const token = tokens[i] as Token;
    if (/[,;:.!?«»“”"()]/u.test(sentence.slice((tokens[i - 1] as Token).end, token.start))) return null;
    // "a police report in which former Temple University…": a new clause, whose names are not the document's.
    const word = lower(token.word);
    if (lex.relativePronouns.has(word) || lex.speakerPronouns.has(word)) return null;
    if (!isCapitalised(token, lex) && !(token.definite && /^\p{Lu}/u.test(token.word))) continue;
    const named = namedAt(tokens, i, sentence, lex, self);
    if (named === null || named.name === null) return null;
    const bare = named.name.replace(/[\s\u00a0]*\([^)]*\)$/u, '');
    const nameEnd = sentence.indexOf(bare, named.start) + bare.length;
    const name = sentence.slice(documentToken.start, nameEnd).replace(/[\s,]+$/u, '');
    return { kind: 'document', name, description: null, role: null, bare: false, start: spanStart, end: nameEnd };
  }
  return null;
}

function carried(sentence: string, start: number, end: number): Speaker {
  return { kind: 'carried', name: null, description: sentence.slice(start, end), role: null, bare: false, start, end };
}

/** Initials right after an unnamed source's noun: « un député LR », « un élu RN ». */
const PARTY_INITIALS = /^[\s\u00a0]+\p{Lu}{2,5}(?=[\s\u00a0,]|$)/u;

/** ", Jean Martin," after an unnamed description: the name that description belongs to. */
const NAMED_APPOSITION = /^[\s\u00a0]*,[\s\u00a0]*(\p{Lu}[\p{L}’'-]+[\s\u00a0]+\p{Lu}[\p{L}’'-]+)(?=[\s\u00a0]*(?:[,.;]|$))/u;

/**
 * « un haut fonctionnaire, Jean Martin », « la maire de Paris, Anne Hidalgo »: the person a
 * description names right after it, with the description as role; null when no name follows.
 */
function namedAfterDescription(sentence: string, tokens: readonly Token[], start: number, end: number, lex: CompiledLexicon): Speaker | null {
  const named = NAMED_APPOSITION.exec(sentence.slice(end));
  if (named === null) return null;
  const nameStart = end + named.index + named[0].indexOf(named[1] ?? '');
  const person = namedAt(tokens, tokens.findIndex((token) => token.start >= nameStart), sentence, lex, null);
  return person === null ? null : { ...person, kind: 'person', role: person.role ?? withoutArticle(sentence.slice(start, end), lex) };
}

/** A title that stands for someone named before (« le ministre »), unless the name follows it (« la maire de Paris, Anne Hidalgo »). */
function titleOrNamed(sentence: string, tokens: readonly Token[], start: number, end: number, lex: CompiledLexicon): Speaker {
  return namedAfterDescription(sentence, tokens, start, end, lex) ?? carried(sentence, start, end);
}

/**
 * « le conseiller com du président lâche », « l'ami de la victime raconte »: someone's
 * unnamed adviser, friend or witness, who holds no office of their own, described by whose
 * they are; the words are theirs, not those of whom they belong to. Without that complement
 * (« le conseiller a ajouté ») the noun points back at someone already named.
 */
function definiteUnnamedAt(sentence: string, tokens: readonly Token[], opener: number, end: number, lex: CompiledLexicon): Speaker | null {
  const article = tokens[opener] as Token;
  const nounAt = article.definite ? opener : opener + 1;
  const noun = tokens[nounAt];
  if (noun === undefined || nounAt >= end || (!article.definite && !lex.definiteArticles.has(lower(article.word)))) return null;
  const word = lower(noun.word);
  if (!lex.anonymousNouns.has(word) || lex.titleWords.has(word) || lex.spokespersonNouns.has(word)) return null;
  const described = adjectivesEndAfter(sentence, tokens, noun.end, lex);
  const nextAt = tokens.findIndex((token) => token.start >= described);
  const next = tokens[nextAt];
  const complement = next !== undefined && (lex.qualifierPrepositions.has(lower(next.word)) || lex.unnamedQualifier.test(sentence.slice(described)));
  if (!complement || /[,;:«»“”"()]/u.test(sentence.slice(described, (tokens[end] as Token).end))) return null;
  // « le conseiller fédéral », « le conseiller d'État Mauro Poggia »: a title is an office unless it is someone's (« du président », « de la ministre »).
  const owner = tokens.slice(nextAt + 1, end + 1).find((token) => !lex.definiteArticles.has(lower(token.word)));
  if (lex.personTitles.has(word) && (owner === undefined || !(lex.personTitles.has(lower(owner.word)) || lex.titleWords.has(lower(owner.word))))) return null;
  return { kind: 'anonymous', name: null, description: sentence.slice(article.start, (tokens[end] as Token).end), role: null, bare: false, start: article.start, end: (tokens[end] as Token).end };
}

/**
 * « assure-t-on à Matignon », « confie-t-on chez Renault »: the body named right after a
 * preposition of place or of affiliation at `from`, which speaks through the people it does
 * not name; null when none is named there.
 */
export function bodyPlacedAt(sentence: string, from: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  const tokens = tokenize(sentence);
  const at = tokens.findIndex((token) => token.start >= from);
  const preposition = tokens[at];
  const placed = tokens[at + 1];
  if (preposition === undefined || placed === undefined || !SPACE_ONLY.test(sentence.slice(from, preposition.start))) return null;
  if (!lex.placePrepositions.has(lower(preposition.word)) && !lex.affiliationPrepositions.has(lower(preposition.word))) return null;
  if (!NAME_GAP.test(gap(sentence, preposition, placed)) || !(isCapitalised(placed, lex) || (placed.definite && /^\p{Lu}/u.test(placed.word)))) return null;
  const named = namedAt(tokens, at + 1, sentence, lex, self);
  return named === null || named.kind === 'person' ? null : { ...named, kind: named.kind === 'media' ? 'media' : 'organisation' };
}

/** An unnamed source whose first word starts at `from`, or null. */
export function unnamedAfter(sentence: string, from: number, lex: CompiledLexicon): Speaker | null {
  const tokens = tokenize(sentence);
  const index = tokens.findIndex((token) => token.start >= from);
  return index === -1 ? null : unnamedSpeaker(sentence, tokens, index, lex);
}

/**
 * Where the unnamed source's noun that opens at `token` ends ("official", "person
 * familiar", « haut gradé »), and where a qualifier may start: after the noun, or inside
 * it when the noun runs into one ("a person familiar with the plans"). Null when no noun opens there.
 */
function unnamedNounAt(sentence: string, token: Token, lex: CompiledLexicon): { end: number; qualifiable: number[] } | null {
  if (lex.anonymousNouns.has(lower(token.word))) return { end: token.end, qualifiable: [token.end] };
  const phrase = lex.anonymousNounPhrase?.exec(sentence.slice(token.start));
  if (phrase === null || phrase === undefined) return null;
  const end = token.start + phrase[0].length;
  return { end, qualifiable: [token.end, end] };
}

/** The words qualifying an unnamed source ("close to the family", « proche du dossier »), opening at the first of `positions` where one does. */
function qualifierAt(sentence: string, positions: readonly number[], lex: CompiledLexicon): { text: string; end: number } | null {
  for (const from of positions) {
    const match = lex.unnamedQualifier.exec(sentence.slice(from));
    if (match !== null) return { text: match[0], end: from + match[0].length };
  }
  return null;
}

/** At most this many describing words before a plural of unnamed sources ("citing senior administration officials"). */
const MAX_PLURAL_MODIFIERS = 2;

/**
 * "according to people familiar with the matter", "citing unnamed sources", "citing senior
 * officials": unnamed people with no determiner. A bare "sources" with nothing to qualify
 * them is left to the vague reading ("according to sources").
 */
function barePluralAt(sentence: string, tokens: readonly Token[], index: number, lex: CompiledLexicon): Speaker | null {
  const first = tokens[index];
  if (first === undefined) return null;
  // How many words of an unnamed plural open at a token: "officials", "people familiar", "people with knowledge".
  const pluralAt = (at: number): number | undefined => {
    const words = tokens.slice(at, at + 3).map((token) => lower(token.word));
    return [3, 2, 1].find((count) => words.length >= count && lex.anonymousPlurals.has(words.slice(0, count).join(' ')));
  };
  let at = index;
  // Describing words come first where adjectives do ("unnamed sources"); a determiner ("many", « plusieurs ») makes a group vague.
  const describing = (word: string): boolean => !lex.adjectivesFollowNouns && /^\p{Ll}/u.test(word) && (lex.anonymousModifiers.has(lower(word)) || !lex.commonWords.has(lower(word)));
  while (at < index + MAX_PLURAL_MODIFIERS && pluralAt(at) === undefined && describing(tokens[at]?.word ?? '')) at++;
  const length = pluralAt(at);
  if (length === undefined || !/^\p{Ll}/u.test(first.word)) return null;
  const nounEnd = (tokens[at + length - 1] as Token).end;
  if (!SPACE_ONLY.test(sentence.slice(first.start, nounEnd).replace(/[\p{L}\p{N}'’.-]+/gu, ''))) return null;
  // "people familiar with the matter": the qualifier may open inside the plural's words.
  const qualifier = qualifierAt(sentence, [nounEnd, (tokens[at] as Token).end], lex);
  if (qualifier === null && at === index && length === 1 && lex.vagueNouns.has(lower(first.word))) return null;
  const end = Math.max(nounEnd, qualifier?.end ?? 0);
  return { kind: 'anonymous', name: null, description: sentence.slice(first.start, end), role: null, bare: false, start: first.start, end };
}

/** At most this many adjectives after an unnamed source's noun (« un haut fonctionnaire européen chevronné »). */
const MAX_FOLLOWING_ADJECTIVES = 2;

/**
 * Where the adjectives right after a noun end, in a language that places them there
 * (« source policière », « responsable américain »): lower-case words that are no
 * function word, verb, time word, adverb or opening of a qualifier; `from` when none.
 */
function adjectivesEndAfter(sentence: string, tokens: readonly Token[], from: number, lex: CompiledLexicon): number {
  if (!lex.adjectivesFollowNouns) return from;
  let end = from;
  const next = tokens.findIndex((token) => token.start >= from);
  for (let i = next; i !== -1 && i < tokens.length && i < next + MAX_FOLLOWING_ADJECTIVES; i++) {
    const token = tokens[i] as Token;
    const word = lower(token.word);
    if (!SPACE_ONLY.test(sentence.slice(end, token.start)) || !/^\p{Ll}[\p{Ll}-]*$/u.test(token.word)) break;
    const opensQualifier = lex.unnamedQualifiers.some((qualifier) => qualifier.split(' ')[0] === word);
    if (lex.stopWords.has(word) || lex.reportingVerb.words.has(word) || lex.calendarWords.has(word) || lex.speechAdverbs.has(word) || lex.qualifierPrepositions.has(word) || lex.relativePronouns.has(word) || opensQualifier) break;
    end = token.end;
  }
  return end;
}

/** "a senior source", "an official", "un proche de …", "un ténor de la droite", "a person familiar with the plans". */
function unnamedSpeaker(sentence: string, tokens: readonly Token[], index: number, lex: CompiledLexicon): Speaker | null {
  const first = tokens[index];
  if (first === undefined || !lex.anonymousDeterminers.has(lower(first.word))) return null;
  for (let i = index + 1; i < tokens.length && i <= index + 4; i++) {
    const token = tokens[i] as Token;
    const word = lower(token.word);
    const noun = unnamedNounAt(sentence, token, lex);
    if (noun !== null) {
      // « une source policière a indiqué », « selon un responsable américain »: adjectives after the noun describe the source too.
      const described = adjectivesEndAfter(sentence, tokens, noun.end, lex);
      let end = described;
      // "un proche d'Edouard Philippe", "a source close to the family": the qualifier describes, it does not name.
      const qualifier = qualifierAt(sentence, [...noun.qualifiable, described], lex);
      if (qualifier !== null) end = Math.max(end, qualifier.end);
      // « un député LR », "an official EU source": a party's or a body's initials say whose side, not who.
      if (qualifier === null) end += PARTY_INITIALS.exec(sentence.slice(end))?.[0].length ?? 0;
      // "an official at Google": a named body's voice. "a press officer for the hospital" speaks for the body in context, as "a spokesman"
      // does; "one senior official at the council" speaks for themself, unnamed.
      const pressOfficer = lex.spokespersonNouns.has(`${lower(tokens[i - 1]?.word ?? '')} ${word}`);
      if ((pressOfficer || lex.spokespersonNouns.has(word)) && qualifier !== null && /\p{Lu}/u.test(qualifier.text)) {
        return { kind: 'organisation', name: qualifier.text.replace(lex.spokespersonFor, '').trim(), description: null, role: word, bare: false, start: first.start, end };
      }
      if (pressOfficer && qualifier !== null) return null;
      // "un haut fonctionnaire, Jean Martin, directeur du budget": named after all.
      const named = namedAfterDescription(sentence, tokens, first.start, end, lex);
      if (named !== null) return named;
      return { kind: 'anonymous', name: null, description: sentence.slice(first.start, end), role: null, bare: false, start: first.start, end };
    }
    if (!lex.anonymousModifiers.has(word) && !/^\p{Ll}/u.test(token.word)) return null;
  }
  return null;
}

/** The most words of a relative clause between an unnamed subject and its verb ("A source who insisted on anonymity said"). */
const MAX_RELATIVE_WORDS = 10;

/** Whether the words between a subject and its verb are one relative clause on it, with no comma: "who insisted on anonymity". */
function relativeClauseBetween(sentence: string, from: number, to: number, lex: CompiledLexicon): boolean {
  const words = sentence.slice(from, to).trim().split(/[\s\u00a0]+/u);
  return words.length >= 2 && words.length <= MAX_RELATIVE_WORDS && lex.relativePronouns.has(lower(words[0] ?? '')) && !/[,;:.!?«»“”"()]/u.test(sentence.slice(from, to));
}

/** A short capitalised name between quotation marks right before a verb, no comma after it. */
const QUOTED_NAME_BEFORE = /[«“"][\s\u00a0]*(\p{Lu}[^«»“”".,;:!?]{0,60}?)[\s\u00a0]*[»”"][\s\u00a0]*$/u;
const MAX_QUOTED_NAME_WORDS = 6;

/**
 * « L'association «Les voix des Femmes» a dénoncé », 'the campaign "Moms for Liberty" said': a body written
 * between quotation marks, opening its clause or after a word that says it is a body. A quotation
 * before its verb is set off by a comma (« « Tout va bien », pourrait commenter le Président »).
 */
function quotedNameBefore(sentence: string, verbStart: number, lex: CompiledLexicon): Speaker | null {
  const before = sentence.slice(0, verbStart);
  const match = QUOTED_NAME_BEFORE.exec(before);
  const name = match?.[1]?.trim();
  if (match === null || name === undefined || name.split(/[\s\u00a0]+/u).length > MAX_QUOTED_NAME_WORDS) return null;
  const head = wordBefore(before, match.index);
  const opensClause = /(?:^|[,;:—–(])[\s\u00a0]*$/u.test(before.slice(0, match.index));
  if (!opensClause && !lex.organisationWords.has(head) && !lex.identifiableBodies.has(head)) return null;
  return { kind: 'organisation', name, description: null, role: null, bare: false, start: match.index, end: match.index + match[0].trimEnd().length };
}

/**
 * The speaker who ends right before a verb: "Georgetown University said", "Raysean
 * White, the bystander who recorded the video, said", "American officials said",
 * "he said".
 */
export function speakerBefore(sentence: string, verbStart: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  // "Canvas Ventures and Accel Partners - among the prominent firms - say": the aside between dashes describes the subject.
  const aside = DASH_ASIDE.exec(sentence.slice(0, verbStart));
  if (aside !== null) return speakerBefore(sentence, aside.index, lex, self);
  const quoted = quotedNameBefore(sentence, verbStart, lex);
  if (quoted !== null) return quoted;
  const tokens = tokenize(sentence.slice(0, verbStart));
  if (tokens.length === 0) return null;
  // « la Confédération africaine de football, qui évoque un report », "Georgetown, which said": the name the relative pronoun stands for.
  const relative = tokens[tokens.length - 1] as Token;
  if (lex.relativePronouns.has(lower(relative.word)) && onlyAdverbsBetween(sentence, relative.end, verbStart, lex)) {
    const antecedent = speakerBefore(sentence, relative.start - (/,[\s\u00a0]*$/u.exec(sentence.slice(0, relative.start))?.[0].length ?? 0), lex, self);
    // Only a named antecedent: "Alberto Shiguematsu, a São Paulo resident who tweeted" describes a person, it adds no source.
    if (antecedent === null || antecedent.name === null) return null;
    // "James Lankford, an Oklahoma Republican who warned": the apposition describes the name before its comma.
    const apposition = /,[\s\u00a0]*([\p{L}'’]+)[\s\u00a0]+$/u.exec(sentence.slice(0, antecedent.start));
    if (apposition !== null && lex.indefiniteArticles.has(lower(apposition[1] ?? ''))) {
      const described = speakerBefore(sentence, apposition.index, lex, self);
      return described !== null && described.name !== null && described.kind === 'person' ? { ...described, role: described.role ?? withoutArticle(sentence.slice(apposition.index + 1, antecedent.end).trim(), lex) } : null;
    }
    return antecedent;
  }
  let end = tokens.length - 1;
  // "Jason may believe", « pourrait annoncer »: a possibility, no words given (as written: "May" is a month).
  const last = tokens[end] as Token;
  if (lex.modalVerbs.has(last.word) && SPACE_ONLY.test(sentence.slice(last.end, verbStart))) return null;
  // "Ceballos yesterday ruled", "Macron on Monday condemned": a few time words may stand between.
  for (let skipped = 0; end > 0 && skipped < 3; skipped++) {
    const word = lower((tokens[end] as Token).word);
    // "Smith, speaking on Monday, said": a time word that closes an aside is the aside's.
    const next = tokens[end + 1]?.start ?? verbStart;
    if ((!lex.calendarWords.has(word) && !lex.speechAdverbs.has(word)) || !ELIDED_OR_SPACE.test(sentence.slice((tokens[end] as Token).end, next))) break;
    end--;
  }
  // "La Société suisse de l'industrie du gaz et des eaux (SSIGE) considère": the name before the acronym.
  if (/^\.?\)[\s\u00a0]*$/u.test(sentence.slice((tokens[end] as Token).end, verbStart)) && end >= 1) {
    const open = sentence.lastIndexOf('(', (tokens[end] as Token).start);
    // "Adam Schiff (D-Calif.) said": a party tag is the person's role.
    const tag = sentence.slice(open + 1, sentence.lastIndexOf(')', verbStart)).trim();
    if (open > 0 && PARTY_TAG.test(tag)) {
      const person = speakerBefore(sentence, open, lex, self);
      return person === null ? null : { ...person, role: person.role ?? tag, end: verbStart };
    }
    while (end > 0 && (tokens[end] as Token).start > open) end--;
    for (let i = 0; i <= end; i++) {
      if (isCapitalised(tokens[i] as Token, lex) && nameRunFrom(tokens, i, sentence, lex) >= end) return namedAt(tokens, i, sentence, lex, self);
    }
    return null;
  }
  const token = tokens[end] as Token;
  const tail = sentence.slice(token.end, verbStart);
  if (!SPACE_ONLY.test(tail) && !onlyAdverbsBetween(sentence, token.end, verbStart, lex)) {
    // ", the bystander who recorded the video, said", ", managing director of X, an investor in Y, says": step over appositions.
    // "Jane Smith, D-Calif., said": an abbreviation's full stop may close the aside.
    if (!/^\.?[\s\u00a0]*,[\s\u00a0]*$/u.test(tail)) return null;
    let cut = token.end;
    let aged = false;
    const roles: (string | null)[] = [];
    const roleStarts: number[] = [];
    for (let hops = 0; hops < MAX_APPOSITIONS; hops++) {
      const comma = sentence.lastIndexOf(',', cut - 1);
      const segment = sentence.slice(comma + 1, cut).trim();
      const before = tokenize(sentence.slice(0, comma === -1 ? cut : comma));
      if (segment.split(/[\s\u00a0]+/u).length > MAX_ROLE_WORDS) return null;
      // "Adam Schiff (D-Calif.), meanwhile, said": an adverb between commas is no role.
      if (comma !== -1 && segment !== '' && segment.split(/[\s\u00a0]+/u).every((word) => lex.sentenceOpeners.has(lower(word)) || lex.speechAdverbs.has(lower(word)))) {
        cut = comma;
        continue;
      }
      // « le fait que le CIRC, une des agences de l’OMS, l’ait classé »: a new clause opens in the segment, its subject is the speaker.
      const words = segment.split(/[\s\u00a0]+/u);
      const breaker = words.findLastIndex((word) => lex.clauseBreakers.has(lower(word)));
      const subject = words[breaker + 1] ?? '';
      const opensClause = breaker !== -1 && /^\p{Lu}/u.test(words.at(-1) ?? '') && (lex.definiteArticles.has(lower(subject)) || /^\p{Lu}/u.test(subject));
      if (opensClause || !describesSomeone(segment, lex)) {
        // The segment is the speaker itself: "Blake's family attorney, Benjamin Crump, said"; a party tag after the name is the role.
        const tag = /[\s\u00a0]*\(([^()]{1,20})\)[\s\u00a0]*$/u.exec(sentence.slice(0, cut));
        const party = tag !== null && PARTY_TAG.test(tag[1] ?? '') ? tag : null;
        const own = tokenize(sentence.slice(0, party === null ? cut : party.index));
        const speaker = own.length === 0 ? null : lastNameEndingAt(sentence, own, own.length - 1, lex, self);
        // "Meanwhile, a health official, rejecting the allegations, said": no name opens the clause, so the first aside is the subject.
        if (speaker === null) return own.length === 1 && roleStarts.length > 0 ? unnamedAtOffset(sentence, roleStarts[roleStarts.length - 1] ?? 0, lex) : null;
        const role = roles.filter((given) => given !== null).pop() ?? party?.[1] ?? (comma === -1 ? null : roleBeforeComma(sentence, comma, lex));
        const kin = role === null && comma !== -1 ? kinBeforeComma(sentence, comma, lex) : null;
        // "Smith, 45, said": only a person has an age.
        const kind = (kin !== null || aged) && !(speaker.name ?? '').includes(' ') ? 'person' : speaker.kind;
        return { ...speaker, kind, role: speaker.role ?? role ?? kin, bare: speaker.bare && role === null && kin === null && !aged, end: verbStart };
      }
      // "Donald J. Trump, who seems kind of sensitive about…, said", "Smith, speaking to reporters, said": a clause or an aside on the speaker is no role.
      // "Jane Doe, 34, a nurse, said": an age is no role.
      const age = lex.age.test(segment);
      aged ||= age;
      roles.push(opensAside(lower(words[0] ?? ''), lex) || age ? null : withoutArticle(segment, lex));
      // "The report, published Tuesday by the Brookings Institution, found": a document opening the clause, its author named in an aside.
      if ((comma === -1 || before.length === 0) && lex.documentWords.has(lower(words.at(-1) ?? ''))) return authorInAsides(sentence, roleStarts, verbStart, lex, self);
      roleStarts.push(comma + 1);
      // "An official, who spoke on condition of anonymity, said", « Un policier, sous couvert d'anonymat, raconte »: the
      // first segment, an unnamed source, is the subject the asides describe.
      if (comma === -1 || before.length === 0) return roleStarts.length > 1 ? unnamedAtOffset(sentence, comma + 1, lex) : null;
      cut = comma;
    }
    return null;
  }
  // "Un proche du dossier a affirmé": an unnamed source that opens the clause and runs up to the verb.
  const clauseStart = Math.max(0, ...[...sentence.slice(0, verbStart).matchAll(/[,;:«»“”"—–(]/gu)].map((match) => match.index + 1));
  const opener = tokens.findIndex((candidate) => candidate.start >= clauseStart);
  const unnamed = opener === -1 ? null : (unnamedSpeaker(sentence, tokens, opener, lex) ?? definiteUnnamedAt(sentence, tokens, opener, end, lex));
  if (unnamed !== null && (onlyAdverbsBetween(sentence, unnamed.end, verbStart, lex) || relativeClauseBetween(sentence, unnamed.end, verbStart, lex))) return unnamed;
  const document = opener === -1 ? null : (definiteDocumentAt(sentence, tokens, opener, end, lex) ?? namedDocumentAt(sentence, tokens, opener, lex, self));
  if (document !== null) return document;
  const word = lower(token.word);
  if (lex.speakerPronouns.has(word)) return { kind: 'carried', name: null, description: token.word, role: null, bare: false, start: token.start, end: token.end };
  // "Rolling Stone magazine said": a name the media word closes; "Trump's website said" is someone's page.
  if (lex.mediaWords.has(word) && /^\p{Ll}/u.test(token.word) && end >= 1 && !/['’]s$/u.test((tokens[end - 1] as Token).word) && joinsName(sentence, tokens[end - 1] as Token, token)) {
    const outlet = nameEndingAt(sentence, tokens, end - 1, lex, self);
    if (outlet !== null && outlet.name !== null && outlet.kind !== 'person') return { ...outlet, kind: bodysOwnPages(outlet.name, word, lex) ? 'organisation' : 'media', role: null, end: token.end };
  }
  // "A Gallup poll found", "The Mueller report concluded": a document named by whom it is from.
  if (lex.sourceDocuments.has(word) && /^\p{Ll}/u.test(token.word) && end >= 1 && !/['’]s$/u.test((tokens[end - 1] as Token).word) && joinsName(sentence, tokens[end - 1] as Token, token)) {
    const author = nameEndingAt(sentence, tokens, end - 1, lex, self);
    if (author !== null && author.name !== null) {
      return { kind: 'document', name: sentence.slice(author.start, token.end), description: null, role: null, bare: false, start: author.start, end: token.end };
    }
  }
  if (lex.anonymousPlurals.has(word) || lex.anonymousNouns.has(word)) return anonymousBefore(sentence, tokens, end, lex);
  const found = nameOrBodyEndingAt(sentence, tokens, end, lex, self);
  if (found?.kind !== 'carried') return found;
  const subject = subjectOfComplement(sentence, clauseStart, found, lex);
  return subject === undefined ? found : subject;
}

function nameOrBodyEndingAt(sentence: string, tokens: readonly Token[], end: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  const named = lastNameEndingAt(sentence, tokens, end, lex, self);
  if (named !== null) {
    const holder = titleHolder(sentence, tokens, named, lex);
    if (holder !== null) return holder;
    const placed = placedSpeaker(sentence, tokens, named, lex, self);
    return placed === undefined ? named : placed;
  }
  return bodyNameEndingAt(sentence, tokens, end, lex, self) ?? bodyEndingAt(sentence, tokens, end, lex, self) ?? definiteEndingAt(sentence, tokens, end, lex) ?? bodyWithTailEndingAt(sentence, tokens, end, lex, self);
}

/**
 * "People familiar with the matter said", "Sources close to the president said", "an
 * adviser to the governor said": a definite noun after the words that qualify an unnamed
 * source is their complement, not the speaker; carried, it would hand the words to the
 * last source named. The subject is an anonymous source when its words name one ("a
 * lawyer close to the family" names none, and is credited to nobody); `undefined` when
 * the clause is no such subject. After a preposition of membership, someone speaks for
 * the complement when it is a body or an office ("officials at the hospital", "a
 * spokesman for the president"), and for nobody the article credits otherwise: "a lawyer
 * for the family said" is no word of the last source named.
 */
function subjectOfComplement(sentence: string, clauseStart: number, complement: Speaker, lex: CompiledLexicon): Speaker | null | undefined {
  const subject = sentence.slice(clauseStart, complement.start);
  const words = subject.trim().split(/[\s\u00a0]+/u).map(lower);
  // "at the university": the complement's article, when it was not read as part of it.
  while (words.length > 0 && lex.definiteArticles.has(words.at(-1) ?? '')) words.pop();
  const phrase = ` ${words.join(' ')} `;
  if (words.length < 2) return undefined;
  if (!lex.unnamedQualifiers.some((qualifier) => phrase.endsWith(` ${qualifier} `))) {
    const noun = lower(/[\p{L}-]+$/u.exec(complement.description ?? '')?.[0] ?? '');
    const speaksFor = lex.backReferenceBodies.has(noun) || lex.titleWords.has(noun) || lex.personTitles.has(noun);
    return lex.qualifierPrepositions.has(words.at(-1) ?? '') && lex.anonymousDeterminers.has(words[0] ?? '') && !speaksFor ? null : undefined;
  }
  const unnamedNouns = [...lex.anonymousNouns, ...lex.anonymousPlurals];
  // An indefinite subject ("an adviser to…") or an unnamed source's noun after one determiner at most ("Sources close to…", « des sources proches de… »).
  const opensOnSource = unnamedNouns.some((noun) => phrase.startsWith(` ${noun} `) || phrase.startsWith(` ${words[0] ?? ''} ${noun} `));
  if (!lex.anonymousDeterminers.has(words[0] ?? '') && !opensOnSource) return undefined;
  if (!unnamedNouns.some((noun) => phrase.includes(` ${noun} `))) return null;
  const start = clauseStart + subject.length - subject.trimStart().length;
  return { kind: 'anonymous', name: null, description: sentence.slice(start, complement.end), role: null, bare: false, start, end: complement.end };
}

/**
 * "Officials in Washington said", "a spokesman in Berlin said", « un diplomate à Paris
 * a affirmé »: a name after a preposition of place says where the speaker is. The speaker
 * is whoever comes before the preposition, described with the place; `undefined` when the
 * name is no such place, `null` when nobody stands before it.
 */
function placedSpeaker(sentence: string, tokens: readonly Token[], named: Speaker, lex: CompiledLexicon, self: string | null): Speaker | null | undefined {
  const index = tokens.findIndex((token) => token.start === named.start);
  // "in the Israeli-occupied West Bank": an article and a hyphenated adjective may stand between.
  let at = index - 1;
  while (at > 0 && at >= index - 2 && (lex.definiteArticles.has(lower((tokens[at] as Token).word)) || (tokens[at] as Token).word.includes('-')) && SPACE_ONLY.test(gap(sentence, tokens[at] as Token, tokens[at + 1] as Token))) at--;
  const preposition = tokens[at];
  if (index < 1 || preposition === undefined || named.kind === 'media' || !NAME_GAP.test(gap(sentence, preposition, tokens[at + 1] as Token))) return undefined;
  // "Joshua Becker at Becoming Minimalist suggests": a named person at their workplace, which is their role; "a spokesman at Google" is Google's.
  if (lex.affiliationPrepositions.has(lower(preposition.word))) {
    const person = speakerBefore(sentence, preposition.start, lex, self);
    return person?.kind === 'person' ? { ...person, role: person.role ?? named.name, end: named.end } : undefined;
  }
  if (!lex.placePrepositions.has(lower(preposition.word))) return undefined;
  // "Prosecutors in San Francisco", "police in Paris": a group whose office the place names.
  if (lex.identifiableGroups.has(lower(tokens[at - 1]?.word ?? ''))) return undefined;
  const placed = speakerBefore(sentence, preposition.start, lex, self);
  if (placed === null || placed.name !== null) return placed;
  return { ...placed, description: sentence.slice(placed.start, named.end), end: named.end };
}

/** « Le ministère des Affaires étrangères a indiqué »: a body's name closed by lower-case words before its verb. */
function bodyWithTailEndingAt(sentence: string, tokens: readonly Token[], end: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  for (let words = 1; words <= 2 && end - words >= 0; words++) {
    const named = lastNameEndingAt(sentence, tokens, end - words, lex, self);
    if (named?.kind === 'organisation' && named.end >= (tokens[end] as Token).end) return named;
  }
  return null;
}

/**
 * « Le bilan du projet-pilote mené l'an dernier fait état… », "The report of the
 * commission found…": a document the clause opens with, named by what follows its word.
 * A bare « le rapport » names nothing the reader could look up, so it is not one.
 */
function definiteDocumentAt(sentence: string, tokens: readonly Token[], opener: number, end: number, lex: CompiledLexicon): Speaker | null {
  const article = tokens[opener] as Token;
  const head = article.definite ? article : tokens[opener + 1];
  if (head === undefined || (!article.definite && !lex.definiteArticles.has(lower(article.word))) || !lex.documentWords.has(lower(head.word))) return null;
  let last = tokens.indexOf(head);
  // Complements joined by connectors: "du projet-pilote", "of the commission", "de l'Académie d'agriculture".
  while (last + 2 <= end && lex.nameConnectors.has(lower((tokens[last + 1] as Token).word)) && NAME_GAP.test(sentence.slice((tokens[last] as Token).end, (tokens[last + 1] as Token).start))) {
    let next = last + 2;
    while (next < end && lex.nameConnectors.has(lower((tokens[next] as Token).word))) next++;
    last = next;
  }
  if (last === tokens.indexOf(head)) return null;
  const name = sentence.slice(head.start, (tokens[last] as Token).end);
  return { kind: 'document', name, description: null, role: null, bare: false, start: article.start, end: (tokens[last] as Token).end };
}

/** « Le sondage Ifop montre », « Un sondage Ifop publié lundi montre »: a document the clause opens with, named by whom it is from, as after a cue (« selon un sondage Ifop »). */
function namedDocumentAt(sentence: string, tokens: readonly Token[], opener: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  const article = tokens[opener] as Token;
  const head = tokens[opener + 1];
  const author = tokens[opener + 2];
  if (head === undefined || author === undefined || !(lex.definiteArticles.has(lower(article.word)) || lex.indefiniteArticles.has(lower(article.word)))) return null;
  if (!lex.sourceDocuments.has(lower(head.word)) || !isCapitalised(author, lex) || !joinsName(sentence, head, author)) return null;
  return documentAfter(sentence, tokens, head, article.start, lex, self);
}

/** « la Confédération africaine de football évoque »: a body's name that ends in lower case, found from its first word. */
function bodyNameEndingAt(sentence: string, tokens: readonly Token[], end: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  for (let i = Math.max(0, end - MAX_NAME_WORDS); i < end; i++) {
    const token = tokens[i] as Token;
    if (/^\p{Lu}/u.test(token.word) && lex.organisationWords.has(lower(token.word)) && nameRunFrom(tokens, i, sentence, lex) === end) return namedAt(tokens, i, sentence, lex, self);
  }
  return null;
}

/** "the brokerage said", « l'entreprise a précisé »: one of whom the article has already spoken. */
function definiteEndingAt(sentence: string, tokens: readonly Token[], end: number, lex: CompiledLexicon): Speaker | null {
  const noun = tokens[end] as Token;
  if (!/^\p{Ll}/u.test(noun.word) || lex.stopWords.has(lower(noun.word)) || /s$/u.test(noun.word)) return null;
  for (let i = end; i >= 0 && end - i < 3; i--) {
    const token = tokens[i] as Token;
    if (i < end && !NAME_GAP.test(sentence.slice(token.end, (tokens[i + 1] as Token).start))) return null;
    const word = lower(token.word);
    if (token.definite || lex.definiteArticles.has(word)) return carried(sentence, token.start, noun.end);
    if (!/^\p{Ll}/u.test(token.word) || lex.stopWords.has(word)) return null;
  }
  return null;
}

const MAX_APPOSITIONS = 3;
/** Between a skipped word and the next: spaces, or an elision's apostrophe (« m'a confié »). */
const ELIDED_OR_SPACE = /^(?:['’]|[\s\u00a0\u202f]+)$/u;

/** Whether nothing but time words and adverbs stands between a subject and its verb ("a source yesterday said"). */
function onlyAdverbsBetween(sentence: string, from: number, to: number, lex: CompiledLexicon): boolean {
  return tokenize(sentence.slice(from, to)).every((token) => lex.speechAdverbs.has(lower(token.word)) || lex.calendarWords.has(lower(token.word))) && !/[,;:.!?«»“”"]/u.test(sentence.slice(from, to));
}

/** "R-Texas", "D-Calif.": a party and a state after a politician's name. */
const PARTY_TAG = /^\p{Lu}-\p{Lu}[\p{L}.]*$/u;

/** A name in the possessive, then lower-case words: "Apple's chief executive". */
const POSSESSIVE_ROLE = /^\p{Lu}[\p{L}\p{N}.&-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{N}.&-]*){0,3}['’]s?[\s\u00a0]+(?:\p{Ll}|\p{Lu}{2,}(?![\p{L}]))/u;

/** Whether words between commas describe someone rather than name them: "one of the leading voices", "a partner at Y", « toxicologue », an age. */
function describesSomeone(segment: string, lex: CompiledLexicon): boolean {
  // "Apple's chief executive", "Harvard's dean of admissions": a possessive name and a role.
  if (lex.age.test(segment) || POSSESSIVE_ROLE.test(segment)) return true;
  const [opening = '', ...rest] = segment.split(/[\s\u00a0]+/u);
  const first = lower(opening);
  // "CEO of Acme", « PDG d'Acme », "President of the association": a title that no name follows ("President Biden" names someone).
  const title = lex.personTitles.has(first.replace(/\.$/u, '')) || lex.titleWords.has(first);
  if (title && !lex.stopWords.has(first) && (rest.length === 0 || /^\p{Ll}/u.test(rest[0] ?? ''))) return true;
  // "UN special rapporteur on torture": a body's initials and a role, no name after them ("ILM supervisor John Knoll" names him).
  if (/^\p{Lu}{2,}[\s\u00a0]+\p{Ll}/u.test(segment) && rest.every((word) => /^\p{Ll}/u.test(word))) return true;
  // "the George Kaiser Family Foundation": an article before a body's name in capitals names it; it describes no one.
  if (lex.definiteArticles.has(first) && rest.length >= 2 && rest.every((word) => /^\p{Lu}/u.test(word) || lex.nameConnectors.has(word)) && rest.some((word) => lex.organisationWords.has(lower(word)))) return false;
  return /^\p{Ll}/u.test(segment) || PARTY_TAG.test(segment) || lex.indefiniteArticles.has(first) || lex.definiteDeterminers.has(first) || lex.definiteArticles.has(first);
}

/** The one named after an agent preposition in the asides that open at `starts`, before `end`: "published Tuesday by the Brookings Institution", « publiée mardi par l'Inserm ». */
function authorInAsides(sentence: string, starts: readonly number[], end: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  for (const start of starts) {
    const asideEnd = sentence.indexOf(',', start);
    const aside = sentence.slice(0, asideEnd === -1 || asideEnd > end ? end : asideEnd);
    const agent = tokenize(aside).find((token) => token.start >= start && lex.agentPrepositions.has(lower(token.word)));
    const named = agent === undefined ? null : speakerAfter(aside, agent.end, lex, self);
    if (named !== null && named.name !== null) return { ...named, end };
  }
  return null;
}

/** An unnamed source opening at an offset ("a health official"). */
function unnamedAtOffset(sentence: string, offset: number, lex: CompiledLexicon): Speaker | null {
  const tokens = tokenize(sentence);
  const index = tokens.findIndex((token) => token.start >= offset);
  return index === -1 ? null : unnamedSpeaker(sentence, tokens, index, lex);
}

/** "her mother, Fiona": a relative, whose name can only be a person's. */
function kinBeforeComma(sentence: string, comma: number, lex: CompiledLexicon): string | null {
  const clause = clauseEndingAt(sentence.slice(0, comma));
  const words = clause.split(/[\s\u00a0]+/u);
  return words.length <= 4 && lex.kinNouns.has(lower(words[words.length - 1] ?? '')) ? withoutArticle(clause, lex) : null;
}

/** "Blake's family attorney, Benjamin Crump": the words before the comma, when they are a role. */
function roleBeforeComma(sentence: string, comma: number, lex: CompiledLexicon): string | null {
  const clause = clauseEndingAt(sentence.slice(0, comma));
  const words = clause.split(/[\s\u00a0]+/u);
  if (words.length === 0 || words.length > MAX_ROLE_WORDS) return null;
  if (!words.some((word) => lex.titleWords.has(lower(word)) || lex.personTitles.has(lower(word)))) return null;
  // "But its founder, Suzzanne Monk, …": the clause's opening words are no part of the role.
  const from = words.findIndex((word) => !lex.stopWords.has(lower(word)) && !lex.sentenceOpeners.has(lower(word)));
  return from === -1 ? null : words.slice(from).join(' ');
}

/** "American officials", "Law enforcement sources", "Our sources", "officials at the institution" (that names a body). */
function anonymousBefore(sentence: string, tokens: readonly Token[], end: number, lex: CompiledLexicon): Speaker | null {
  const noun = tokens[end] as Token;
  let start = end;
  while (start > 0 && end - start < 3) {
    const previous = tokens[start - 1] as Token;
    if (!NAME_GAP.test(sentence.slice(previous.end, (tokens[start] as Token).start))) break;
    const word = lower(previous.word);
    if (lex.stopWords.has(word) && !lex.anonymousDeterminers.has(word) && !lex.anonymousPluralOpeners.has(word)) break;
    if (lex.reportingVerb.words.has(word)) break;
    start--;
  }
  const first = tokens[start] as Token;
  const previousWord = lower(tokens[start - 1]?.word ?? '');
  // "the officials said": officials the article has already placed.
  const pointing = (word: string): boolean => lex.definiteArticles.has(word) || lex.demonstratives.has(word);
  if (pointing(lower(first.word)) || pointing(previousWord)) {
    return carried(sentence, first.start, noun.end);
  }
  return { kind: 'anonymous', name: null, description: sentence.slice(first.start, noun.end), role: null, bare: false, start: first.start, end: noun.end };
}

function lastNameEndingAt(sentence: string, tokens: readonly Token[], end: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  const named = nameEndingAt(sentence, tokens, end, lex, self);
  if (named === null) return null;
  // "Many Americans believe", « beaucoup de Français estiment »: a people, not a name.
  const group = lex.vagueDeterminerBefore.exec(sentence.slice(Math.max(0, named.start - 40), named.start));
  if (group !== null && named.name !== null && !named.name.includes(' ') && /s$/u.test(named.name)) {
    const start = named.start - (Math.min(40, named.start) - group.index);
    // « Les voix des Femmes appelle »: « des » after a noun joins a name's words, it counts no one.
    const before = /([\p{L}'’-]+)[\s\u00a0]*$/u.exec(sentence.slice(0, start))?.[1] ?? '';
    if (lex.nameConnectors.has(lower(group[0].trim())) && /^\p{Ll}/u.test(before) && !lex.stopWords.has(lower(before)) && !lex.reportingVerb.words.has(lower(before))) return null;
    // "Feinstein and other Democrats said": the group stands beside someone named, who carries the words.
    const beside = lex.coordinatedAfterName.test(sentence.slice(0, start));
    return { kind: beside ? 'carried' : 'vague', name: null, description: sentence.slice(start, named.end).trim(), role: null, bare: false, start, end: named.end };
  }
  // "sources close to Real say": the name qualifies an unnamed source.
  const qualifier = lex.anonymousQualifier.exec(sentence.slice(Math.max(0, named.start - 60), named.start));
  if (qualifier !== null) {
    const start = named.start - (Math.min(60, named.start) - qualifier.index);
    return { kind: 'anonymous', name: null, description: sentence.slice(start, named.end), role: null, bare: false, start, end: named.end };
  }
  return withParticle(sentence, tokens, named, lex);
}

/**
 * "The mayor of Paris said", « Le ministre de la Santé a indiqué »: a lone name after a
 * title and its connector is the title's field, not a person; the title's holder is
 * someone named before, as after the verb (« a déclaré le ministre des Affaires étrangères »).
 */
function titleHolder(sentence: string, tokens: readonly Token[], named: Speaker, lex: CompiledLexicon): Speaker | null {
  if (named.kind !== 'person' || (named.name ?? '').includes(' ')) return null;
  let index = tokens.findIndex((token) => token.start === named.start) - 1;
  let connectors = 0;
  while (index >= 0 && (lex.nameConnectors.has(lower((tokens[index] as Token).word)) || lex.definiteArticles.has(lower((tokens[index] as Token).word)))) {
    connectors++;
    index--;
  }
  const title = tokens[index];
  if (connectors === 0 || title === undefined || !lex.personTitles.has(lower(title.word))) return null;
  // "a spokesman for Google", « un porte-parole de Google »: no office of its own, the voice of whom it names.
  if (lex.spokespersonNouns.has(lower(title.word))) return { kind: 'organisation', name: named.name, description: null, role: title.word, bare: false, start: title.start, end: named.end };
  const article = tokens[index - 1];
  return carried(sentence, article !== undefined && lex.definiteArticles.has(lower(article.word)) ? article.start : title.start, bodyNameTail(sentence, named.end, lex));
}

/** ", de Miranda notes", "van Gogh wrote": a family name with its particle, where a clause opens on the particle, is a person's. */
function withParticle(sentence: string, tokens: readonly Token[], named: Speaker, lex: CompiledLexicon): Speaker {
  const index = tokens.findIndex((token) => token.start === named.start);
  const particle = tokens[index - 1];
  if (particle === undefined || named.name === null || named.kind === 'media' || !lex.nameParticles.has(particle.word) || !SPACE_ONLY.test(gap(sentence, particle, tokens[index] as Token))) return named;
  if (!/(?:^|[,;:«»“”"—–(])[\s\u00a0]*$/u.test(sentence.slice(0, particle.start))) return named;
  return { ...named, kind: 'person', name: `${particle.word} ${named.name}`, bare: false, start: particle.start };
}

function nameEndingAt(sentence: string, tokens: readonly Token[], end: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  if (!isCapitalised(tokens[end] as Token, lex) || ((tokens[end] as Token).initial && end === 0 && lex.commonWords.has(lower((tokens[end] as Token).word)))) return null;
  let start = end;
  while (start > 0 && end - start < MAX_NAME_WORDS - 1) {
    const previous = tokens[start - 1] as Token;
    const current = tokens[start] as Token;
    if (!joinsName(sentence, previous, current)) break;
    if (isCapitalised(previous, lex) && !(previous.initial && lex.commonWords.has(lower(previous.word)))) {
      start--;
      continue;
    }
    // "Centre international de recherche": connectors inside a capitalised run.
    const beyond = tokens[start - 2];
    if (lex.nameConnectors.has(lower(previous.word)) && beyond !== undefined && joinsName(sentence, beyond, previous) && isCapitalised(beyond, lex) && !(beyond.initial && lex.commonWords.has(lower(beyond.word)))) {
      start -= 2;
      continue;
    }
    break;
  }
  // Titles at the front are the role: "Judge Ford", "Wisconsin Gov. Tony Evers" keeps its name. A title joined to its
  // field ("Secretary of State Mike Pompeo") stays for namedAt, which reads the whole title as the role.
  while (start < end && titleBeforeName(tokens, start, lex)) start++;
  return namedAt(tokens, start, sentence, lex, self);
}

/** "police said", "the military said", « la préfecture a indiqué ». */
function bodyEndingAt(sentence: string, tokens: readonly Token[], end: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  const token = tokens[end] as Token;
  const word = lower(token.word);
  if (!lex.identifiableBodies.has(word)) return null;
  if (lex.spokespersonNouns.has(word)) {
    // "A Google spokesman said", "a White House spokeswoman": the name before the noun is whose voice it is; carried, the
    // words went to whoever was named last.
    const owner = end > 0 && SPACE_ONLY.test(gap(sentence, tokens[end - 1] as Token, token)) ? lastNameEndingAt(sentence, tokens, end - 1, lex, self) : null;
    if (owner !== null && owner.name !== null && owner.kind !== 'document') {
      return { kind: owner.kind === 'media' ? 'media' : 'organisation', name: owner.name, description: null, role: token.word, bare: false, start: owner.start, end: token.end };
    }
  }
  if (lex.spokespersonNouns.has(word) || lex.titleWords.has(word)) {
    return carried(sentence, token.start, token.end);
  }
  let start = end;
  while (
    start > 0 &&
    end - start < 3 &&
    NAME_GAP.test(sentence.slice((tokens[start - 1] as Token).end, (tokens[start] as Token).start)) &&
    /^\p{Ll}/u.test((tokens[start - 1] as Token).word) &&
    !lex.stopWords.has(lower((tokens[start - 1] as Token).word))
  ) start--;
  const owner = namedOwnerOfBody(sentence, tokens, start, end, lex, self);
  if (owner !== null) return { kind: 'organisation', name: sentence.slice(owner.start, token.end), description: null, role: null, bare: false, start: owner.start, end: token.end };
  const previous = lower(tokens[start - 1]?.word ?? '');
  // "police said" needs no article: the police of the story.
  const definite = token.definite || lex.definiteArticles.has(previous) || lex.definiteDeterminers.has(previous) || end === 0 || start === 0 || lex.identifiableGroups.has(word);
  if (!definite) return null;
  if (start === end && lex.backReferenceBodies.has(word)) return carried(sentence, token.start, token.end);
  return { kind: 'organisation', name: sentence.slice((tokens[start] as Token).start, token.end), description: null, role: null, bare: false, start: (tokens[start] as Token).start, end: token.end };
}

/**
 * "West Mercia police", "the UN refugee agency", "Russia's defence ministry", "Italy's
 * national hotel federation", "the Trump administration": a name right before a body's
 * lower-case words (`start` to `end`) makes them one named body. A lone word that may be
 * an adjective ("the Chinese company") names no body a reader could tell from the one
 * the story is about, so it leaves a back-reference body ("company") as it was; so does
 * a word that opens the sentence ("Yesterday police said"), or an indefinite article ("a
 * Chinese company").
 */
function namedOwnerOfBody(sentence: string, tokens: readonly Token[], start: number, end: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  const before = tokens[start - 1];
  const body = tokens[end] as Token;
  if (before === undefined || !NAME_GAP.test(gap(sentence, before, tokens[start] as Token))) return null;
  const named = lastNameEndingAt(sentence, tokens, start - 1, lex, self);
  if (named === null || named.name === null || (named.kind !== 'organisation' && named.kind !== 'person')) return null;
  if (lex.indefiniteArticles.has(wordBefore(sentence, named.start))) return null;
  const lone = !/[\s\u00a0]/u.test(named.name) && !/^\p{Lu}{2,}$/u.test(named.name) && !/['’]s$/u.test(before.word);
  if (lone && (before.initial || lex.backReferenceBodies.has(lower(body.word)))) return null;
  return named;
}

/** A name that looks like a person's given and family names, and whether a person title stands before it. */
export interface FullName {
  name: string;
  /** "President Yoon Suk Yeol", « le ministre Jean Dupont »: a person's name, whatever order its words come in. */
  titled: boolean;
  /** The name opens its sentence, so its first word's capital proves nothing ("Vendor Glenn Jones"). */
  opensSentence: boolean;
  /** Where the name starts in the text it was read from. */
  start: number;
}

/**
 * Names in a sentence that look like a person's given and family names ("Rusten
 * Sheskey"), wherever they stand: a later "Sheskey told investigators" is that person.
 */
export function fullNamesIn(sentence: string, lex: CompiledLexicon): FullName[] {
  const tokens = tokenize(sentence);
  const names: FullName[] = [];
  let run: Token[] = [];
  /** The word before the run, when only a space parts them: « le ministre Jean Dupont ». */
  let before: Token | undefined;
  const flush = (): void => {
    // "Senate Majority Leader Mitch McConnell": the name is what follows the last title.
    const lastTitle = run.findLastIndex((token) => lex.personTitles.has(lower(token.word)));
    const titled = lastTitle >= 0 || (before !== undefined && lex.personTitles.has(lower(before.word)));
    run = run.slice(lastTitle + 1);
    // "Enter Stuart R. Kaplan": a capital that opens the sentence may be an ordinary word's.
    if (run.length > 3 && (run[0] as Token).initial) run = run.slice(1);
    const name = run.length >= 2 && run.length <= 3 ? sentence.slice((run[0] as Token).start, (run[run.length - 1] as Token).end) : '';
    if (name !== '' && !lex.places.has(lower(name)) && !run.some((token) => lex.organisationWords.has(lower(token.word)) || lex.personTitles.has(lower(token.word)) || ACRONYM.test(token.word))) {
      names.push({ name: name.replace(/['’]s$/u, ''), titled, opensSentence: (run[0] as Token).initial, start: (run[0] as Token).start });
    }
    run = [];
  };
  for (const [index, token] of tokens.entries()) {
    const previous = run[run.length - 1];
    const between = previous === undefined ? '' : gap(sentence, previous, token);
    // "Stuart R. Kaplan": an initial's full stop does not end the name.
    const joined = previous === undefined || /^[\s\u00a0]$/u.test(between) || (/^\p{Lu}$/u.test(previous.word) && /^\.[\s\u00a0]$/u.test(between));
    if (!joined) flush();
    if (isName(token, lex.commonWords, lex.calendarWords) && !lex.commonWords.has(lower(token.word))) {
      if (run.length === 0) {
        const prior = tokens[index - 1];
        before = prior !== undefined && /^[\s\u00a0]$/u.test(gap(sentence, prior, token)) ? prior : undefined;
      }
      run.push(token);
    } else flush();
  }
  flush();
  return names;
}

/** Whether a sentence names a body ("the Japanese Red Cross Kobe Hospital", « l'Office fédéral »): a capitalised word that says so. */
export function namesBody(sentence: string, lex: CompiledLexicon): boolean {
  return tokenize(sentence).some((token) => !token.initial && /^\p{Lu}/u.test(token.word) && lex.organisationWords.has(lower(token.word)));
}

/**
 * "a new report released on Monday by Stanford University's Center…": a document and
 * its author, named "report by Stanford University's Center…". Without the linking
 * word ("by", « de ») the next name may be anyone ("the report suggested the U.S.").
 */
function documentByAuthor(sentence: string, tokens: readonly Token[], index: number, lex: CompiledLexicon, self: string | null): Speaker | null {
  const documentToken = tokens[index] as Token;
  for (let i = index + 1; i < tokens.length - 1 && i <= index + DOCUMENT_REACH; i++) {
    const token = tokens[i] as Token;
    if (/[,;:.!?«»“”"()]/u.test(sentence.slice((tokens[i - 1] as Token).end, token.start))) return null;
    if (!lex.authorLinks.has(lower(token.word))) continue;
    const named = namedAt(tokens, i + 1, sentence, lex, self);
    if (named === null || named.name === null || named.kind === 'person') return null;
    return { kind: 'document', name: `${documentToken.word} ${token.word} ${named.name}`, description: null, role: null, bare: false, start: documentToken.start, end: named.end };
  }
  return null;
}

/** A body or document a sentence names, and the generic nouns that may point back at it ("hospital", "agence", "report"). */
export interface NamedInPassing {
  speaker: Speaker;
  nouns: readonly string[];
}

/**
 * The bodies and documents a sentence names, whether or not it credits them ("a
 * machine room of the Japanese Red Cross Kobe Hospital", « l'agence Health Canada »,
 * "a report released on Monday by Stanford University's Center…"): what a later "the
 * hospital", « l'agence », "the report" points back at.
 */
export function namedInPassing(sentence: string, lex: CompiledLexicon, self: string | null): NamedInPassing[] {
  const tokens = tokenize(sentence);
  const found: NamedInPassing[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = lower(token.word);
    if (lex.sourceDocuments.has(word)) {
      const document = documentByAuthor(sentence, tokens, i, lex, self);
      if (document !== null) found.push({ speaker: document, nouns: [word] });
      continue;
    }
    if (!isCapitalised(token, lex)) continue;
    const last = nameRunFrom(tokens, i, sentence, lex);
    const nouns = tokens.slice(i, last + 1).map((part) => lower(part.word));
    // « l'agence Health Canada », "the company Acme": the noun before the name says what it is.
    const previous = tokens[i - 1];
    const before = lower(previous?.word ?? '');
    const introduced = previous !== undefined && lex.backReferenceBodies.has(before) && NAME_GAP.test(gap(sentence, previous, token));
    if (introduced) nouns.push(before);
    if (introduced || nouns.some((noun) => lex.organisationWords.has(noun))) {
      const named = namedAt(tokens, i, sentence, lex, self);
      if (named !== null && (introduced || named.kind === 'organisation')) found.push({ speaker: { ...named, kind: 'organisation' }, nouns });
    }
    i = Math.max(i, last);
  }
  return found;
}
