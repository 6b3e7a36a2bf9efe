/**
 * Turns lexicon phrases (plain words, `'` for either apostrophe, a trailing `*` for
 * any ending) into one regular-expression source. Kept here so lexicon files stay
 * data a translator can edit, and every rule matches words the same way.
 */

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
const BEFORE = `(?<!${LETTER})`;
const AFTER = `(?!${LETTER})`;

function tokenPattern(token: string): string {
  const open = token.endsWith('*');
  const word = open ? token.slice(0, -1) : token;
  const body = word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[-‑–]?');
  return open ? `${body}${LETTER}*` : body;
}

/**
 * The pattern of one phrase, with word boundaries that understand accents ("été" is
 * one word) on each end that is a letter. Words after an elided article ("d'") may
 * follow with no space.
 */
export function phraseSource(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/);
  let source = '';
  tokens.forEach((token, index) => {
    if (index > 0) {
      const previous = tokens[index - 1] ?? '';
      source += /['’]$/.test(previous) ? '\\s*' : '[\\s\\u00a0\\u202f]+';
    }
    source += tokenPattern(token);
  });
  const startsWithLetter = /^[\p{L}\p{N}]/u.test(phrase.trim());
  const endsWithLetter = /[\p{L}\p{N}*]$/u.test(phrase.trim());
  return `${startsWithLetter ? BEFORE : ''}${source}${endsWithLetter ? AFTER : ''}`;
}

/** An alternation of phrases, longest first so the longest phrase wins at one position. */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(phraseSource).join('|')})`;
}

/** A global, case-insensitive, Unicode regex matching any of the phrases as whole words. */
export function compilePhrases(phrases: readonly string[]): RegExp {
  return new RegExp(alternation(phrases), 'giu');
}
