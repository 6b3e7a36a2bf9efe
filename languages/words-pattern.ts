/**
 * Pack words compiled to regular-expression sources, with the phrase syntax of the
 * sourcing lexicons (languages/README.md): words apart by any run of spaces, `'`
 * for either apostrophe (and no space needed after one: "d'", "l'"), a trailing `*`
 * for any ending, `-` also matching a no-break hyphen, an en dash or nothing. Extraction
 * and rules both read packs, so the compiler lives with them.
 */

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
/** What a trailing `*` adds: any ending. Each copy of this class costs V8 about a millisecond to compile, twice (bytecode, then native code). */
const ANY_ENDING = `${LETTER}*`;

/**
 * One step of a phrase's pattern. `chars` are the characters it matches when it matches
 * exactly one of them (a letter, `['’]`), null when it may match none or several (a
 * space run, an optional hyphen, an ending).
 */
interface Atom {
  source: string;
  chars: readonly string[] | null;
}

function literal(char: string): Atom {
  return { source: /[.*+?^${}()|[\]\\]/.test(char) ? `\\${char}` : char, chars: [char] };
}

function tokenAtoms(token: string): Atom[] {
  const open = token.endsWith('*');
  const atoms = [...(open ? token.slice(0, -1) : token)].map((char): Atom => {
    if (char === "'" || char === '’') return { source: "['’]", chars: ["'", '’'] };
    if (char === '-') return { source: '[-‑–]?', chars: null };
    return literal(char);
  });
  return open ? [...atoms, { source: ANY_ENDING, chars: null }] : atoms;
}

function phraseAtoms(phrase: string): Atom[] {
  const tokens = phrase.trim().split(/\s+/);
  return tokens.flatMap((token, index) => {
    if (index === 0) return tokenAtoms(token);
    const space = /['’]$/.test(tokens[index - 1] ?? '') ? '\\s*' : '[\\s\\u00a0\\u202f]+';
    return [{ source: space, chars: null }, ...tokenAtoms(token)];
  });
}

function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Every list is built from the same few letters: their keys are worked out once. */
const foldKeysCache = new Map<string, ReadonlySet<string>>();

/**
 * What a character may stand for once the pattern is case-insensitive and its accents
 * optional (`accentsOptional`): two characters with no key in common never match the
 * same text.
 */
function foldKeys(chars: readonly string[]): ReadonlySet<string> {
  const cacheKey = chars.join('');
  const cached = foldKeysCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const keys = new Set<string>();
  for (const char of chars) {
    for (const form of [char, char.toLowerCase(), char.toUpperCase()]) {
      keys.add(form.toLowerCase());
      keys.add(withoutMarks(form).toLowerCase());
    }
  }
  foldKeysCache.set(cacheKey, keys);
  return keys;
}


/** Whether two branches can never match at the same place: each opens on one character, and they share none. */
function exclusive(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return false;
  for (const key of a) if (b.has(key)) return false;
  return true;
}

/** A piece of an alternation, and the keys of the one character it opens on (null: any, or none). */
interface Branch {
  source: string;
  opens: ReadonlySet<string> | null;
}

/**
 * An alternation of phrases (as atoms) that matches exactly what `a|b|c…` matches, in
 * the same order of preference, written as a trie: phrases opening on the same letter
 * share it ("jan(?:uary|)"), so the engine reads a letter once instead of once per
 * phrase, and phrases ending on "any ending" share one copy of it. A phrase only moves
 * ahead of branches it can never match together with (another first letter), so the
 * first phrase that matches at a place stays the one that matches.
 */
function trie(phrases: readonly (readonly Atom[])[], depth: number): Branch[] {
  const groups: { head: Atom | undefined; opens: ReadonlySet<string> | null; phrases: (readonly Atom[])[] }[] = [];
  for (const phrase of phrases) {
    const head = phrase[depth];
    const opens = head?.chars ? foldKeys(head.chars) : null;
    let target: (typeof groups)[number] | undefined;
    if (opens !== null) {
      for (let index = groups.length - 1; index >= 0; index -= 1) {
        const group = groups[index];
        if (group?.head?.chars && group.head.source === head?.source) {
          target = group;
          break;
        }
        if (!exclusive(group?.opens ?? null, opens)) break;
      }
    }
    if (target === undefined) groups.push({ head, opens, phrases: [phrase] });
    else target.phrases.push(phrase);
  }
  return sharedEndings(groups.map(({ head, opens, phrases: rest }) => ({ source: head === undefined ? '' : `${head.source}${trieSource(rest, depth + 1)}`, opens })));
}

function trieSource(phrases: readonly (readonly Atom[])[], depth: number): string {
  if (phrases.length === 1) return (phrases[0] ?? []).slice(depth).map((atom) => atom.source).join('');
  const branches = trie(phrases, depth);
  return branches.length === 1 ? (branches[0]?.source ?? '') : `(?:${branches.map((branch) => branch.source).join('|')})`;
}

/** Branches ending on "any ending" written with one copy of it: `(?:aX|bX)` is `(?:a|b)X`. */
function sharedEndings(branches: readonly Branch[]): Branch[] {
  const merged: { bodies: string[]; opens: ReadonlySet<string> | null; shared: boolean }[] = [];
  for (const branch of branches) {
    if (!branch.source.endsWith(ANY_ENDING)) {
      merged.push({ bodies: [branch.source], opens: branch.opens, shared: false });
      continue;
    }
    const body = branch.source.slice(0, -ANY_ENDING.length);
    let target: (typeof merged)[number] | undefined;
    for (let index = merged.length - 1; index >= 0; index -= 1) {
      const candidate = merged[index];
      if (candidate?.shared === true) {
        target = candidate;
        break;
      }
      if (!exclusive(candidate?.opens ?? null, branch.opens)) break;
    }
    if (target === undefined) {
      merged.push({ bodies: [body], opens: branch.opens, shared: true });
    } else {
      target.bodies.push(body);
      target.opens = target.opens === null || branch.opens === null ? null : new Set([...target.opens, ...branch.opens]);
    }
  }
  return merged.map(({ bodies, opens, shared }) => {
    if (!shared) return { source: bodies[0] ?? '', opens };
    return { source: `${bodies.length === 1 ? (bodies[0] ?? '') : `(?:${bodies.join('|')})`}${ANY_ENDING}`, opens };
  });
}

/**
 * What a composed pattern guarantees around an alternation: a character that is no
 * letter (a space its pattern requires, a bracket, the start of the text) right before
 * it, right after it. The word boundary on that side always holds there, so it is left
 * out: the matches are the same, and the engine compiles one Unicode class less.
 */
export interface NonLetterAround {
  before?: boolean;
  after?: boolean;
}

/**
 * An alternation of phrases, longest first so the longest wins at one position, with
 * word boundaries that understand accents ("été" is one word) on each end that is a
 * letter. Boundaries are written once per group of phrases that need them: one per
 * phrase makes the engine compile a Unicode class per phrase, tens of milliseconds per list.
 * Phrases stay grouped by the boundaries they need even where `around` leaves those
 * out, so the order in which they are tried does not change.
 */
export function alternation(phrases: readonly string[], around: NonLetterAround = {}): string {
  const sorted = [...new Set(phrases.map((phrase) => phrase.trim()))].sort((a, b) => b.length - a.length);
  const groups = new Map<string, Atom[][]>();
  for (const phrase of sorted) {
    const before = /^[\p{L}\p{N}]/u.test(phrase) ? `(?<!${LETTER})` : '';
    const after = /[\p{L}\p{N}*]$/u.test(phrase) ? `(?!${LETTER})` : '';
    const key = `${before}\u0000${after}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [phraseAtoms(phrase)]);
    else group.push(phraseAtoms(phrase));
  }
  const parts = [...groups].map(([key, phrasesOfGroup]) => {
    const [before, after] = key.split('\u0000');
    return `${around.before === true ? '' : (before ?? '')}(?:${trie(phrasesOfGroup, 0).map((branch) => branch.source).join('|')})${around.after === true ? '' : (after ?? '')}`;
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

/** Pack words as one regex source matching any of them as whole words; `around` as for `alternation`. */
export function wordsPattern(words: readonly string[], around: NonLetterAround = {}): string {
  return words.length === 0 ? '(?!)' : accentsOptional(alternation(words, around));
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
