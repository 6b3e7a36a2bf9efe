import { overlaps, type BlockView, type Candidate, type SentenceView } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import type { Span } from './sentences';
import { namedJustBefore, namedQualifierAfter } from './named-source';
import { qualifierExcuses } from './qualifier';
import { matchesOf } from './triggers';
import { wordBefore } from './word-before';

/** How far past its trigger a link may start and still be on the vague words ("a 2014 study" with the link on "study"). */
const LINK_REACH = 3;
/** A sentence inside quotation marks is someone's words: their "experts say" is theirs to answer for. */
const INSIDE_QUOTE = /^[\s\u00a0]*[“«"„]/u;
/** A numbered note call ("[12]") points to the reference list: the claim is sourced there. */
const NOTE_CALL = /\[\d{1,3}\]/u;

function span(match: RegExpExecArray): Span {
  return { start: match.index, end: match.index + match[0].length };
}

/** The unnamed-group triggers: "des rapports indiquent", "experts say", "according to some analysts". */
function vagueGroup(view: SentenceView, lex: CompiledLexicon): Span | null {
  const { text: sentence, words } = view;
  for (const match of [...matchesOf(lex.vaguePhrase, sentence, words), ...matchesOf(lex.vagueCue, sentence, words)]) {
    if (!namedQualifierAfter(sentence.slice(match.index + match[0].length), lex)) return span(match);
  }
  for (const match of matchesOf(lex.vagueClause, sentence, words)) {
    // "Selon un sondage Ifop, beaucoup de Français estiment": the source is named first.
    if (view.attributedBefore(match.index)) continue;
    if (qualifierExcuses(match.groups?.['qual'] ?? '', lex)) continue;
    // "Babson College researchers argue": the name comes before the subject.
    if (namedJustBefore(sentence, match.index, lex)) continue;
    // "the researchers said" points back at researchers the article has named.
    if (lex.definiteDeterminers.has(wordBefore(sentence, match.index))) continue;
    return span(match);
  }
  const speaker = view.attributions().find((attribution) => attribution.speaker.kind === 'vague');
  return speaker === undefined ? null : { start: Math.min(speaker.speaker.start, speaker.cueStart), end: Math.max(speaker.speaker.end, speaker.cueEnd) };
}

/** Passive or hedged wording with no agent: "is expected to", "has been linked with", « est connu pour ». */
function agentless(view: SentenceView, lex: CompiledLexicon): Span | null {
  if (view.attributed()) return null;
  const match = matchesOf(lex.agentless, view.text, view.words)[0];
  return match === undefined ? null : span(match);
}

/** « L'Élysée aurait mis à pied Benalla »: the conditional that reports a claim nobody is named for. */
function reportedConditional(view: SentenceView, lex: CompiledLexicon): Span | null {
  if (lex.reportedConditional === null || view.attributed()) return null;
  if ([...lex.conditionMarkers].some((marker) => view.words.has(marker))) return null;
  for (const match of view.text.matchAll(lex.reportedConditional)) {
    const next = (match.groups?.['next'] ?? '').toLowerCase();
    if (lex.participleEnding.test(next) && !lex.conditionMarkers.has(next) && !lex.stopWords.has(next)) return span(match);
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
    if (sentence.provenance || INSIDE_QUOTE.test(sentence.text) || NOTE_CALL.test(sentence.text)) return;
    // « Mediapart révèle que… Il aurait travaillé à… »: the conditional goes on with the source just named.
    const continues = block.sentences[index - 1]?.attributed() === true;
    const trigger = vagueGroup(sentence, lex) ?? agentless(sentence, lex) ?? (continues ? null : reportedConditional(sentence, lex));
    if (trigger === null) return;
    const absolute = { start: sentence.start + trigger.start, end: sentence.start + trigger.end };
    const reach = { start: absolute.start, end: absolute.end + LINK_REACH };
    if (block.sourceLinks.some((link) => overlaps(link, reach))) return;
    candidates.push({ code: 'vague-attribution', start: sentence.start, end: sentence.end, trigger: absolute });
  });
  return candidates;
}
