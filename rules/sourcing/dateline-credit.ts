import { textQuoteAt } from '../anchors/text-quote';
import { isWireService, wireServicesIn } from '../provenance/wire-services';
import { isOwnName } from './speakers';
import type { PlacedMention } from './source-inventory';

/**
 * A dateline that credits a news agency: "LAWRENCEVILLE, Ga. (AP) —", « PARIS (AFP) - ».
 * The place is a few capitalised words; the dash closes the dateline.
 */
const DATELINE_CREDIT = /^(?:\p{Lu}[\p{L}.'’-]*[\s\u00a0,]*){1,5}\(([^()]{1,40})\)[\s\u00a0]*[—–-]/u;

/**
 * The agency a body's opening dateline credits, as a `media` source: the whole story
 * comes from it, so a republished wire story stands on it. Not on the agency's own
 * site, nor where the byline credits the agency, where it is the author.
 */
export function datelineCredit(blockText: string, offset: number, text: string, self: string | null, authors: readonly string[]): PlacedMention | null {
  const match = DATELINE_CREDIT.exec(blockText);
  const name = match?.[1]?.trim();
  if (match === null || name === undefined || !isWireService(name) || isOwnName(name, self)) return null;
  const agency = wireServicesIn(name);
  if (authors.some((author) => wireServicesIn(author).some((service) => agency.includes(service)))) return null;
  const start = offset + match[0].indexOf(name, match[0].lastIndexOf('('));
  const end = start + name.length;
  return {
    speaker: { kind: 'media', name, description: null, role: null, bare: false, start: start - offset, end: end - offset },
    passage: textQuoteAt(text, offset, offset + match[0].length),
    position: start,
    links: [],
    justified: false,
  };
}
