/**
 * Pack words compiled to regular-expression sources, with the phrase syntax of the
 * sourcing lexicons (languages/README.md): words apart by any run of spaces, `'`
 * for either apostrophe (and no space needed after one: "d'", "l'"), a trailing `*`
 * for any ending, `-` also matching a no-break hyphen, an en dash or nothing. Extraction
 * and rules both read packs, so the compiler lives with them.
 */

const LETTER = '[\\p{L}\\p{M}\\p{N}]';

function tokenPattern(token: string): string {
  const open = token.endsWith('*');
  const body = (open ? token.slice(0, -1) : token)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[-‑–]?');
  return open ? `${body}${LETTER}*` : body;
}

function phrasePattern(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/);
  return tokens
    .map((token, index) => (index === 0 ? '' : /['’]$/.test(tokens[index - 1] ?? '') ? '\\s*' : '[\\s\\u00a0\\u202f]+') + tokenPattern(token))
    .join('');
}

/**
 * An alternation of phrases, longest first so the longest wins at one position, with
 * word boundaries that understand accents ("été" is one word) on each end that is a
 * letter. Boundaries are written once per group of phrases that need them: one per
 * phrase makes the engine compile a Unicode class per phrase, tens of milliseconds per list.
 */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases.map((phrase) => phrase.trim()))].sort((a, b) => b.length - a.length);
  const groups = new Map<string, string[]>();
  for (const phrase of sorted) {
    const before = /^[\p{L}\p{N}]/u.test(phrase) ? `(?<!${LETTER})` : '';
    const after = /[\p{L}\p{N}*]$/u.test(phrase) ? `(?!${LETTER})` : '';
    const key = `${before}\u0000${after}`;
    groups.set(key, [...(groups.get(key) ?? []), phrasePattern(phrase)]);
  }
  const parts = [...groups].map(([key, bodies]) => {
    const [before, after] = key.split('\u0000');
    return `${before ?? ''}(?:${bodies.join('|')})${after ?? ''}`;
  });
  return `(?:${parts.join('|')})`;
}

/** A Latin letter with diacritics, which a page may also write without them. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/gu;

function base(letter: string): string {
  const stripped = letter.normalize('NFD').replace(/\p{M}/gu, '');
  return stripped.length === 1 && stripped !== letter ? stripped : '';
}

/** Each accented letter of a pattern source also matches its letter without the accent: "publié" matches "publie". */
function accentsOptional(source: string): string {
  return source.replace(ACCENTED, (letter) => {
    const plain = base(letter);
    return plain === '' ? letter : `[${letter}${plain}]`;
  });
}

/** Pack words as one regex source matching any of them as whole words. */
export function wordsPattern(words: readonly string[]): string {
  return words.length === 0 ? '(?!)' : accentsOptional(alternation(words));
}

/**
 * Pack words as one regex source matching any of them anywhere, even inside a longer
 * word ("ethic" in "ethics"); a space also matches a hyphen or nothing ("fact check"
 * in "fact-checking" or "factcheck").
 */
export function fragmentsPattern(words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  const sources = [...words].sort((a, b) => b.length - a.length).map((word) =>
    word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/\s+/g, '[-\\s]?'));
  return accentsOptional(`(?:${sources.join('|')})`);
}

/**
 * Pack words as one regex source matching inside class names and ids, where words run
 * together: anywhere, as `fragmentsPattern`, but a word of three letters or fewer only
 * where a word ends ("maj" in "date-maj", not in "majeur").
 */
export function classHintPattern(words: readonly string[]): string {
  const short = words.filter((word) => word.replace(/[\s-]/g, '').length <= 3);
  const long = words.filter((word) => !short.includes(word));
  const parts = [
    ...(long.length > 0 ? [fragmentsPattern(long)] : []),
    ...(short.length > 0 ? [`${fragmentsPattern(short)}(?![a-z0-9_])`] : []),
  ];
  return parts.length > 0 ? `(?:${parts.join('|')})` : '(?!)';
}

/**
 * Lexicon phrases as a global, case-insensitive, Unicode regex matching any of them as
 * whole words. Unlike `wordsPattern`, accents are not optional: "été" does not match "ete".
 */
export function compilePhrases(phrases: readonly string[]): RegExp {
  return new RegExp(alternation(phrases), 'giu');
}
