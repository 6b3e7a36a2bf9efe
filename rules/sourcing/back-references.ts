import type { CompiledLexicon } from './compiled-lexicon';
import type { PlacedMention } from './source-inventory';
import type { NamedInPassing } from './speakers';
import { normalise as lower } from './triggers';

/** A body or document the article names, and where. */
export interface PlacedName extends NamedInPassing {
  position: number;
}

/**
 * "The hospital reported the incident", "the report concluded": a generic noun after
 * its article credits the body or document of that kind named last before it (the
 * Japanese Red Cross Kobe Hospital, the report by Stanford's Center…), which is then a
 * source however it was first named. With none named, it stays carried: the inventory
 * gives it to the last source named if that is a body, never to a person.
 */
export function resolveBackReferences(mentions: readonly PlacedMention[], names: readonly PlacedName[], lex: CompiledLexicon): PlacedMention[] {
  return mentions.flatMap((mention) => {
    const { speaker } = mention;
    if (speaker.kind !== 'carried') return [mention];
    const noun = lower(speaker.description?.split(/[\s\u00a0]+/u).pop() ?? '');
    if (!lex.backReferenceBodies.has(noun)) return [mention];
    const target = names.findLast((named) => named.position < mention.position && named.nouns.includes(noun));
    return target === undefined ? [mention] : [{ ...mention, speaker: { ...target.speaker, start: speaker.start, end: speaker.end } }];
  });
}
