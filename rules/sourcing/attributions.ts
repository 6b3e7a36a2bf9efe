import type { CompiledLexicon } from './compiled-lexicon';
import { isPictureCredit } from '../provenance/credits';
import { outletLearnedIn, outletsIn, postAuthor, toldOutletAt } from './outlets';
import { followsClauseOpener, tokenize, type Token } from './tokens';
import { withoutInterposedAdverbs } from './interposed-adverbs';
import { isTitle } from './sentence-subject';
import { ACRONYM, bodyPlacedAt, classifyName, documentAfter, namesGroupsHome, namesSite, opensWithSite, speakerAfter, speakerBefore, unnamedAfter, type Speaker } from './speakers';
import { namedQualifierAfter } from './named-source';
import { matchesOf, normalise as lower } from './triggers';
import { wordAfter, wordBefore } from './word-before';

/** One act of attribution in a sentence: the reporting words and who they credit. */
export interface Attribution {
  speaker: Speaker;
  /** Offsets of the reporting verb or cue in the sentence. */
  cueStart: number;
  cueEnd: number;
  /** Reported by another speaker of the sentence ("South Africa said Mr Mugabe had told…"): not the article's source. */
  reported?: true;
}

/** At most this many words may close a clause after an inverted subject ("écrit Le Canard enchaîné."). */
const CLAUSE_TAIL_WORDS = 2;

/**
 * Whether the words after an inverted subject let it be one: "said Powell." yes; "said
 * Sudan had" no. After a verb of address only the clause's end does: "urged Yoon to step down" names who is urged.
 */
function endsInvertedSubject(sentence: string, end: number, addressee: boolean, lex: CompiledLexicon): boolean {
  // "said Yoon's declaration had caused chaos": a possessive name opens the reported clause's subject.
  if (/['’]s$/u.test(sentence.slice(0, end))) return false;
  const rest = sentence.slice(end);
  const next = /^[\s\u00a0]*([^\s\u00a0])([\p{L}’'-]*)/u.exec(rest);
  if (next === null) return true;
  if (addressee) return !/[\p{L}\p{N}]/u.test(next[1] ?? '');
  const tail = /^([^,;:.!?«»“”"()]*)(?:[,;:.!?)]|$)/u.exec(rest)?.[1]?.trim() ?? '';
  if (tail !== '' && tail.split(/[\s\u00a0]+/u).length <= CLAUSE_TAIL_WORDS) return true;
  const word = `${next[1] ?? ''}${next[2] ?? ''}`.toLowerCase();
  if (!/\p{L}/u.test(next[1] ?? '')) return true;
  return lex.wordsAfterInvertedSpeaker.has(word) || lex.calendarWords.has(word) || lex.nameConnectors.has(word);
}

/** A quotation just closed before a verb, the speaker's name at most between them: "“We'll win,” joked", « … », a lancé », "'We'll win,' Smith joked". */
const QUOTE_INCISE = /(?:[»”]|[,.!?…]["'’])[\s\u00a0]*,?[\s\u00a0]*(?:[\p{L}\p{N}.’'-]+[\s\u00a0]+){0,4}$/u;

/** How many names a list of co-speakers may hold ("Canvas Ventures, Norwest Venture Partners and Accel Partners say"). */
const MAX_CO_SPEAKERS = 5;

/**
 * "Raphaël Garrigos et Isabelle Roberts rappellent", "Canvas Ventures, Norwest Venture
 * Partners and Accel Partners say": the names listed with the speaker, of its kind.
 */
function coSpeakers(sentence: string, speaker: Speaker, lex: CompiledLexicon): Speaker[] {
  const found: Speaker[] = [];
  let at = speaker.start;
  // A comma joins names only in a list that a coordinator closes ("A, B and C"); "In Washington, Powell said" is no list.
  let listed = lex.coordination.test(speaker.name ?? '');
  while (found.length < MAX_CO_SPEAKERS) {
    const match = lex.coSpeaker.exec(sentence.slice(Math.max(0, at - 60), at));
    const listedName = match?.[1] ?? match?.[2];
    if (match === null || listedName === undefined) break;
    // "The FBI and the Justice Department", « L'Insee et la Dares »: an article opening the name is no part of it.
    const opening = /^(?:\p{L}['’](?=\p{Lu})|\p{Lu}\p{Ll}*[\s\u00a0]+)/u.exec(listedName)?.[0] ?? '';
    const name = lex.definiteArticles.has(lower(opening.trim())) ? listedName.slice(opening.length) : listedName;
    if (name === '' || lex.commonWords.has(lower(name.split(/[\s\u00a0]+/u)[0] ?? ''))) break;
    const byComma = match[0].trimEnd().endsWith(',');
    if (byComma && !listed) break;
    listed ||= !byComma;
    const start = at - (Math.min(60, at) - match.index) + listedName.length - name.length;
    // "the Department of Justice and the FBI": a name that goes on to the left is not read whole here, so not at all.
    const left = lower(/([\p{L}'’]+)[\s\u00a0]+$/u.exec(sentence.slice(0, start))?.[1] ?? '');
    if (lex.nameConnectors.has(left) && !lex.definiteArticles.has(left)) break;
    found.push({ kind: speaker.kind === 'person' ? 'person' : classifyName(name, [], '', lex), name, description: null, role: null, bare: false, start, end: start + name.length });
    at = start;
  }
  return found;
}

/**
 * "according to a Facebook post", « selon une publication Facebook »: the platform says
 * where something was posted, not who posted it, so the source is unnamed. A named
 * poster after it ("a Facebook post by the mayor") is a source the model does not read, so nothing is said;
 * nor is anything for the writer's own post ("a Facebook post I created").
 */
function platformPost(sentence: string, speaker: Speaker, lex: CompiledLexicon): Speaker | null {
  if (speaker.name === null) return speaker;
  const words = speaker.name.split(/[\s\u00a0]+/u).map(lower);
  const onlyPlatform = words.some((word) => lex.platforms.has(word)) && words.every((word) => lex.platforms.has(word) || lex.platformPosts.has(word) || lex.documentWords.has(word) || lex.nameConnectors.has(word));
  if (!onlyPlatform) return speaker;
  const post = /^[\s\u00a0]+([\p{L}-]+)/u.exec(sentence.slice(speaker.end));
  const end = post?.[1] !== undefined && lex.platformPosts.has(lower(post[1])) ? speaker.end + post[0].length : speaker.end;
  const posted = end > speaker.end || words.some((word) => lex.platformPosts.has(word) || lex.documentWords.has(word));
  if (!posted || namedQualifierAfter(sentence.slice(end), lex)) return speaker;
  if (lex.firstPerson.has(lower(/^[\s\u00a0]+([\p{L}'’]+)/u.exec(sentence.slice(end))?.[1] ?? ''))) return null;
  return { kind: 'vague', name: null, description: sentence.slice(speaker.start, end), role: null, bare: false, start: speaker.start, end };
}

/** Documents a sentence names by their author or publisher: "a report by the OECD", « une note de l'Académie ». */
function documentsIn(sentence: string, lex: CompiledLexicon, self: string | null): Speaker[] {
  const tokens = tokenize(sentence);
  // The name must follow the document word at once, through a connector: "a report by the OECD", not "a statement Tuesday that Williams…".
  const namedRightAfter = (index: number): boolean => {
    const next = tokens[index + 1];
    return next !== undefined && (lex.authorLinks.has(lower(next.word)) || (next.definite && /^\p{Lu}/u.test(next.word)));
  };
  return tokens
    .flatMap((token, index) => (lex.sourceDocuments.has(lower(token.word)) && namedRightAfter(index) ? [documentAfter(sentence, tokens, token, token.start, lex, self)] : []))
    .filter((speaker): speaker is Speaker => speaker !== null);
}

/**
 * "In Verizon's most recent Data Breach Investigations Report, 89 percent of breaches…":
 * a sentence that opens on a document named in capitals stands on it. Only a name whose
 * last word is a document word, so "In New York, …" or "In the Report section" are not.
 */
function openingDocument(sentence: string, lex: CompiledLexicon): Speaker | null {
  const comma = sentence.indexOf(',');
  if (comma === -1) return null;
  const tokens = tokenize(sentence.slice(0, comma));
  if (tokens.length < 3 || !lex.documentOpeners.has(lower((tokens[0] as Token).word))) return null;
  const last = tokens.length - 1;
  const closing = tokens[last] as Token;
  if (!/^\p{Lu}/u.test(closing.word) || !lex.documentWords.has(lower(closing.word))) return null;
  let first = last;
  while (first > 1 && /^\p{Lu}/u.test((tokens[first - 1] as Token).word) && !/['’]s$/u.test((tokens[first - 1] as Token).word) && /^[\s\u00a0]+$/u.test(sentence.slice((tokens[first - 1] as Token).end, (tokens[first] as Token).start))) first--;
  if (first === last) return null;
  const start = (tokens[first] as Token).start;
  return { kind: 'document', name: sentence.slice(start, closing.end), description: null, role: null, bare: false, start, end: closing.end };
}

/** « raconte Philippe », "Lupita joked": a one-word name read as a body by default is a person's when only a person says it that way. */
function asPerson(speaker: Speaker, lex: CompiledLexicon): Speaker {
  const name = speaker.name ?? '';
  if (speaker.kind !== 'organisation' || /[\s\u00a0]/u.test(name) || ACRONYM.test(name) || lex.organisationWords.has(lower(name)) || lex.places.has(lower(name))) return speaker;
  return { ...speaker, kind: 'person' };
}

/** Whether the words after a name open on a relative pronoun only a person takes: "Homer, who was there, says". */
function relatesToPerson(after: string, lex: CompiledLexicon): boolean {
  const pronoun = /^[\s\u00a0]*,[\s\u00a0]*(\p{L}+)/u.exec(after)?.[1];
  return pronoun !== undefined && lex.personRelativePronouns.has(lower(pronoun));
}

/** A named agent of a describing participle: a lone capitalised word ("par son Premier ministre") names no one. */
function namedAgent(speaker: Speaker | null): Speaker | null {
  if (speaker === null || speaker.kind === 'carried' || speaker.name === null) return null;
  return speaker.name.includes(' ') || ACRONYM.test(speaker.name) ? speaker : null;
}

/** "Insee et la Dares" → Insee, Dares (two sources credited together); a person's name is never split. */
function splitCoordinated(sentence: string, speaker: Speaker, cueStart: number, lex: CompiledLexicon): Speaker[] {
  if (speaker.kind !== 'organisation' && speaker.kind !== 'media') return [speaker];
  const match = lex.coordination.exec(speaker.name ?? '');
  const [left, article, right] = [match?.[1], match?.[2], match?.[3]];
  if (left === undefined || right === undefined) return [speaker];
  // "Center on Poverty and Inequality": one name, when either side is only lower-case words or a connector.
  const standsAlone = (part: string): boolean => /^\p{Lu}/u.test(part) && !lex.nameConnectors.has(part.split(/\s+/u).pop()?.toLowerCase() ?? '');
  if (!standsAlone(left) || !standsAlone(right) || left.split(/\s+/u).length > 4) return [speaker];
  // "World Travel and Tourism Council", "Bill and Melinda Gates Foundation": the body word that closes the name is the whole name's.
  const bodyWord = (part: string): boolean => part.split(/[\s\u00a0]+/u).some((word) => lex.organisationWords.has(lower(word)));
  // "Food and Drug Administration", "Marks and Spencer" are one name: a lone word on the left stands alone only before an article or
  // an acronym ("Insee et la Dares", "Harvard and MIT"), or before a full name with no body word, both subjects of the verb that
  // follows ("Hamilton and Ellen Gille wrote"), where it is a family name the article may give in full, and so read as a lone word.
  const lone = !left.includes(' ') && !ACRONYM.test(left) && !ACRONYM.test(right) && article === undefined;
  const subjects = speaker.end <= cueStart && /^[\s\u00a0]*$/u.test(sentence.slice(speaker.end, cueStart));
  const beforeFullName = lone && subjects && right.split(/[\s\u00a0]+/u).length === 2 && !bodyWord(left) && !bodyWord(right);
  if (lone && !beforeFullName) return [speaker];
  // "Department of Health and Human Services", "Centers for Disease Control and Prevention": the coordinator joins the body word's complement.
  const words = left.split(/[\s\u00a0]+/u).map(lower);
  const body = words.findIndex((word) => lex.organisationWords.has(word) || lex.organisationWords.has(word.replace(/s$/u, '')));
  if (article === undefined && body !== -1 && words.slice(body + 1).some((word) => lex.nameConnectors.has(word))) return [speaker];
  if (article === undefined && !bodyWord(left) && lex.organisationWords.has(lower(right.split(/[\s\u00a0]+/u).pop() ?? ''))) return [speaker];
  // Each side is read again: "Raphaël Garrigos et Isabelle Roberts" are two people.
  const groupsHome = namesGroupsHome(sentence, speaker.start, lex);
  const kindOf = (name: string): Speaker['kind'] => (speaker.kind === 'media' ? 'media' : groupsHome ? 'organisation' : classifyName(name, [], '', lex));
  return [{ ...speaker, name: left, kind: kindOf(left), bare: beforeFullName }, { ...speaker, name: right, kind: kindOf(right) }];
}

/** "his spokesman said": a carried speaker keeps the possessive that says whose voice it is (see `readCarried`). */
function withPersonalPossessive(sentence: string, speaker: Speaker, lex: CompiledLexicon): Speaker {
  if (speaker.kind !== 'carried') return speaker;
  const word = wordBefore(sentence, speaker.start);
  if (!lex.possessiveDeterminers.has(word) || !lex.personPronouns.has(word)) return speaker;
  const start = sentence.slice(0, speaker.start).trimEnd().length - word.length;
  return { ...speaker, description: sentence.slice(start, speaker.end), start };
}

/** The word before `start` ends with, its apostrophe kept: "that", « qu' ». */
const WORD_ENDING = /(\p{L}+['’]?)[\s\u00a0]*$/u;

/**
 * "to make sure that they report…", « s'assurer qu'ils répondent… »: a pronoun opening a that-clause is no speaker
 * carrying the last source; where a cue frames the clause (« a précisé qu'il estimait »), that cue credits the sentence.
 */
function opensThatClause(sentence: string, start: number, lex: CompiledLexicon): boolean {
  const before = WORD_ENDING.exec(sentence.slice(Math.max(0, start - 12), start))?.[1] ?? '';
  return lex.complementizers.has(lower(before).replace(/’/u, "'"));
}

/**
 * « Un processus… serait-il à l'œuvre ? »: a verb and its pronoun inverted in a question, which no one is credited
 * with. A reporting verb keeps its incise whatever the sentence ends on (« Pourquoi ? », a-t-il demandé).
 */
function asksQuestion(sentence: string, incise: string, lex: CompiledLexicon): boolean {
  const verb = lower(/[\p{L}’']+(?=[-‑])/u.exec(incise)?.[0] ?? '');
  return /\?[\s\u00a0»”"]*$/u.test(sentence) && !lex.reportingVerb.words.has(verb) && !lex.quoteVerb.words.has(verb);
}

/** Only punctuation or the sentence's end after it: "according to her," (not "according to her report"). */
const STANDS_ALONE = /^[\s\u00a0]*(?:[,;:.!?)»”"]|$)/u;

/**
 * "According to him, …", « selon elle », « illustrerait selon lui l'expression… »: the cue's object is the speaker
 * named before, carried. A pronoun that is also a possessive ("her") must stand alone: "according to her report"
 * names a document.
 */
function objectPronounAfter(sentence: string, end: number, lex: CompiledLexicon): Speaker | null {
  const word = wordAfter(sentence, end);
  if (!lex.objectPronouns.has(word)) return null;
  // wordAfter reads past the spaces: the word starts where they end.
  const start = sentence.length - sentence.slice(end).trimStart().length;
  if (lex.possessiveDeterminers.has(word) && !STANDS_ALONE.test(sentence.slice(start + word.length))) return null;
  return { kind: 'carried', name: null, description: sentence.slice(start, start + word.length), role: null, bare: false, start, end: start + word.length };
}

/** "the 10-year Treasury note has risen": a reporting word with an auxiliary after it, outside a relative clause, is a noun. */
function readsAsNoun(sentence: string, start: number, end: number, lex: CompiledLexicon): boolean {
  if (!lex.auxiliaryVerbs.has(wordAfter(sentence, end))) return false;
  const clause = sentence.slice(0, start).split(/[,;:«»“”"()—–]/u).pop() ?? '';
  return !clause.split(/[\s\u00a0]+/u).some((word) => lex.relativePronouns.has(lower(word)));
}

/**
 * "HackerRank has added a feature", « Granit Xhaka a ajouté un coup franc »: a verb that
 * goes on with someone's words, followed by an article, a possessive or a number, adds
 * a thing, and its subject says nothing. After a quotation, « a ajouté un responsable »
 * names the speaker: that inverted reading is tried before this one.
 */
function addsAThing(sentence: string, verb: string, cueEnd: number, lex: CompiledLexicon): boolean {
  if (!lex.continuingVerbs.has(verb.split(' ').at(-1) ?? '')) return false;
  const next = lower(/^[\s\u00a0]+([\p{L}\p{N}]+['’]?)/u.exec(sentence.slice(cueEnd))?.[1] ?? '');
  return /^\p{N}/u.test(next) || lex.indefiniteArticles.has(next) || lex.definiteArticles.has(next) || lex.possessiveDeterminers.has(next);
}

/** Words a cue's object may hold before a document's word: "according to the latest police report". */
const CUE_OBJECT_WORDS = 4;

/** "According to the police report, …": a document's word in a cue's object is a noun, not a reporting verb. */
function inCueObject(sentence: string, match: RegExpExecArray, cues: readonly RegExpExecArray[], lex: CompiledLexicon): boolean {
  if (!lex.documentWords.has(lower(match[0]))) return false;
  return cues.some((cue) => {
    const between = sentence.slice(cue.index + cue[0].length, match.index);
    return cue.index + cue[0].length <= match.index && !/[,;:.!?«»“”"()]/u.test(between) && between.trim().split(/[\s\u00a0]+/u).length <= CUE_OBJECT_WORDS;
  });
}

/**
 * « Pour Jan Hamáček, cette attitude est méprisante », « Pour l'économiste Jean Dupont,
 * … »: a person named after an opinion cue that opens the sentence, closed by a comma,
 * holds the opinion that follows. A person only, named in full or with a title: « Pour
 * Renault, l'année a été difficile » and « Pour la France, … » describe, they quote no one.
 */
function opinionHolder(sentence: string, lex: CompiledLexicon, self: string | null): Attribution | null {
  const cue = lex.opinionOpening.exec(sentence);
  if (cue === null) return null;
  const speaker = speakerAfter(sentence, cue[0].length, lex, self);
  if (speaker === null || speaker.kind !== 'person' || speaker.bare || speaker.name === null) return null;
  if (!/[\s\u00a0]/u.test(speaker.name) && speaker.role === null) return null;
  if (!/^[\s\u00a0]*,/u.test(sentence.slice(speaker.end))) return null;
  return { speaker, cueStart: cue.index, cueEnd: cue.index + cue[0].trimEnd().length };
}

/**
 * "I Don't Believe You", "Course Notes": a capitalised verb inside a clause is a word of a
 * title, not a cue; so is one that a capitalised word follows after a dash or a quotation mark
 * ("Vol. 8 – Tell Tale Signs"). A sentence's first word is no title's ("According to Aftonbladet").
 */
function inTitleCase(sentence: string, index: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(sentence.slice(index, index + 1)) || sentence.slice(0, index).trim() === '') return false;
  return !followsClauseOpener(sentence, index) || /^[\s\u00a0]+\p{Lu}\p{Ll}/u.test(sentence.slice(end));
}

/**
 * « peut-on lire dans Le Monde », "published in The Lancet", "as he wrote in The Atlantic":
 * the name after a publication cue is where the words appeared, so an outlet, with no
 * role, unless its own words make it a body, a document or a place.
 */
function asPublication(sentence: string, cueStart: number, speaker: Speaker, lex: CompiledLexicon): Speaker {
  if ((speaker.kind !== 'organisation' && speaker.kind !== 'person') || speaker.name === null) return speaker;
  const lead = lower(sentence.slice(cueStart, speaker.start)).replace(lex.definiteArticleAtEnd, '').trim().split(/[\s\u00a0]+/u).join(' ');
  if (!lex.lexicon.publicationCues.some((cue) => lead === cue || lead.endsWith(` ${cue}`))) return speaker;
  const words = speaker.name.split(/[\s\u00a0]+/u).map(lower);
  if (words.some((word) => lex.organisationWords.has(word) || lex.documentWords.has(word)) || lex.places.has(words.join(' '))) return speaker;
  // The passage ends with the name, not with a role after it; the words before the name ("the official") stay in it.
  const nameAt = sentence.indexOf(speaker.name, speaker.start);
  return { ...speaker, kind: 'media', role: null, end: nameAt === -1 ? speaker.end : nameAt + speaker.name.length };
}

/** How far after a naming verb its quotation may open: "called the inquiry a “witch hunt”". */
const NAMING_QUOTE_REACH = /^[^.;:!?«»“”"]{0,60}?[«“"]/u;

/**
 * « le CIRC l'ait classé « cancérogène probable » », "Trump called the inquiry a “witch
 * hunt”": the subject of a naming verb is the source of the quoted words that follow it.
 */
function namers(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon, self: string | null): Attribution[] {
  if (!/[«“"]/u.test(sentence)) return [];
  const found: Attribution[] = [];
  for (const match of matchesOf(lex.namingVerb, sentence, words)) {
    const end = match.index + match[0].length;
    if (!NAMING_QUOTE_REACH.test(sentence.slice(end)) || inTitleCase(sentence, match.index, end)) continue;
    // « l’ait classé »: an elided object pronoun stands between the subject and its verb.
    const clitic = /(?<![\p{L}])[lL]['’]$/u.exec(sentence.slice(0, match.index));
    const speaker = speakerBefore(sentence, clitic === null ? match.index : clitic.index, lex, self);
    if (speaker !== null) found.push({ speaker, cueStart: match.index, cueEnd: end });
  }
  return found;
}

/**
 * Every attribution in one sentence, in text order. A verb looks for its subject
 * before it ("Powell said") or, after a clause break, after it ("…,” said Powell",
 * « précise l'OFAG »); a cue ("according to", « selon ») only after it. An outlet
 * after a verb ("told Reuters") is a source too, beside the subject before the verb.
 */
export function attributionsIn(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon, self: string | null): Attribution[] {
  const found: Attribution[] = [];
  const add = (speaker: Speaker | null, cueStart: number, cueEnd: number): void => {
    // « la vitamine C prévient »: a lone letter names no one.
    if (speaker === null || (speaker.name !== null && (speaker.name.length < 2 || namesSite(speaker.name, self) || isPictureCredit(speaker.name)))) return;
    if (speaker.kind === 'carried' && opensThatClause(sentence, speaker.start, lex)) return;
    const credited = platformPost(sentence, withPersonalPossessive(sentence, speaker, lex), lex);
    if (credited === null) return;
    for (const part of splitCoordinated(sentence, credited, cueStart, lex)) {
      // Two cues of one sentence may reach the same speaker ("précise l'OFAG jeudi dans un communiqué").
      if (!found.some((other) => other.speaker.start === part.start && other.speaker.name === part.name)) found.push({ speaker: part, cueStart, cueEnd });
    }
  };
  // « Nous allons gagner », a lancé Marie Dupont: a verb that gives words only in a quotation's incise.
  const incises = matchesOf(lex.quoteVerb, sentence, words).filter((match) => QUOTE_INCISE.test(sentence.slice(0, match.index)));
  const cues = matchesOf(lex.attributionCue, sentence, words);
  const reporting = matchesOf(lex.reportingVerb, withoutInterposedAdverbs(sentence, words, lex), words);
  for (const match of [...reporting, ...incises]) {
    if (inTitleCase(sentence, match.index, match.index + match[0].length) || readsAsNoun(sentence, match.index, match.index + match[0].length, lex) || inCueObject(sentence, match, cues, lex)) continue;
    const cueStart = match.index;
    const cueEnd = match.index + match[0].length;
    const verb = lower(match[0]).replace(/[\s\u00a0]+/gu, ' ');
    const personal = lex.personVerbs.has(verb);
    const isCue = lex.forwardCue.test(match[0]);
    const pronoun = isCue ? objectPronounAfter(sentence, cueEnd, lex) : null;
    if (pronoun !== null) {
      add(pronoun, cueStart, cueEnd);
      continue;
    }
    const named = speakerAfter(sentence, cueEnd, lex, self);
    const after = named === null ? null : asPublication(sentence, cueStart, personal ? asPerson(named, lex) : named, lex);
    const invertedOk = isCue || (after !== null && lex.inversionPoint.test(sentence.slice(0, cueStart)) && endsInvertedSubject(sentence, after.end, lex.addresseeVerbs.has(verb), lex));
    // "told Reuters", « a déclaré à l'AFP »: the outlet the words were given to; "said Johnny Cash's website was down" names none.
    const toldOutlet = after?.kind === 'media' && after.name !== null && toldOutletAt(sentence, Math.max(after.start, sentence.indexOf(after.name, after.start)), lex);
    if (after !== null && (invertedOk || toldOutlet)) add(after, cueStart, cueEnd);
    if (!isCue && (after === null || !invertedOk || toldOutlet) && !addsAThing(sentence, verb, cueEnd, lex)) {
      const said = speakerBefore(sentence, cueStart, lex, self);
      const before = said !== null && (personal || relatesToPerson(sentence.slice(said.end, cueStart), lex)) ? asPerson(said, lex) : said;
      add(before, cueStart, cueEnd);
      if (before?.kind === 'person' || before?.kind === 'organisation') for (const other of coSpeakers(sentence, before, lex)) add(other, cueStart, cueEnd);
    }
  }
  for (const { speaker, cueStart, cueEnd } of namers(sentence, words, lex, self)) add(speaker, cueStart, cueEnd);
  // « Qualifié de "gourou" par un dirigeant de LREM », « considéré comme dangereux par l'ANSM »: the agent is the source of the words.
  for (const match of lex.describedBy === null ? [] : sentence.matchAll(lex.describedBy)) {
    // "He considered adopting it when he saw some poems by Dylan Thomas": a new clause between the two, no agent of the description.
    if (match[0].split(/[^\p{L}'’]+/u).some((word) => lex.clauseBreakers.has(lower(word)))) continue;
    const end = match.index + match[0].length;
    const agent = unnamedAfter(sentence, end, lex) ?? namedAgent(speakerAfter(sentence, end, lex, self));
    if (agent !== null) add(agent, match.index, end);
  }
  // « a-t-on appris mardi auprès du parquet »: whom the news was learned from is its source ("lessons learned from Obama" are no news).
  const learnedNews = [...matchesOf(lex.unnamedHearsay, sentence, words), ...[outletLearnedIn(sentence, words, lex)].filter((match) => match !== null)];
  for (const match of learnedNews.length === 0 ? [] : sentence.matchAll(lex.learnedFrom)) {
    if (!learnedNews.some((news) => news.index <= match.index && match.index <= news.index + news[0].length)) continue;
    const end = match.index + match[0].length;
    add(unnamedAfter(sentence, end, lex) ?? speakerAfter(sentence, end, lex, self), match.index, end);
  }
  const opening = openingDocument(sentence, lex);
  if (opening !== null) add(opening, opening.start, opening.end);
  const holder = opinionHolder(sentence, lex, self);
  if (holder !== null) add(holder.speaker, holder.cueStart, holder.cueEnd);
  const signature = postAuthor(sentence, lex);
  if (signature !== null) add(signature, signature.start, signature.end);
  // « a-t-il réagi pour l'agence ČTK »: the speaker named before, carried into this sentence.
  const incise = lex.invertedIncise?.exec(sentence);
  if (incise !== null && incise !== undefined && !asksQuestion(sentence, incise[0], lex)) {
    const start = incise.index + 1;
    add({ kind: 'carried', name: null, description: incise[0].slice(1).trim(), role: null, bare: false, start, end: incise.index + incise[0].length }, start, start);
  }
  // « assure-t-on à Matignon »: the body named where the unnamed speakers are; « assure-t-on dans l'entourage du ministre », « dit-on »: no one named.
  const impersonal = lex.impersonalIncise?.exec(sentence);
  // « a-t-on appris », « peut-on lire dans Le Monde »: a cue that holds the pronoun has its own reading.
  const holdsPronoun = (at: number): boolean => [...learnedNews, ...reporting].some((cue) => cue.index < at && at <= cue.index + cue[0].length);
  if (impersonal !== null && impersonal !== undefined && !holdsPronoun(impersonal.index + impersonal[0].length)) {
    const start = impersonal.index + (/^[,»”"][\s\u00a0]*/u.exec(impersonal[0])?.[0].length ?? 1);
    const end = impersonal.index + impersonal[0].length;
    const clauseEnd = end + (/^[^,;:.!?«»“”"()]*/u.exec(sentence.slice(end))?.[0].trimEnd().length ?? 0);
    add(bodyPlacedAt(sentence, end, lex, self) ?? { kind: 'anonymous', name: null, description: sentence.slice(start, clauseEnd), role: null, bare: false, start, end: clauseEnd }, start, end);
  }
  // Outlets are read where the sentence reports something or names a document ("une étude publiée dans la revue Nature").
  if (found.length > 0 || [...words].some((word) => lex.documentWords.has(word))) {
    for (const media of outletsIn(sentence, lex)) {
      if (opensWithSite(sentence, media.start, self)) continue;
      if (!found.some(({ speaker }) => speaker.start <= media.start && media.end <= speaker.end)) add(media, media.start, media.end);
    }
  }
  // « précise la toxicologue, dans une note de l'Académie d'agriculture »: a document named in passing where someone is credited.
  if (found.length > 0) {
    for (const document of documentsIn(sentence, lex, self)) {
      if (!found.some(({ speaker }) => speaker.start < document.end && document.start < speaker.end)) add(document, document.start, document.end);
    }
  }
  return markReported(sentence, withoutQuotedFirstPerson(found, lex), lex).sort((a, b) => a.speaker.start - b.speaker.start);
}

/**
 * "“I think this study is groundbreaking,” says Katie Allen", "I think the plan is good, he said": a first-person
 * pronoun in a sentence that credits someone else speaks in that speaker's words; it carries nobody else's.
 */
function withoutQuotedFirstPerson(found: readonly Attribution[], lex: CompiledLexicon): Attribution[] {
  const firstPerson = ({ speaker }: Attribution): boolean => speaker.kind === 'carried' && lex.firstPerson.has(lower(speaker.description ?? ''));
  return found.every(firstPerson) ? [...found] : found.filter((attribution) => !firstPerson(attribution));
}

/**
 * Who can be reported: people, a pronoun, a lone word that may be a family name ("Dylan says"). A body, a document
 * or an outlet cited inside someone's words ("the minister said the IMF estimates…") is still a record the reader
 * can check, and an unnamed source stays one ("Reuters reported that sources said…").
 */
function reportable(speaker: Speaker): boolean {
  if (speaker.kind === 'person' || speaker.kind === 'carried') return true;
  const name = speaker.name ?? '';
  return speaker.kind === 'organisation' && !/[\s\u00a0]/u.test(name) && !ACRONYM.test(name);
}

/**
 * "South Africa said Mr Mugabe had told President Zuma…", "Our sources say Lupita told cops…": a speaker who
 * opens the reported clause of another's words is reported by them, not the article's source (marked `reported`);
 * the passage stands on whoever reports it. Only a clause that follows the verb at once (or after "that", « que »)
 * counts: "Smith said the plan failed, and Jones said…" credits both.
 */
function markReported(sentence: string, found: readonly Attribution[], lex: CompiledLexicon): Attribution[] {
  const reportedBy = (inner: Attribution, outer: Attribution): boolean => {
    if (!reportable(inner.speaker) || outer === inner || outer.speaker.end > outer.cueStart || inner.speaker.start < outer.cueEnd || inner.speaker.end > inner.cueStart) return false;
    // "said that Mr Mugabe", « a affirmé que le président »: the clause's opener, then the speaker's titles.
    return tokenize(sentence.slice(outer.cueEnd, inner.speaker.start)).every((token, index) => {
      const word = lower(token.word);
      return (index === 0 && lex.complementizers.has(word)) || isTitle(token.word, lex) || lex.definiteArticles.has(word);
    });
  };
  return found.map((inner) => (found.some((outer) => reportedBy(inner, outer)) ? { ...inner, reported: true } : inner));
}
