import { tidy } from './snapshot-lookup';
import { wireServicesIn } from './wire-services';

/** Labels written before a name, French and English ("Par", "Written by", "Auteur :"). */
const LEADING_LABEL =
  /^(?:(?:article |story |text |words |reporting |report |interview |posted |published |written |compiled |edited |texte (?:et photos? )?|propos recueillis |publi[ée]e? |r[ée]dig[ée]e? |[ée]crit(?:e)? |un article |une chronique |sign[ée]e? )?(?:by|par|von|por|door|af|av)\b|(?:auteure?s?|autrices?|authors?|byline|texte|r[ée]daction|contributors?|written|posted|reporter|journaliste|signed)\s*[:\-–—])\s*[:\-–—]?\s*/i;
/** A photo or picture credit names who took the picture, not who wrote the text. */
const PICTURE_CREDIT = /^(?:photos?|photographs?|photography|pictures?|images?|illustrations?|illustr[ée]e?s?|videos?|vid[ée]os?|graphics?|infographics?|infographies?|dessins?|cartoons?|fotos?|фото|cr[ée]dits? photos?|photo credit)(?!\p{L})\s*(?:by|par|de|von|por|:)/iu;
/** The site's makers credited in a footer ("Developed by", "Réalisé par") did not write the article. */
const SITE_CREDIT = /^(?:developed|designed|powered|hosted|built|site|website|theme|r[ée]alis[ée]|con[çc]u|d[ée]velopp[ée]|propuls[ée])\s+(?:by|par)\b/i;
/** A one-word label before a colon, in any language ("Redaktor:", "Autor:"): a name holds no colon. */
const WORD_LABEL = /^\p{L}{1,15}\s?[:：]\s*/u;
/** "byJoseph Kovar": a label run into the name by a template that dropped the space. */
const GLUED_BY = /^by(?=\p{Lu})/u;
/** Scripts that write a name as one word, so a one-word part of a list may still be a person. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Characters no person's name contains: paths, handles, markup, "Desk=Name" codes. */
const NOT_IN_A_NAME = /[/\\@#=<>{}[\]^"]|https?:|www\./i;
/** A role ending an extra part of a list: "AP Sports Writer", "Staff Reporter". */
const ENDS_WITH_ROLE = /\b(?:writer|reporter|correspondent|editor|columnist|contributor|photographer|producer)s?$/i;

/** "de"/"from" as a label only before a capital: "De Niro" keeps its particle. */
const LOWER_LABEL = /^(?:de|from)\s+(?=\p{Lu})/u;

/** Where a byline stops being a name: a date, a separator, a "published/updated" label. */
const TAIL = new RegExp(
  [
    String.raw`\s+(?:[|·•–—]|-\s|\/\/)\s*.*$`,
    // "Last Updated: …", "Dernière mise à jour : …": the whole label goes, not only its second word.
    String.raw`\s*,?\s*\b(?:(?:last|derni[èe]re)\s+)?(?:published|updated|posted|publi[ée]e?|mis[e]? [àa] jour|modifi[ée]e?|il y a|hace|vor)(?![\p{L}]).*$`,
    // "le"/"on" start a date only when a day follows: "Le Pen" stays a name.
    String.raw`\s+(?:le|on)\s+(?=\d|(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun|jan|feb|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|f[ée]v|avr|mai|juin|juil|ao[uû]t|d[ée]c)\p{L}*\b).*$`,
    String.raw`\s*\(?\b(?:\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2})\b.*$`,
    String.raw`\s*,?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b.*$`,
    String.raw`\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|f[ée]v|avr|mai|juin|juil|ao[uû]t|sept|d[ée]c)\p{L}*\.?\s+\d.*$`,
  ].join('|'),
  'iu',
);

/** Words that make a comma-separated part a role or a place, not a person. */
const ROLE =
  /\b(?:correspondent|editor|reporter|journalist|writer|contributor|columnist|chief|staff|producer|analyst|critic|photographer|intern|fellow|professor|director|founder|president|ceo|senior|deputy|associate|special|envoy|bureau|desk|columnist|correspondant|correspondante|envoy[ée]e? sp[ée]ciale?|journaliste|r[ée]dacteur|r[ée]dactrice|chroniqueur|chroniqueuse|[ée]diteur|[ée]ditrice|pigiste|stagiaire|photographe|directeur|directrice|fondateur|fondatrice|chef|cheffe|rubrique|service)\b/i;

/** "Jane Doe in Kyiv", "John Smith for The Guardian", "Anne Dupont, à Lyon": the tail is no part of the name. */
const PLACE_OR_OUTLET = /\s*,?\s+(?:in|at|for|from|à|au|aux|pour|depuis|based in)\s+\p{Lu}.*$/u;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HANDLE_AFTER_NAME = /(?<=\S\s+)@[\w.]+/gu;
/** Between two names of a list. */
const LIST_SEPARATOR = /\s*(?:,|;|&|\+|、|，|\band\b|\bet\b|\bund\b|\s\/\s)\s*/i;
/** A credit to a news agency added to a byline: "avec AFP", "with Reuters". */
const WIRE_CREDIT = /\s*[,(]?\s*(?:avec|with|and|et|\/)\s+(?:l['’])?(?:agences?\s+)?([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)\)?\s*$/;

/** Degrees and licences written after a name ("Brenda Roe, MD"): no part of it, and no second author. */
const CREDENTIAL = /^(?:m\.?a|m\.?d|ph\.?d|r\.?n|mph|mba|msc|m\.?s|bsc|b\.?a|d\.?o|j\.?d|esq|rd|ld|dvm|facp|cfa|cpa|llm|dr)\.?$/i;
/** "Mac & i", "Marks & Spencer": one word on each side of "&" is one name, not two people. */
const SINGLE_WORDS_JOINED = /^\p{L}[\p{L}'’.-]*\s*&\s*\p{L}[\p{L}'’.-]*$/u;

const NOT_A_NAME =
  /^(?:share|follow|contact|comments?|commentaires?|menu|home|accueil|more|plus|read more|lire la suite|view all|voir tout|email|e-mail|twitter|facebook|linkedin|instagram|rss|by|par|por|von|about|newsletter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|subscribe|s'abonner|abonnez-vous|profile|profil|bio|biography|biographie|see all|all posts|articles?|posts?|the|la|le|les|un|une)$/i;

function stripWireCredit(text: string): string {
  const match = WIRE_CREDIT.exec(text);
  if (match !== null && match[1] !== undefined && wireServicesIn(match[1]).length > 0) {
    return text.slice(0, match.index);
  }
  return text;
}

function cleanPart(part: string, first: boolean): string | null {
  let name = part
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^[\s"'“”«»‹›:,.;\-–—·•|()]+|[\s"'“”«»‹›:,;\-–—·•|()]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  name = name.replace(LEADING_LABEL, '').replace(LOWER_LABEL, '').trim();
  // A full stop after a whole word ends a sentence; after an initial ("Jr.", "J.") it is the name's.
  name = name.replace(/(\p{L}{3,})\.$/u, '$1');
  if (name === '' || NOT_A_NAME.test(name) || (!first && CREDENTIAL.test(name))) return null;
  if (/\d/.test(name) || NOT_IN_A_NAME.test(name) || /\.(?:com|fr|org|net)\b/i.test(name)) return null;
  if ((name.match(/\p{L}/gu) ?? []).length < 2) return null;
  if (name.length > 60 || name.split(' ').length > 6) return null;
  if (first) return name;
  // A role after the name ("Tom Hargreaves, business correspondent") arrives as its own part.
  if (/^\p{Ll}/u.test(name) && !/^(?:de|van|von|da|di|du|le|la|del|della|ten|ter|al|el|bin|ibn)\s/i.test(name)) return null;
  if (ROLE.test(name) && name.split(' ').some((word) => ROLE.test(word) && /^\p{Ll}/u.test(word))) return null;
  if (/^(?:senior|chief|deputy|associate|staff|special|business|political|foreign|health|science)\b/i.test(name)) return null;
  // People's names do not start with "The": "Spencer Hsu, The Washington Post" adds the outlet.
  if (/^the\s/i.test(name) || ENDS_WITH_ROLE.test(name)) return null;
  // "Jane Roe, ACLU Speech, Privacy, and Technology Project": a lone word after a name is
  // part of an organisation's name or a place, not a second author.
  if (!name.includes(' ') && !UNSPACED_SCRIPT.test(name)) return null;
  return name;
}

/** A byline without the ornaments a template puts before it: "// By …", "— Par …", "• By …". */
export function withoutOrnaments(text: string): string {
  return text.replace(/^[\s/|•·*>–—-]+/u, '');
}

/**
 * "Kooman, F.; Jong, Michiel de": a semicolon list of names written surname first, as
 * library and citation metadata write them, back in reading order ("F. Kooman").
 */
function uninvertedList(text: string): string[] | null {
  if (!text.includes(';')) return null;
  const parts = text.split(/\s*;\s*/).filter((part) => part !== '');
  const inverted = parts.map((part) => /^([^,]+),\s*([^,]+)$/.exec(part));
  if (parts.length < 2 || inverted.some((match) => match === null)) return null;
  return inverted.map((match) => `${match?.[2] ?? ''} ${match?.[1] ?? ''}`.trim());
}

/**
 * Turns a raw byline into clean names: no "By"/"Par" label, no date, no e-mail, no
 * role, no "| Site" tail, no "avec AFP" credit; a list of authors gives several names.
 */
export function cleanAuthorNames(raw: string): string[] {
  // A social handle after the name ("By Jane Roe @janeroe") is a way to reach her, not her name.
  let text = tidy(raw).replace(EMAIL, ' ').replace(HANDLE_AFTER_NAME, ' ').replace(/\s+/g, ' ').trim();
  if (text === '' || /^(?:https?:)?\/\/[^\s/]/i.test(text)) return [];
  text = withoutOrnaments(text);
  if (PICTURE_CREDIT.test(text) || SITE_CREDIT.test(text)) return [];
  text = text.replace(LEADING_LABEL, '').replace(GLUED_BY, '').replace(LOWER_LABEL, '').replace(WORD_LABEL, '');
  // "X (avec Y et Z)": the names in brackets are co-authors.
  text = text.replace(/\s*\((?:avec|with)\s+([^)]*)\)/giu, ', $1');
  text = text.replace(TAIL, '').replace(PLACE_OR_OUTLET, '').trim();
  text = stripWireCredit(text).trim();
  text = text.replace(LEADING_LABEL, '');
  const names: string[] = [];
  const parts = SINGLE_WORDS_JOINED.test(text) ? [text] : (uninvertedList(text) ?? text.split(LIST_SEPARATOR));
  for (const [index, part] of parts.entries()) {
    const name = cleanPart(part, index === 0);
    if (name !== null && !names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}
