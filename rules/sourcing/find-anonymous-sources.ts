import { overlaps, type BlockView, type Candidate, type SentenceView } from './block-view';
import type { CompiledLexicon } from './compiled-lexicon';
import { outletLearnedIn } from './outlets';
import { quotationStart } from './quotations';
import { matchesOf, occursIn } from './triggers';

/** A quotation that ends on a question mark right before its incise. */
const QUESTION_JUST_BEFORE = /\?[\s\u00a0]*[»”"][\s\u00a0]*,?[\s\u00a0]*$/u;

/** "an official", « un porte-parole »: a determiner and a spokesperson's title, nothing else. */
function speaksForNamedBody(description: string, lex: CompiledLexicon): boolean {
  const words = description.toLowerCase().replace(/’/g, "'").split(/[\s\u00a0]+/u);
  return words.length === 2 && lex.anonymousDeterminers.has(words[0] ?? '') && lex.spokespersonNouns.has(words[1] ?? '');
}

/** Whether a block says why its sources stay unnamed ("speaking on condition of anonymity", « selon nos informations »). */
export function justifiesAnonymity(block: BlockView, lex: CompiledLexicon): boolean {
  return block.sentences.some((sentence) => !sentence.provenance && occursIn(lex.anonymityJustified, sentence.text, sentence.words));
}

/**
 * Words credited to someone the article does not name: "a senior official said",
 * "American officials said", « selon un proche de… », "we're told". When the article
 * says why ("speaking on condition of anonymity because…", « selon nos
 * informations »), the finding is the milder `anonymous-source-justified`. A bare
 * "an official said" after the article has credited a body speaks for that body.
 */
export function findAnonymousSources(block: BlockView, lex: CompiledLexicon): Candidate[] {
  const claims = block.sentences.filter((sentence) => !sentence.provenance);
  const justified = justifiesAnonymity(block, lex);
  const code = justified ? 'anonymous-source-justified' : 'anonymous-source';
  const candidates: Candidate[] = [];
  // The passage is the whole quotation, which may have opened sentences before its speaker.
  const passage = (sentence: SentenceView, trigger: { start: number; end: number }): Candidate => ({
    code,
    start: quotationStart(block.text, sentence.start, sentence.end),
    end: sentence.end,
    trigger: { start: sentence.start + trigger.start, end: sentence.start + trigger.end },
  });
  for (const sentence of claims) {
    const anonymous = sentence.attributions().find(
      ({ speaker }) => speaker.kind === 'anonymous' && !(block.namedBefore && speaksForNamedBody(speaker.description ?? '', lex)),
    );
    if (anonymous !== undefined) {
      // « Est-ce dangereux ? », demande une habitante: a question claims nothing.
      if (QUESTION_JUST_BEFORE.test(sentence.text.slice(0, Math.min(anonymous.cueStart, anonymous.speaker.start)))) continue;
      // A link on the source's own words ("a report seen by Reuters") lets the reader check it.
      const words = { start: sentence.start + anonymous.speaker.start, end: sentence.start + anonymous.speaker.end };
      if (!block.sourceLinks.some((link) => overlaps(link, words))) candidates.push(passage(sentence, anonymous.speaker));
      continue;
    }
    const hearsay = matchesOf(lex.unnamedHearsay, sentence.text, sentence.words)[0] ?? outletLearnedIn(sentence.text, sentence.words, lex) ?? undefined;
    // « a-t-on appris auprès du parquet »: learned from someone the sentence credits, on the record.
    const onRecord = hearsay !== undefined && sentence.attributions().some(({ speaker, cueStart }) => cueStart >= hearsay.index && speaker.kind !== 'anonymous' && speaker.kind !== 'vague' && speaker.kind !== 'media');
    if (hearsay !== undefined && !onRecord) candidates.push(passage(sentence, { start: hearsay.index, end: hearsay.index + hearsay[0].length }));
    else if (justified) {
      const match = matchesOf(lex.anonymityJustified, sentence.text, sentence.words)[0];
      if (match !== undefined) candidates.push(passage(sentence, { start: match.index, end: match.index + match[0].length }));
    }
  }
  return candidates;
}
