import type { BodyBlock } from '../../snapshot/article-snapshot';
import type { PlacedCitation } from '../citations/citation-inventory';
import { attributionsIn, type Attribution } from './attributions';
import type { CompiledLexicon } from './compiled-lexicon';
import type { PassageCode } from './finding-codes';
import { hasNamedAttribution } from './named-source';
import { splitSentences, type Span } from './sentences';
import { sentenceWords } from './triggers';
import { NAMED_SOURCE_KINDS } from '../../report/summary';

export interface SentenceView extends Span {
  text: string;
  /** A byline, a date line, a headline of a link list or other page furniture: never a claim. */
  provenance: boolean;
  /** Backed by a link that counts as a source, or by a note call. */
  linked: boolean;
  /** Its words, lower-cased, for the triggers. */
  words: ReadonlySet<string>;
  /** Credited to a named person or body; computed on first use, since most sentences never need it. */
  attributed: () => boolean;
  /** Credited to a named source in its words before `index` ("Selon un sondage Ifop, beaucoup…"). */
  attributedBefore: (index: number) => boolean;
  /** Who its reporting verbs and cues credit; computed on first use. */
  attributions: () => Attribution[];
  /** Speakers whose words another speaker of the sentence reports ("South Africa said Mr Mugabe had told…"). */
  reported: () => Attribution[];
}

/** A body block as the passage rules see it: offsets local to the block. */
export interface BlockView {
  kind: BodyBlock['kind'];
  text: string;
  /** Where the block starts in the article text. */
  offset: number;
  sentences: SentenceView[];
  /** Every link, sources or not. */
  links: Span[];
  /** Links that count as sources. */
  sourceLinks: Span[];
  /** Whether a person or body was credited earlier in the article: "an official said" then speaks for it. */
  namedBefore: boolean;
}

/** A passage a rule found weak, in block offsets. */
export interface Candidate extends Span {
  code: PassageCode;
  /** The words that made the rule fire ("Experts say", "a senior official"), in block offsets. */
  trigger?: Span;
}

export type Detector = (block: BlockView, lex: CompiledLexicon) => Candidate[];

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sentenceAt(block: BlockView, position: number): SentenceView | undefined {
  return block.sentences.find((sentence) => position >= sentence.start && position < sentence.end);
}

const NAMED_OR_CARRIED: ReadonlySet<string> = new Set([...NAMED_SOURCE_KINDS, 'carried']);

/** A numbered note call ("[12]"): the sentence points to a reference list, which is a citation. */
const NOTE_CALL = /\[\d{1,3}\]/;

function isProvenance(text: string, lex: CompiledLexicon): boolean {
  const opener = /^[\p{L}-]+/u.exec(text)?.[0].toLowerCase() ?? '';
  if (!lex.lineOpeners.has(opener)) return false;
  if (lex.furnitureLine.test(text)) return true;
  const start = lex.creditStart.exec(text);
  if (start === null) return false;
  if (/^\p{Lu}/u.test(text.slice(start[0].length))) return true;
  if (lex.creditAgents.has(start[0].replace(/[\s:,–—-]+$/u, '').toLowerCase())) return false;
  for (const agent of text.matchAll(lex.creditAgent)) {
    if (/^\p{Lu}/u.test(text.slice(agent.index + agent[0].length))) return true;
  }
  return false;
}

const WORDS = /[\p{L}’'-]+/gu;
/** A quotation, in any of the marks news copy uses. */
const QUOTED = /“[^”]*”|«[^»]*»|"[^"]*"/gu;

/**
 * "Most Americans Think Trump Is Racist, Poll Finds": a headline in Title Case, as link
 * lists and related-story boxes show them. Prose capitalises names, not function words,
 * so two capitalised function words inside a mostly capitalised sentence mark one.
 */
function isTitleCase(text: string, lex: CompiledLexicon): boolean {
  // 'A headline in the Wall Street Journal reads, "The Federal Reserve Is Changing…"': a quoted title in prose leaves the prose.
  const outside = text.replace(QUOTED, ' ').match(WORDS) ?? [];
  const words = outside.length >= 4 ? outside : (text.match(WORDS) ?? []);
  if (words.length < 4) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  const functionWords = capitalised.slice(words[0] === capitalised[0] ? 1 : 0).filter((word) => lex.stopWords.has(word.toLowerCase()));
  return functionWords.length >= 2 && capitalised.length >= 0.6 * words.length;
}

/**
 * Prepares a block for the rules. `self` is the site's own name (see `siteName`):
 * the site crediting itself is not a named source.
 */
export function blockView(
  block: BodyBlock,
  offset: number,
  placed: readonly PlacedCitation[],
  lex: CompiledLexicon,
  self: string | null,
  namedBefore = false,
): BlockView {
  const links = placed.map(({ start, end }) => ({ start, end }));
  const sourceLinks = placed.filter((citation) => citation.isSource).map(({ start, end }) => ({ start, end }));
  const sentences = splitSentences(block.text, lex.abbreviations).map((span): SentenceView => {
    const text = block.text.slice(span.start, span.end);
    const words = sentenceWords(text);
    let attributed: boolean | undefined;
    let attributions: Attribution[] | undefined;
    let found: Attribution[] | undefined;
    let reported: Attribution[] | undefined;
    const all = (): Attribution[] => (found ??= attributionsIn(text, words, lex, self));
    const credits = (): Attribution[] => (attributions ??= all().filter((attribution) => attribution.reported !== true));
    return {
      ...span,
      text,
      words,
      provenance: isProvenance(text, lex) || isTitleCase(text, lex),
      linked: sourceLinks.some((link) => overlaps(link, span)) || NOTE_CALL.test(text),
      attributed: () => (attributed ??= credits().some(({ speaker }) => NAMED_OR_CARRIED.has(speaker.kind)) || hasNamedAttribution(text, words, lex, self)),
      attributions: credits,
      reported: () => (reported ??= all().filter((attribution) => attribution.reported === true)),
      attributedBefore: (index) => index > 0 && hasNamedAttribution(text.slice(0, index), words, lex, self),
    };
  });
  return { kind: block.kind, text: block.text, offset, sentences, links, sourceLinks, namedBefore };
}

/**
 * Whole-sentence findings of one code: each sentence that is a claim (no byline, no
 * source link, no named source credited) and in which `trigger` finds the words that
 * make it weak, those words given in sentence offsets.
 */
export function sentenceFindings(block: BlockView, code: PassageCode, trigger: (sentence: SentenceView) => Span | null): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of block.sentences) {
    if (sentence.provenance || sentence.linked) continue;
    const words = trigger(sentence);
    if (words === null || sentence.attributed()) continue;
    candidates.push({ code, start: sentence.start, end: sentence.end, trigger: { start: sentence.start + words.start, end: sentence.start + words.end } });
  }
  return candidates;
}
