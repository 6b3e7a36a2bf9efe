import type { CompiledLexicon } from './compiled-lexicon';
import type { Speaker } from './speakers';
import { isName, tokenize, type Token } from './tokens';
import { mayMatch, normalise as lower } from './triggers';

/** "— Elon Musk (@elonmusk) March 16, 2020": the signature line of an embedded post. */
const POST_SIGNATURE = /^[—–-][\s\u00a0]*([^()@\n]{2,80}?)[\s\u00a0]*\(@[\p{L}\p{N}_.]{1,40}\)/u;

/** The author of an embedded post, from its signature line. */
export function postAuthor(sentence: string, lex: CompiledLexicon): Speaker | null {
  const match = POST_SIGNATURE.exec(sentence);
  const name = match?.[1]?.trim();
  if (match === null || name === undefined || !/^\p{Lu}/u.test(name)) return null;
  const words = name.split(/[\s\u00a0]+/u);
  const organisation = words.length > 4 || words.some((word) => lex.organisationWords.has(lower(word)));
  const start = match[0].indexOf(name);
  return { kind: organisation ? 'organisation' : 'person', name, description: null, role: null, bare: false, start, end: start + name.length };
}

/** A word that may be part of an outlet's name: capitalised, and no pronoun ("many times I heard", "My post"). */
function namePart(token: Token, lex: CompiledLexicon): boolean {
  const word = lower(token.word);
  return !lex.speakerPronouns.has(word) && !lex.firstPerson.has(word) && isName(token, lex.commonWords, lex.calendarWords);
}

function capitalisedRun(tokens: readonly Token[], from: number, sentence: string, lex: CompiledLexicon): number {
  let last = -1;
  for (let i = from; i < tokens.length && i - from < 5; i++) {
    const token = tokens[i] as Token;
    if (i > from && !/^[\s\u00a0]{1,2}$/u.test(sentence.slice((tokens[i - 1] as Token).end, token.start))) break;
    if (!namePart({ ...token, initial: false }, lex)) break;
    last = i;
  }
  return last;
}

function outlet(sentence: string, tokens: readonly Token[], first: number, last: number): Speaker {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  return { kind: 'media', name: sentence.slice(start, end), description: null, role: null, bare: false, start, end };
}

/** The most words a media cue has ("in an interview with", « dans un entretien à »). */
const MEDIA_CUE_WORDS = 4;

/** Whether the words before a name say something was told to it or came through it ("told Reuters", « a déclaré à l'AFP », "via AP", "in an interview with CNBC"). */
export function toldOutletAt(sentence: string, start: number, lex: CompiledLexicon): boolean {
  const head = sentence.slice(0, start).trimEnd();
  const words = head.replace(lex.definiteArticleAtEnd, '').trimEnd().split(/[\s\u00a0]+/u).slice(-MEDIA_CUE_WORDS).map((word) => lower(word));
  return words.some((_, from) => lex.mediaCues.has(words.slice(from).join(' ')));
}

/** Whether a media word heads a name ("the newspaper Le Monde", "Vulture magazine"): not in a role ("White House press secretary"). */
export function isMediaHead(word: string, next: string | undefined, lex: CompiledLexicon): boolean {
  return lex.mediaWords.has(word) && !(next !== undefined && (lex.titleWords.has(next) || lex.personTitles.has(next) || lex.spokespersonNouns.has(next)));
}

/** How many lower-case words may stand between a media word and the outlet it describes: « l'agence de presse tchèque ČTK ». */
const MEDIA_DESCRIPTION_REACH = 3;

/** Whether the lower-case words right before a known outlet's name describe it as one: « l'agence de presse tchèque ČTK », "the British news agency PA". */
function describedAsMedia(tokens: readonly Token[], index: number, lex: CompiledLexicon): boolean {
  for (let i = index - 1; i >= 0 && index - i <= MEDIA_DESCRIPTION_REACH; i--) {
    const token = tokens[i] as Token;
    if (!/^\p{Ll}/u.test(token.word)) return false;
    if (lex.mediaWords.has(lower(token.word))) return true;
  }
  return false;
}

/**
 * Outlets a sentence that reports something credits by name: a media word beside a
 * name ("l'hebdomadaire Respekt", "Vulture magazine", "le journal Plos Medicine"),
 * or a wire service after a cue ("told Reuters", « via l'AFP »). Only sentences with
 * an attribution are read, so a career line ("joined the newspaper Le Monde") is not.
 */
export function outletsIn(sentence: string, lex: CompiledLexicon): Speaker[] {
  const tokens = tokenize(sentence);
  const found: Speaker[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = lower(token.word);
    if (isMediaHead(word, tokens[i + 1] === undefined ? undefined : lower((tokens[i + 1] as Token).word), lex)) {
      // A capitalised media word is part of a name ("Post Office", "Post Planner", "Washington Post"), no head of one, even opening a sentence.
      const head = /^\p{Ll}/u.test(token.word);
      // "l'hebdomadaire Respekt", "the newspaper The Times"
      const last = head ? capitalisedRun(tokens, i + 1, sentence, lex) : -1;
      if (last !== -1 && /^[\s\u00a0]+$/u.test(sentence.slice(token.end, (tokens[i + 1] as Token).start))) {
        found.push(outlet(sentence, tokens, i + 1, last));
        i = last;
        continue;
      }
      // "Vulture magazine"; "(Washington Post)", a name the media word closes.
      let first = i - 1;
      while (first >= 0 && i - first <= 3 && namePart(tokens[first] as Token, lex) && /^[\s\u00a0]$/u.test(sentence.slice((tokens[first] as Token).end, (tokens[first + 1] as Token).start))) first--;
      const next = tokens[i + 1];
      const joined = next !== undefined && /^[\s\u00a0]+$/u.test(sentence.slice(token.end, next.start));
      // "the Les Crane television show", "television weatherman": a noun after the media word makes it a modifier, not an outlet's name.
      const compound = joined && /^\p{Ll}/u.test(next.word) && !lex.stopWords.has(lower(next.word)) && !lex.reportingVerb.words.has(lower(next.word));
      const closes = !head && (!joined || !namePart(next, lex));
      // "Trump's post", "Jon Loomer's blog", "Selam G.'s Medium post": someone's page, not an outlet.
      // "a Slashdork post": a post names where it was posted, not an outlet.
      const owned = tokens.slice(first + 1, i).some((part) => /['’]s$/u.test(part.word)) || (head && lex.platformPosts.has(word));
      if (first < i - 1 && (head || closes) && !compound && !owned) found.push(outlet(sentence, tokens, first + 1, head ? i - 1 : i));
    } else if (lex.mediaWorks.has(word)) {
      // « dans un portrait du Parisien », "in an op-ed for The Washington Post"
      const link = lex.mediaWorkLink.exec(sentence.slice((tokens[i] as Token).end));
      if (link === null) continue;
      const nameStart = (tokens[i] as Token).end + link[0].length;
      const first = tokens.findIndex((token) => token.start >= nameStart);
      const last = first === -1 ? -1 : capitalisedRun(tokens, first, sentence, lex);
      if (last !== -1) {
        found.push(outlet(sentence, tokens, first, last));
        i = last;
      }
    } else if (lex.mediaNames.has(word) && /^\p{Lu}/u.test((tokens[i] as Token).word) && (toldOutletAt(sentence, (tokens[i] as Token).start, lex) || describedAsMedia(tokens, i, lex))) {
      found.push(outlet(sentence, tokens, i, i));
    }
  }
  return found;
}

/** "The Associated Press has learned that…", « …, a appris l'AFP »: an outlet breaking news it was told, or null ("He has learned that…" is no outlet's). */
export function outletLearnedIn(sentence: string, words: ReadonlySet<string>, lex: CompiledLexicon): RegExpExecArray | null {
  if (!mayMatch(lex.outletLearned, words)) return null;
  const learned = lex.outletLearned.re.exec(sentence);
  return learned !== null && !lex.speakerPronouns.has(lower(learned[0].split(/[\s\u00a0]/u)[0] ?? '')) ? learned : null;
}
