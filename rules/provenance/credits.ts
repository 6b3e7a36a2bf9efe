import type { ArticleSnapshot } from '../../snapshot/article-snapshot';
import type { Evidence } from '../../report/schema';
import { wordsOfAllPacks } from '../../languages/registry';
import { wordsPattern } from '../../languages/words-pattern';
import { comparable } from './title-parts';
import { wireServicesIn } from './wire-services';

/** Pack words in lower case and with a capital, for patterns that must tell "AP" from "ap". */
function bothCases(words: readonly string[]): string {
  return wordsPattern(words.flatMap((word) => [word, `${word.charAt(0).toUpperCase()}${word.slice(1)}`]));
}

const AGENT = bothCases(wordsOfAllPacks((pack) => pack.bylines?.agents));
const WITH_WORD = bothCases(wordsOfAllPacks((pack) => [...(pack.bylines?.withWords ?? []), ...(pack.bylines?.joiners ?? [])]));
const AGENCY_LEAD = bothCases(wordsOfAllPacks((pack) => pack.bylines?.agencyLeads));
const SOURCE_LABEL = bothCases(wordsOfAllPacks((pack) => pack.credits?.sourceLabels));

const AGENCY = String.raw`(?:AFP|Agence France[- ]Presse|Reuters|AP|Associated Press|Belga|ANP|dpa|ANSA|EFE|ATS|Keystone-ATS|Xinhua|UPI|PA Media|Press Association|Bloomberg News|The Canadian Press)`;

/**
 * How a text credits an agency: "(AFP)", "avec AFP", "(avec AFP)", "with Reuters", "Source : AFP",
 * "— Reuters" at the end of a line, the agency alone on its line, or after a byline's
 * name ("Von Anna Schmidt, dpa"). A mention in prose
 * ("a déclaré à l'AFP") is not a credit.
 */
const CREDIT = new RegExp(
  String.raw`\(\s*${AGENCY}\s*\)|(?:^|\s)\(?(?:${WITH_WORD}|&)\s+(?:${AGENCY_LEAD}\s*)?${AGENCY}\s*\)?\s*\.?$|${SOURCE_LABEL}\s*:\s*(?:[\w\s,]+,\s*)?${AGENCY}\b|^\s*(?:[-–—]\s*)?${AGENCY}\s*$|[-–—]\s*${AGENCY}\s*$|^${AGENT}\s+${AGENCY}\b|^${AGENCY}\s*(?:/|,)|^${AGENT}\s+[^,]{2,60},\s*${AGENCY}\s*$`,
  'u',
);

/**
 * A picture's credit ("Photo : Jean Dupont / AFP", "JIM WATSON/AFP/Getty Images",
 * "Crédits : AFP"): the agency took the picture, it did not write the article.
 */
const PICTURE_CREDIT = new RegExp(
  String.raw`^\W*${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.pictureCredits))}|\bgetty\b|\/\s*${AGENCY}`,
  'iu',
);

/** Whether a text credits a picture ("Getty Images", "Photo : AFP", "JIM WATSON/AFP"): the agency took the picture, it is no source of the article's words. */
export function isPictureCredit(text: string): boolean {
  return PICTURE_CREDIT.test(text);
}

/** The evidence key of a wire service credited in the article's byline. */
export const BYLINE_CREDIT = 'byline credit';

export interface CreditFindings {
  wireServices: string[];
  sponsored: boolean;
  corrections: string[];
  evidence: Evidence[];
}

/** "Sponsored", "Contenu sponsorisé", "En partenariat avec", "Anzeige"… */
const SPONSORED = new RegExp(String.raw`^\W*${wordsPattern(wordsOfAllPacks((pack) => pack.credits?.sponsored))}`, 'iu');
/** A label that ends before its sponsor's name ("Sponsored by", "En partenariat avec"). */
const ENDS_WITH_SPONSOR_AGENT = new RegExp(`${wordsPattern(wordsOfAllPacks((pack) => pack.credits?.sponsorAgents))}$`, 'iu');
/** Words in a page's tags or content tier that mark it sponsored. */
const SPONSORED_TAG = new RegExp(wordsPattern(wordsOfAllPacks((pack) => pack.credits?.sponsoredTags)), 'iu');

/**
 * A sponsored label that says whose ("Sponsored by Acme", « En partenariat avec la
 * Commission européenne »): a bare "Sponsored", « Publicité » or "Sponsored Content"
 * a few lines off heads an advertising slot far more often than it labels the article.
 */
function namesSponsor(text: string): boolean {
  const label = SPONSORED.exec(text);
  return label !== null && /\p{Lu}/u.test(text.slice(label.index + label[0].length));
}

/** How many lines from the headline a sponsored label may sit. */
const LABEL_DISTANCE = 3;

/** Advertising modules: "Sponsored links", "Promoted stories", "Sponsored by Taboola". */
const AD_MODULE = new RegExp(wordsPattern([...wordsOfAllPacks((pack) => pack.credits?.adModules), 'taboola', 'outbrain', 'plista']), 'iu');

/**
 * A correction or editor's note, as a note is written: a label followed by what it
 * says ("Correction: …", "Rectificatif : …", "Editor's note — …"), or a sentence about
 * this very article ("An earlier version of this article…"). A link named
 * "Corrections" (a footer's policy page) is no note.
 */
const CORRECTION = new RegExp(
  String.raw`^\W*(?:${wordsPattern(wordsOfAllPacks((pack) => pack.credits?.correctionLabels))}\s*[:：.—–-]\s*\p{L}|${wordsPattern(wordsOfAllPacks((pack) => pack.credits?.correctionSentences))})`,
  'iu',
);

/**
 * Wire-service credits, sponsored labels (by the headline) and correction notes in the
 * page's bylines and short lines.
 */
export function findCredits(snapshot: ArticleSnapshot, bylines: readonly string[], headline: string | null): CreditFindings {
  const wire = new Set<string>();
  const evidence: Evidence[] = [];
  const corrections: string[] = [];
  let sponsored = false;
  const consider = (raw: string, origin: Evidence['origin'], key: string): void => {
    if (PICTURE_CREDIT.test(raw)) return;
    const match = CREDIT.exec(raw.trim());
    if (match === null) return;
    const services = wireServicesIn(match[0]);
    if (services.length === 0) return;
    services.forEach((service) => wire.add(service));
    evidence.push({ origin, key, raw, value: services.join(', ') });
  };
  for (const byline of bylines) consider(byline, 'meta', BYLINE_CREDIT);
  const headlineKey = headline === null ? null : comparable(headline);
  const headlineAt = headlineKey === null ? -1 : snapshot.textLines.findIndex((line) => comparable(line.text) === headlineKey);
  snapshot.textLines.forEach((line, index) => {
    if (line.text.length <= 200) consider(line.text, 'visible-text', 'wire credit');
    else consider(line.text.slice(0, 60), 'visible-text', 'dateline credit');
    // A label counts by the headline only: elsewhere "Sponsored" marks an advertising slot.
    const nearHeadline = headlineAt !== -1 && Math.abs(index - headlineAt) <= LABEL_DISTANCE;
    // A bare label must touch the headline; one that names the sponsor may sit a few lines off.
    const bare = SPONSORED.exec(line.text);
    const labels = Math.abs(index - headlineAt) === 1 && bare !== null && !ENDS_WITH_SPONSOR_AGENT.test(bare[0]) ? true : namesSponsor(line.text);
    if (nearHeadline && line.text.length <= 60 && labels && !AD_MODULE.test(line.text)) {
      sponsored = true;
      evidence.push({ origin: 'visible-text', key: 'sponsored label', raw: line.text, value: 'sponsored' });
    }
    if (CORRECTION.test(line.text)) {
      corrections.push(line.text);
      evidence.push({ origin: 'visible-text', key: 'correction note', raw: line.text, value: 'correction' });
    }
  });
  for (const tag of snapshot.meta) {
    if (/^(?:sponsored|article:content_tier|og:article:content_tier|parsely-tags|keywords)$/.test(tag.key) && SPONSORED_TAG.test(tag.content)) {
      sponsored = true;
      evidence.push({ origin: 'meta', key: tag.key, raw: tag.content, value: 'sponsored' });
    }
  }
  return { wireServices: [...wire], sponsored, corrections, evidence };
}
