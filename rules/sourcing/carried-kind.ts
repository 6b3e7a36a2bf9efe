import type { CompiledLexicon } from './compiled-lexicon';
import { normalise as lower } from './triggers';

/**
 * What a carried speaker's words can stand for: "he" or « a-t-elle » goes on with the
 * last source named; "the minister" is a person, "the airline" a body, "the magazine"
 * an outlet; "the statement" is a document, which speaks only where it is named.
 * `other` for people whose side the words do not say ("officials", "the source");
 * `thing` for any other noun: a body the lexicon does not know ("the brokerage said") or
 * what speaks for no one ("the video showed"), never a person.
 */
export type CarriedKind = 'pronoun' | 'person' | 'organisation' | 'media' | 'document' | 'other' | 'thing';

/**
 * The noun that heads a description, as written: last in English ("the satirical newspaper"), first after the
 * article in French (« le journal satirique »); what follows a preposition only qualifies it ("the hotel
 * federation in Florence"), and adverbs the words ran into before the verb are no part of it ("the firm already").
 */
function headWord(description: string, lex: CompiledLexicon): string {
  const words: string[] = [];
  for (const [index, word] of description.trim().split(/[\s\u00a0]+/u).entries()) {
    const plain = lower(word);
    if (index > 0 && (lex.stopWords.has(plain) || lex.qualifierPrepositions.has(plain))) break;
    if (index === 0 || !(lex.speechAdverbs.has(plain) || lex.sentenceOpeners.has(plain))) words.push(word);
  }
  const head = (lex.adjectivesFollowNouns && words.length > 1 ? words[1] : words.at(-1)) ?? '';
  return head.replace(lex.leadingArticle, '');
}

/** What a carried description can stand for, and the noun that says so ("minister" in "the former minister"). */
export interface CarriedReading {
  kind: CarriedKind;
  head: string;
}

export function readCarried(description: string, lex: CompiledLexicon): CarriedReading {
  const written = headWord(description, lex);
  const head = lower(written);
  // "other Democrats": a group named with a capital is people of the story.
  const words = lower(description).split(/[\s\u00a0-]+/u);
  const last = words.at(-1) ?? '';
  const pronoun = lex.speakerPronouns.has(last) || lex.objectPronouns.has(last);
  // "his spokesman": a person's spokesperson speaks for that person, not for a body.
  if (!pronoun && lex.spokespersonNouns.has(head) && lex.personPronouns.has(words[0] ?? '')) return { kind: 'person', head };
  return { kind: pronoun ? 'pronoun' : /^\p{Lu}/u.test(written) ? 'other' : carriedKind(head, lex), head };
}

function carriedKind(head: string, lex: CompiledLexicon): CarriedKind {
  if (lex.mediaWords.has(head)) return 'media';
  // A spokesperson is a body's voice ("the spokesperson said"), whatever office their title names.
  if (lex.spokespersonNouns.has(head)) return 'organisation';
  if (lex.documentWords.has(head)) return 'document';
  if (lex.backReferenceBodies.has(head) || lex.organisationWords.has(head)) return 'organisation';
  if (lex.titleWords.has(head) || lex.personTitles.has(head)) return 'person';
  // "officials", « les enquêteurs »: people of the story, whoever they speak for; "the video showed" is no one's words.
  if (lex.anonymousNouns.has(head) || lex.anonymousPlurals.has(head) || lex.identifiableGroups.has(head) || lex.namesPeople(head)) return 'other';
  return 'thing';
}
