import type { ArticleSnapshot } from '../../extraction/snapshot';
import type { Evidence } from '../../report/schema';
import { comparable } from './title-parts';
import { wireServicesIn } from './wire-services';

const AGENCY = String.raw`(?:AFP|Agence France[- ]Presse|Reuters|AP|Associated Press|Belga|ANP|dpa|ANSA|EFE|ATS|Keystone-ATS|Xinhua|UPI|PA Media|Press Association|Bloomberg News|The Canadian Press)`;

/**
 * How a text credits an agency: "(AFP)", "avec AFP", "with Reuters", "Source : AFP",
 * "— Reuters" at the end of a line, the agency alone on its line, or after a byline's
 * name ("Von Anna Schmidt, dpa"). A mention in prose
 * ("a déclaré à l'AFP") is not a credit.
 */
const CREDIT = new RegExp(
  String.raw`\(\s*${AGENCY}\s*\)|(?:^|\s)(?:avec|with|and|et|&)\s+(?:l['’]\s*)?(?:agences?\s+)?${AGENCY}\s*\.?$|[Ss]ources?\s*:\s*(?:[\w\s,]+,\s*)?${AGENCY}\b|^\s*(?:[-–—]\s*)?${AGENCY}\s*$|[-–—]\s*${AGENCY}\s*$|^(?:by|par)\s+${AGENCY}\b|^${AGENCY}\s*(?:/|,)|^(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]oor)\s+[^,]{2,60},\s*${AGENCY}\s*$`,
);

/**
 * A picture's credit ("Photo : Jean Dupont / AFP", "JIM WATSON/AFP/Getty Images",
 * "Crédits : AFP"): the agency took the picture, it did not write the article.
 */
const PICTURE_CREDIT = new RegExp(
  String.raw`^\W*(?:photos?|photographs?|photographie|pictures?|images?|illustrations?|vid[ée]os?|cr[ée]dits?(?: photos?)?|credits?|fotos?)\b|\bgetty\b|\/\s*${AGENCY}`,
  'i',
);

export interface CreditFindings {
  wireServices: string[];
  sponsored: boolean;
  corrections: string[];
  evidence: Evidence[];
}

/** "Sponsored", "Contenu sponsorisé", "En partenariat avec", "Publi-rédactionnel"… */
const SPONSORED =
  /^(?:\W*)(?:sponsored(?: content| post| by)?|sponsoris[ée]e?|contenu sponsoris[ée]|contenu (?:partenaire|de marque|propos[ée] par)|partner(?:ed)? content|paid (?:post|content|partnership|for by)|publi-?r[ée]dactionnel|publireportage|advertorial|advertisement feature|brand(?:ed)? content|brand studio|en partenariat avec|in partnership with|pr[ée]sent[ée] par|presented by|promoted(?: content)?|ad feature|article sponsoris[ée])(?![\p{L}])/iu;

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
const AD_MODULE = /\b(?:links|stories|articles|headlines|results|ads|posts|taboola|outbrain|plista)\b/i;

/**
 * A correction or editor's note, as a note is written: a label followed by what it
 * says ("Correction: …", "Rectificatif : …", "Editor's note — …"), or a sentence about
 * this very article ("An earlier version of this article…"). A link named
 * "Corrections" (a footer's policy page) is no note.
 */
const CORRECTION =
  /^(?:\W*)(?:(?:correction|corrig[ée]|rectificatif|erratum|editor['’]s note|note de la r[ée]daction|clarification)\s*[:：.—–-]\s*\p{L}|an earlier version of this (?:article|story)|une pr[ée]c[ée]dente version de cet article|cet article a [ée]t[ée] (?:modifi|corrig)|this (?:article|story) (?:has been|was) (?:updated|corrected|amended))/iu;

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
  for (const byline of bylines) consider(byline, 'meta', 'byline credit');
  const headlineAt = headline === null ? -1 : snapshot.textLines.findIndex((line) => comparable(line.text) === comparable(headline));
  snapshot.textLines.forEach((line, index) => {
    if (line.text.length <= 200) consider(line.text, 'visible-text', 'wire credit');
    else consider(line.text.slice(0, 60), 'visible-text', 'dateline credit');
    // A label counts by the headline only: elsewhere "Sponsored" marks an advertising slot.
    const nearHeadline = headlineAt !== -1 && Math.abs(index - headlineAt) <= LABEL_DISTANCE;
    // A bare label must touch the headline; one that names the sponsor may sit a few lines off.
    const bare = SPONSORED.exec(line.text);
    const labels = Math.abs(index - headlineAt) === 1 && bare !== null && !/(?:by|par|avec|with)$/iu.test(bare[0]) ? true : namesSponsor(line.text);
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
    if (/^(?:sponsored|article:content_tier|og:article:content_tier|parsely-tags|keywords)$/.test(tag.key) && /\b(?:sponsored|sponsoris[ée]|partner content|advertorial|publireportage)\b/i.test(tag.content)) {
      sponsored = true;
      evidence.push({ origin: 'meta', key: tag.key, raw: tag.content, value: 'sponsored' });
    }
  }
  return { wireServices: [...wire], sponsored, corrections, evidence };
}
