import type { CompiledLexicon } from './compiled-lexicon';
import type { Speaker } from './speakers';
import { tokenize, type Token } from './tokens';
import { normalise as lower } from './triggers';

/** How many words may stand between a work's word and the word introducing its title: « l'ouvrage d'Éric Chauvier intitulé ». */
const INTRODUCER_REACH = 4;
/** A title longer than this is a clause we misread, not a title. */
const MAX_TITLE_WORDS = 12;
/** What ends a title written without quotation marks. */
const TITLE_END = /[,;:.!?()[\]«»“”"]/u;
const OPENING_QUOTE = /^[\s\u00a0]*([«“„"])[\s\u00a0]*/u;
const CLOSING_QUOTE: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“', '"': '"' };
const SPACE_ONLY = /^[\s\u00a0\u202f]+$/u;

/** Where a word starts in the text, its elided article included (« L'intestin »). */
const writtenStart = (token: Token): number => (token.definite ? token.start - 2 : token.start);

/** A capitalised article opens a title: mid-sentence, nothing else writes "The" or « Le » with a capital. */
function opensTitle(token: Token, sentence: string, lex: CompiledLexicon): boolean {
  if (token.definite) return /^\p{Lu}/u.test(sentence.charAt(writtenStart(token)));
  return /^\p{Lu}/u.test(token.word) && (lex.definiteArticles.has(lower(token.word)) || lex.indefiniteArticles.has(lower(token.word)));
}

/** "the report The Guardian obtained showed…": a reporting verb, or a lower-case main word where titles capitalise theirs, shows a clause. */
function readsAsClause(token: Token, lex: CompiledLexicon): boolean {
  const word = lower(token.word);
  if (lex.reportingVerb.words.has(word)) return true;
  return lex.lexicon.titlesCapitaliseWords && /^\p{Ll}/u.test(token.word) && !lex.stopWords.has(word);
}

/** The title's words from `first`: up to punctuation, an agent ("by", « par ») or the sentence's end; null when it reads as a clause. */
function titleFrom(sentence: string, tokens: readonly Token[], first: number, lex: CompiledLexicon): { start: number; end: number } | null {
  let last = first;
  while (last + 1 < tokens.length) {
    const next = tokens[last + 1] as Token;
    if (TITLE_END.test(sentence.slice((tokens[last] as Token).end, next.start)) || lex.agentPrepositions.has(lower(next.word))) break;
    last++;
  }
  const words = tokens.slice(first, last + 1);
  if (words.length > MAX_TITLE_WORDS || words.some((token) => readsAsClause(token, lex))) return null;
  // « L'intestin, notre deuxième cerveau »: the elided article belongs to the title.
  return { start: writtenStart(tokens[first] as Token), end: (tokens[last] as Token).end };
}

/** « le rapport « Les oubliés de la République » », 'the report "Global Trends"': a quoted title right after `from`. */
function quotedTitleAfter(sentence: string, from: number): { start: number; end: number } | null {
  const opening = OPENING_QUOTE.exec(sentence.slice(from));
  if (opening === null) return null;
  const start = from + opening[0].length;
  const end = sentence.indexOf(CLOSING_QUOTE[opening[1] as string] as string, start);
  if (end === -1 || !/^\p{Lu}/u.test(sentence.charAt(start))) return null;
  // 'the book “A Paradise Built in Hell,”': the punctuation inside the closing mark is the sentence's.
  const title = sentence.slice(start, end).replace(/[\s\u00a0,;:.]+$/u, '');
  return title.split(/[\s\u00a0]+/u).length <= MAX_TITLE_WORDS && !/[.!?]/u.test(title) ? { start, end: start + title.length } : null;
}

function work(sentence: string, title: { start: number; end: number }, from: Token, role: string | null): Speaker {
  return { kind: 'document', name: sentence.slice(title.start, title.end), description: null, role, bare: false, start: from.start, end: title.end };
}

/**
 * The work named by its title right after the token at `index`, a work's word (« le
 * livre Le charme discret de l'intestin », "the book The Road to Serfdom", « le
 * rapport « Les oubliés » »), or a word that introduces a title a few words after a
 * work's word (« l'ouvrage d'Éric Chauvier intitulé La crise commence où finit le
 * langage », "a report titled The Long Road"). Without quotation marks a title right
 * after a work's word must open on a capitalised article: "the report Trump cited" is
 * no title.
 */
export function titledWorkAt(sentence: string, tokens: readonly Token[], index: number, lex: CompiledLexicon): Speaker | null {
  const token = tokens[index] as Token;
  const word = lower(token.word);
  const introduces = lex.titleIntroducers.has(word);
  // "an album entitled Blood on the Tracks": an introducer names a work's title only after a work's word.
  const workWord = introduces ? tokens.slice(Math.max(0, index - INTRODUCER_REACH), index).findLast((before) => lex.titledWorks.has(lower(before.word))) : lex.titledWorks.has(word) ? token : undefined;
  if (workWord === undefined) return null;
  const role = lower(workWord.word);
  const quoted = quotedTitleAfter(sentence, token.end);
  if (quoted !== null) return work(sentence, quoted, workWord, role);
  const next = tokens[index + 1];
  if (next === undefined || !SPACE_ONLY.test(sentence.slice(token.end, writtenStart(next)))) return null;
  if (!(introduces ? /^\p{Lu}/u.test(sentence.charAt(writtenStart(next))) : opensTitle(next, sentence, lex))) return null;
  const title = titleFrom(sentence, tokens, index + 1, lex);
  return title === null ? null : work(sentence, title, workWord, role);
}

/** Every work a sentence names by its title, whether or not it credits it: a book, a documentary, a report the article draws on. */
export function titledWorksIn(sentence: string, lex: CompiledLexicon): Speaker[] {
  const tokens = tokenize(sentence);
  const works: Speaker[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const found = titledWorkAt(sentence, tokens, index, lex);
    if (found !== null) works.push(found);
  }
  return works;
}
