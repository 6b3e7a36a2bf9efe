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

/** The pattern of one phrase, without boundaries. Words after an elided article ("d'") may follow with no space. */
function phraseBody(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/);
  let source = '';
  tokens.forEach((token, index) => {
    if (index > 0) {
      const previous = tokens[index - 1] ?? '';
      source += /['’]$/.test(previous) ? '\\s*' : '[\\s\\u00a0\\u202f]+';
    }
    source += tokenPattern(token);
  });
  return source;
}

/**
 * An alternation of phrases, longest first so the longest phrase wins at one
 * position, with word boundaries that understand accents ("été" is one word) on
 * each end that is a letter. Phrases are grouped by which ends need a boundary and
 * each group is wrapped once: a boundary per phrase makes the engine compile a
 * Unicode class per phrase, which costs tens of milliseconds per list.
 */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases.map((phrase) => phrase.trim()))].sort((a, b) => b.length - a.length);
  const groups = new Map<string, string[]>();
  for (const phrase of sorted) {
    const before = /^[\p{L}\p{N}]/u.test(phrase) ? BEFORE : '';
    const after = /[\p{L}\p{N}*]$/u.test(phrase) ? AFTER : '';
    const key = `${before}\u0000${after}`;
    groups.set(key, [...(groups.get(key) ?? []), phraseBody(phrase)]);
  }
  const parts = [...groups].map(([key, bodies]) => {
    const [before, after] = key.split('\u0000');
    return `${before ?? ''}(?:${bodies.join('|')})${after ?? ''}`;
  });
  return `(?:${parts.join('|')})`;
}

/** A global, case-insensitive, Unicode regex matching any of the phrases as whole words. */
export function compilePhrases(phrases: readonly string[]): RegExp {
  return new RegExp(alternation(phrases), 'giu');
}
