import type { AuthorField, AuthorKind, Confidence } from '../../report/schema';
import type { AuthorCandidate } from './author-candidates';
import { classifyAuthor } from './classify-author';
import { UNSPACED_SCRIPT } from './clean-author-name';

const keys = new Map<string, string>();

/** A name as compared: case, accents' composition and punctuation aside (memoised: pages repeat bylines). */
function key(name: string): string {
  let known = keys.get(name);
  if (known === undefined) {
    known = name.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
    if (keys.size > 10_000) keys.clear();
    keys.set(name, known);
  }
  return known;
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const mine = a.map(key);
  return b.some((name) => {
    const other = key(name);
    return mine.some((known) => known === other || known.includes(other) || other.includes(known));
  });
}

function kindOf(candidate: AuthorCandidate, siteNames: readonly string[]): AuthorKind {
  if (candidate.names.length === 0) return 'none';
  if (candidate.organisation) return 'organisation';
  const kinds = candidate.names.map((name) => classifyAuthor(name, siteNames));
  if (kinds.includes('person')) return 'person';
  return kinds.includes('organisation') ? 'organisation' : 'generic';
}

/**
 * A name another source gives without extra words glued on ("Ben Silverman" for
 * "Ben Silverman Games Editor", "Kelly Sheridan" for "Kelly SheridanNews") is the name.
 */
function shortestForm(name: string, candidates: readonly AuthorCandidate[]): string {
  let best = name;
  for (const candidate of candidates) {
    for (const other of candidate.names) {
      // A one-word prefix ("Ben") is too little to trust, unless the script writes names without spaces.
      const wholeName = other.includes(' ') || (other.length >= 2 && UNSPACED_SCRIPT.test(other));
      if (other.length < best.length && wholeName && name.toLowerCase().startsWith(other.toLowerCase())) best = other;
    }
  }
  return best;
}

/**
 * Chooses the byline: the best-supported candidate, where support is the weight of
 * its source plus one for each other source naming the same people. A person beats
 * a generic or institutional byline, which is reported as such.
 */
export function decideAuthor(candidates: readonly AuthorCandidate[], siteNames: readonly string[]): AuthorField {
  const evidence = candidates.map((candidate) => candidate.evidence);
  const usable = candidates.filter((candidate) => candidate.names.length > 0);
  if (usable.length === 0) {
    return { names: [], kind: 'none', profileUrl: null, confidence: 'none', conflict: false, evidence };
  }
  const score = (candidate: AuthorCandidate): number => {
    const agreeing = usable.filter((other) => other !== candidate && other.afterArticle !== true && overlaps(candidate.names, other.names));
    // Support comes from other kinds of source: two nested byline elements are one byline.
    const origins = new Set(agreeing.map((other) => other.evidence.origin).filter((origin) => origin !== candidate.evidence.origin));
    const kindBonus = kindOf(candidate, siteNames) === 'person' ? 3 : 0;
    return candidate.weight + 2 * origins.size + kindBonus;
  };
  const scores = new Map(usable.map((candidate) => [candidate, score(candidate)]));
  const ranked = [...usable].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  const best = ranked[0] as AuthorCandidate;
  const kind = kindOf(best, siteNames);
  const names = kind === 'person'
    ? best.names.filter((name) => best.organisation || classifyAuthor(name, siteNames) === 'person')
    : best.names;
  const trimmed = names.map((name) => shortestForm(name, usable));
  const people = usable.filter((candidate) => kindOf(candidate, siteNames) === 'person');
  const conflict = people.some((candidate) => !overlaps(candidate.names, best.names));
  const profileUrl =
    [best, ...ranked].find((candidate) => candidate.profileUrl !== null && overlaps(candidate.names, best.names))?.profileUrl ?? null;
  const origins = new Set(usable.filter((candidate) => overlaps(candidate.names, best.names)).map((candidate) => candidate.evidence.origin));
  const confidence: Confidence = conflict
    ? 'low'
    : origins.size >= 2 ? 'high' : best.weight >= 7 ? 'medium' : 'low';
  return { names: trimmed, kind, profileUrl, confidence, conflict, evidence };
}
