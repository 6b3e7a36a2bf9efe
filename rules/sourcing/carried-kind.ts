import type { CompiledLexicon } from './compiled-lexicon';
import { normalise as lower } from './triggers';

/**
 * What a carried speaker's words can stand for: "he" or « a-t-elle » goes on with the
 * last source named; "the minister" is a person, "the airline" a body, "the magazine"
 * an outlet; "the statement" is a document, which speaks only where it is named.
 * `other` for words that say nothing of the kind ("officials", "the source").
 */
export type CarriedKind = 'pronoun' | 'person' | 'organisation' | 'media' | 'document' | 'other';

/** The noun that heads a description: last in English ("the satirical newspaper"), first after the article in French. */
function headNoun(description: string, lex: CompiledLexicon): string {
  const words = lower(description).split(/[\s\u00a0]+/u);
  const head = (lex.adjectivesFollowNouns && words.length > 1 ? words[1] : words.at(-1)) ?? '';
  return head.replace(lex.leadingArticle, '');
}

/** What a carried description can stand for, and the noun that says so ("minister" in "the former minister"). */
export interface CarriedReading {
  kind: CarriedKind;
  head: string;
}

export function readCarried(description: string, lex: CompiledLexicon): CarriedReading {
  const head = headNoun(description, lex);
  return { kind: carriedKind(description, head, lex), head };
}

function carriedKind(description: string, head: string, lex: CompiledLexicon): CarriedKind {
  if (lex.speakerPronouns.has(lower(description).split(/[\s\u00a0-]+/u).pop() ?? '')) return 'pronoun';
  if (lex.mediaWords.has(head)) return 'media';
  // A spokesperson is a body's voice ("the spokesperson said"), whatever office their title names.
  if (lex.spokespersonNouns.has(head)) return 'organisation';
  if (lex.documentWords.has(head)) return 'document';
  if (lex.backReferenceBodies.has(head) || lex.organisationWords.has(head)) return 'organisation';
  if (lex.titleWords.has(head) || lex.personTitles.has(head)) return 'person';
  return 'other';
}
