import type { CompiledLexicon } from './compiled-lexicon';
import type { FullName } from './speakers';
import { isName, tokenize } from './tokens';
import { normalise as lower } from './triggers';

/** After a titled name, an apposition or its verb: "Mr Anderson, who…", "Dr Fauci pointed…". */
const APPOSITION_OR_VERB = /^[\s\u00a0]*(?:,|\p{Ll})/u;

/** "Carol Hefner, an Oklahoma co-chair…", "Jane Doe, 49, …", "John Smith, who…": an apposition that introduces the person before it. */
function introducedAfter(rest: string, lex: CompiledLexicon): boolean {
  const apposition = /^[\s\u00a0]*,[\s\u00a0]*([^,;:.!?]*)/u.exec(rest)?.[1];
  if (apposition === undefined) return false;
  const first = lower(apposition.split(/[\s\u00a0]+/u)[0] ?? '');
  return lex.indefiniteArticles.has(first) || lex.definiteArticles.has(first) || lex.personRelativePronouns.has(first) || lex.age.test(apposition);
}

/**
 * The person a sentence opens on as its subject, where the sentence introduces them: a
 * name after a title or an honorific ("Mr Anderson, who quit…", "Dr Fauci pointed to…"),
 * or a full name with an apposition that says who they are ("Carol Hefner, an Oklahoma
 * co-chair…"; not "Like Olga Kay, many YouTubers…"). Null when the sentence opens
 * otherwise. `fullNames` are the sentence's own (`fullNamesIn`).
 */
export function personOpening(sentence: string, fullNames: readonly FullName[], lex: CompiledLexicon): string | null {
  const tokens = tokenize(sentence);
  let index = 0;
  while (index < tokens.length && isTitle(tokens[index]?.word ?? '', lex)) index += 1;
  const first = tokens[index];
  // Only the titles read above may come before the name: no quotation, no clause.
  if (first === undefined || !/^[\p{L}.\s\u00a0]*$/u.test(sentence.slice(0, first.start))) return null;
  const titled = index > 0;
  const full = fullNames.find((name) => name.start === first.start);
  const name = full?.name ?? (titled && isName(first, lex.commonWords, lex.calendarWords) ? first.word : null);
  const rest = name === null ? '' : sentence.slice(first.start + name.length);
  return name !== null && (titled ? APPOSITION_OR_VERB.test(rest) : introducedAfter(rest, lex)) ? name : null;
}

/** An honorific or a person's title, its abbreviation's dot allowed: "Mr", "Dr.", "President", « M. ». */
export function isTitle(word: string, lex: CompiledLexicon): boolean {
  const plain = lower(word.replace(/\.$/u, ''));
  return lex.honorifics.has(plain) || lex.personTitles.has(plain);
}
