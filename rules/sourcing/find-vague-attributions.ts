import type { Attribution } from './attributions';
import { overlaps, type BlockView, type Candidate, type SentenceView } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import type { Span } from './sentences';
import { namedJustBefore, namedQualifierAfter } from './named-source';
import { openingQuotationEnd } from './quotations';
import { qualifierExcuses } from './qualifier';
import { tokenize } from './tokens';
import { matchesOf } from './triggers';
import { wordAfter, wordBefore } from './word-before';
import { NAMED_SOURCE_KINDS } from '../../report/summary';

/** How far past its trigger a link may start and still be on the vague words ("a 2014 study" with the link on "study"). */
const LINK_REACH = 3;
/** A numbered note call ("[12]") points to the reference list: the claim is sourced there. */
const NOTE_CALL = /\[\d{1,3}\]/u;

function opensClause(sentence: string, index: number, lex: CompiledLexicon): boolean {
  const before = sentence.slice(0, index);
  if (/(?:^|[.,;:!?«“"(—–])[\s\u00a0]*$/u.test(before)) return true;
  const word = wordBefore(sentence, index);
  return lex.conjunctions.has(word) || lex.clauseBreakers.has(word);
}

function span(match: RegExpExecArray): Span {
  return { start: match.index, end: match.index + match[0].length };
}

const NAMED: ReadonlySet<string> = new Set(NAMED_SOURCE_KINDS);

/**
 * Whether the vague words sit in the writer's description of the speaker, not in what
 * the speaker said: "…», assène Antony Fastier, qui a participé à l'expertise des
 * travaux de Séralini, aujourd'hui unanimement rejetés par la communauté scientifique".
 * A reporting verb in that clause ("…, who has argued that experts…") makes it the
 * speaker's account again.
 */
function describesSpeaker(view: SentenceView, attribution: Attribution, trigger: Span, lex: CompiledLexicon): boolean {
  const after = Math.max(attribution.speaker.end, attribution.cueEnd);
  if (trigger.start < after) return false;
  const clause = view.text.slice(after, trigger.start);
  const pronoun = /^[\s\u00a0]*,[\s\u00a0]*(\p{L}+)/u.exec(clause)?.[1]?.toLowerCase();
  if (pronoun === undefined || !lex.relativePronouns.has(pronoun)) return false;
  return matchesOf(lex.reportingVerb, clause, view.words).length === 0;
}

/**
 * Whether the sentence credits a named source, or a linked one ("…, a Gallup poll
 * found", the link on "a Gallup poll"), for the vague words at `trigger`: they are
 * then its summary.
 */
function creditsSource(view: SentenceView, trigger: Span, block: BlockView, lex: CompiledLexicon): boolean {
  if (view.attributions().some((attribution) => NAMED.has(attribution.speaker.kind) && !describesSpeaker(view, attribution, trigger, lex))) return true;
  const links = block.sourceLinks.filter((link) => overlaps(link, view));
  if (links.length === 0) return false;
  return matchesOf(lex.reportingVerb, view.text, view.words).some((match) => {
    const at = view.start + match.index;
    const after = at + match[0].length;
    return links.some((link) => (link.end <= at && at - link.end <= LINK_REACH) || (link.start >= after && link.start - after <= LINK_REACH));
  });
}

/**
 * "the scientific evidence that shows", « des preuves scientifiques qui démontrent »:
 * a relative pronoun right after evidence makes it the subject of the relative clause.
 * After people ("Economists who contend that… are mostly confused") the clause may
 * only say which people the sentence is about, so it stays excused.
 */
function evidenceClause(matched: string, lex: CompiledLexicon): boolean {
  const tokens = tokenize(matched);
  const relative = tokens.findIndex((token) => lex.relativePronouns.has(token.word.toLowerCase()));
  const head = tokens[relative - 1]?.word.toLowerCase();
  return head !== undefined && tokens.length === relative + 2 && !lex.namesPeople(head);
}

/** "Voilà qui hérisse les scientifiques", "the plan has alarmed economists": a judgement credited to experts no one names. */
function groupReaction(view: SentenceView, lex: CompiledLexicon): Span | null {
  const match = matchesOf(lex.groupReaction, view.text, view.words).find((found) => !namedQualifierAfter(view.text.slice(found.index + found[0].length), lex));
  return match === undefined ? null : span(match);
}

/** The unnamed-group triggers: "des rapports indiquent", "experts say", "according to some analysts". */
function vagueGroup(view: SentenceView, lex: CompiledLexicon): Span | null {
  const { text: sentence, words } = view;
  for (const match of [...matchesOf(lex.vaguePhrase, sentence, words), ...matchesOf(lex.vagueCue, sentence, words), ...matchesOf(lex.vagueAgent, sentence, words), ...matchesOf(lex.vagueOpinion, sentence, words)]) {
    if (!namedQualifierAfter(sentence.slice(match.index + match[0].length), lex)) return span(match);
  }
  for (const match of matchesOf(lex.vagueClause, sentence, words)) {
    // "the films you liked most during the year reveals": a pronoun is a subject only where a clause opens.
    const pronoun = lex.vaguePronouns.has(match[0].split(/[\s\u00a0]/u)[0]?.toLowerCase() ?? '');
    if (pronoun && !opensClause(sentence, match.index, lex)) continue;
    // "Some peninsulas just fear commitment": the pronoun is the determiner of things, not people.
    const qualifierHead = /^[\s\u00a0]+(\p{Ll}+s)(?![\p{L}])/u.exec(match.groups?.['qual'] ?? '')?.[1];
    if (pronoun && qualifierHead !== undefined && !lex.namesPeople(qualifierHead)) continue;
    // "some fears are entertained": a plural auxiliary after the verb makes it a noun.
    if (lex.pluralAuxiliaries.has(wordAfter(sentence, match.index + match[0].length))) continue;
    // "Selon un sondage Ifop, beaucoup de Français estiment": the source is named first.
    if (view.attributedBefore(match.index)) continue;
    if (qualifierExcuses(match.groups?.['qual'] ?? '', lex) && !evidenceClause(match[0], lex)) continue;
    // "Babson College researchers argue": the name comes before the subject.
    if (namedJustBefore(sentence, match.index, lex)) continue;
    // "the researchers said" points back at researchers the article has named.
    if (lex.definiteDeterminers.has(wordBefore(sentence, match.index))) continue;
    return span(match);
  }
  // « Beaucoup d'économistes, de tendance plutôt libérale, en sont persuadés »: the group opens the sentence, its opinion follows.
  const subject = lex.vagueSubject.exec(sentence);
  if (subject !== null && !namedQualifierAfter(sentence.slice(subject[0].length), lex)) {
    lex.vagueVerb.lastIndex = 0;
    const rest = sentence.slice(subject[0].length);
    const verb = lex.vagueVerb.exec(rest);
    // "Economists who contend that…": a relative clause's verb is not the group's opinion.
    const between = rest.slice(0, verb?.index ?? 0).toLowerCase().split(/[^\p{L}']+/u);
    // A capitalised verb is a word of a title ("…including \"Don't Think Twice\"").
    if (verb !== null && /^\p{Ll}/u.test(verb[0]) && !between.some((word) => lex.clauseBreakers.has(word))) return { start: subject.index, end: subject.index + subject[0].length };
  }
  // "Some economists, including Jane Smith of Harvard, say": a group one names a member of is no vague one.
  const speaker = view.attributions().find((attribution) => attribution.speaker.kind === 'vague' && !namedQualifierAfter(sentence.slice(attribution.speaker.end), lex));
  return speaker === undefined ? groupReaction(view, lex) : { start: Math.min(speaker.speaker.start, speaker.cueStart), end: Math.max(speaker.speaker.end, speaker.cueEnd) };
}

/** Passive or hedged wording with no agent: "is expected to", "has been linked with", « est connu pour ». */
/** Whether two places are in one clause: a named speaker in another ("…linked with Sevilla but Ceballos ruled that out") does not source this one. */
function sameClause(sentence: string, a: number, b: number, lex: CompiledLexicon): boolean {
  return !lex.clauseBreak.test(sentence.slice(Math.min(a, b), Math.max(a, b)));
}

function agentless(view: SentenceView, lex: CompiledLexicon): Span | null {
  const match = matchesOf(lex.agentless, view.text, view.words)[0];
  if (match === undefined) return null;
  if (view.attributions().some(({ speaker, cueStart }) => speaker.kind !== 'vague' && speaker.kind !== 'anonymous' && sameClause(view.text, cueStart, match.index, lex))) return null;
  return span(match);
}

/** « L'Élysée aurait mis à pied Benalla »: the conditional that reports a claim nobody is named for. */
function reportedConditional(view: SentenceView, lex: CompiledLexicon): Span | null {
  if (lex.reportedConditional === null || view.attributed()) return null;
  if ([...lex.conditionMarkers].some((marker) => view.words.has(marker))) return null;
  for (const match of view.text.matchAll(lex.reportedConditional)) {
    const next = (match.groups?.['next'] ?? '').toLowerCase();
    if (lex.participleEnding.test(next) && !lex.modalParticiples.has(next) && !lex.stopWords.has(next)) return span(match);
  }
  return null;
}

/**
 * "Des rapports indiquent", "experts say", "is expected to", « il paraît », « aurait
 * mis »: a claim credited to sources nobody can look up, or to no one at all. Not weak
 * when a name qualifies the group ("des experts de l'OMS"), when the vague words are a
 * link to their source, or inside a named speaker's quotation.
 */
export function findVagueAttributions(block: BlockView, lex: CompiledLexicon): Candidate[] {
  const candidates: Candidate[] = [];
  block.sentences.forEach((sentence, index) => {
    if (sentence.provenance || NOTE_CALL.test(sentence.text)) return;
    // « Mediapart révèle que… Il aurait travaillé à… »: the conditional goes on with the source just named.
    const continues = block.sentences[index - 1]?.attributed() === true;
    // A sentence that credits a named or linked source sums it up in its vague words; a hedge in another clause stays a hedge.
    const found = vagueGroup(sentence, lex);
    const group = found === null || creditsSource(sentence, found, block, lex) ? null : found;
    const trigger = group ?? agentless(sentence, lex) ?? (continues ? null : reportedConditional(sentence, lex));
    // A sentence opening inside quotation marks is someone's words: their "experts say" is theirs to answer for.
    if (trigger === null || trigger.start < openingQuotationEnd(sentence.text)) return;
    const absolute = { start: sentence.start + trigger.start, end: sentence.start + trigger.end };
    const reach = { start: absolute.start, end: absolute.end + LINK_REACH };
    if (block.sourceLinks.some((link) => overlaps(link, reach))) return;
    candidates.push({ code: 'vague-attribution', start: sentence.start, end: sentence.end, trigger: absolute });
  });
  return candidates;
}
