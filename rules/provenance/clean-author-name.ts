import { wordsOfAllPacks } from '../../languages/registry';
import { wordsPattern } from '../../languages/words-pattern';
import { tidy } from './snapshot-lookup';
import { wireServicesIn } from './wire-services';

const AGENTS = wordsOfAllPacks((pack) => pack.bylines?.agents);
const AGENT = wordsPattern(AGENTS);
const MONTH_FORMS = wordsOfAllPacks((pack) => pack.dates?.months?.flat());
const WEEKDAY_NAMES = wordsOfAllPacks((pack) => pack.dates?.weekdays?.map((forms) => forms[0] ?? ''));
/** Months and weekdays as a byline's date opens them ("on Mar…", "le lun…"), from the languages whose bylines say "on", "le", "am". */
const CALENDAR_STEMS = wordsOfAllPacks((pack) =>
  pack.bylines?.dateOpeners === undefined ? undefined : [...(pack.dates?.months ?? []), ...(pack.dates?.weekdays ?? [])].flat().filter((form) => form.length >= 3),
).map((form) => `${form}*`);

/** Labels written before a name ("Par", "Written by", "Auteur :", "Von"). */
const LEADING_LABEL = new RegExp(
  String.raw`^(?:(?:${wordsPattern(wordsOfAllPacks((pack) => [...(pack.bylines?.agentOpeners ?? []), ...(pack.bylines?.creditOpeners ?? [])]))}\s+)?${AGENT}|${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.labels))}\s*[:\-–—])\s*[:\-–—]?\s*`,
  'iu',
);
/** Words that introduce a name only before a capital ("de", "from"): "De Niro" keeps its particle. */
const LOWER_AGENT = wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.lowerAgents));
/** A photo or picture credit names who took the picture, not who wrote the text. */
const PICTURE_CREDIT = new RegExp(String.raw`^${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.pictureCredits))}\s*(?:${AGENT}|${LOWER_AGENT}|:)`, 'iu');
/** The site's makers credited in a footer ("Developed by", "Réalisé par") did not write the article. */
const SITE_CREDIT = new RegExp(String.raw`^${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.siteCredits))}\s+${AGENT}`, 'iu');
/** Separators a label may end with: a colon, or the full-width bar and dash CJK credits write ("作者︱春春"). */
const LABEL_END = '[:：︱｜]';
/**
 * An editor's credit ("Edited by X", "Editor: X", "责任编辑：X"): the editor did not write
 * the article, and everything after the credit is the editor's.
 */
const EDITOR_CREDIT = new RegExp(
  String.raw`(?:^|(?<=[\s,;|·•]))(?:${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.editorOpeners))}\s+${AGENT}|${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.editorLabels))}\s*${LABEL_END})\s*`,
  'iu',
);
/** A one-word label before a colon, in any language ("Redaktor:", "Autor:"): a name holds no colon. */
const WORD_LABEL = new RegExp(String.raw`^\p{L}{1,15}\s?${LABEL_END}\s*`, 'u');
/** "byJoseph Kovar": a label run into the name by a template that dropped the space. */
const GLUED_AGENT = new RegExp(`^(?:${AGENTS.join('|')})(?=\\p{Lu})`, 'u');
/** Scripts that write a name as one word, so a one-word part of a list may still be a person. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Characters no person's name contains: paths, handles, markup, "Desk=Name" codes. */
const NOT_IN_A_NAME = /[/\\@#=<>{}[\]^"*]|https?:|www\./i;

/** Newsroom jobs; in a language that capitalises nouns a role is one whatever its case. */
const ROLE = new RegExp(`^${wordsPattern(wordsOfAllPacks((pack) => (pack.capitalisedNouns === true ? undefined : pack.bylines?.roles)))}$`, 'iu');
const CAPITALISED_ROLE = new RegExp(`^${wordsPattern(wordsOfAllPacks((pack) => (pack.capitalisedNouns === true ? pack.bylines?.roles : undefined)))}$`, 'iu');
/** A role ending an extra part of a list: "AP Sports Writer", "Staff Reporter". */
const ENDS_WITH_ROLE = new RegExp(`${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.roles))}$`, 'iu');
const ROLE_OPENER = new RegExp(`^${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.roleOpeners))}`, 'iu');
const OUTLET_ARTICLE = new RegExp(`^${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.outletArticles))}\\s`, 'iu');
const NAME_PARTICLE = new RegExp(`^${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.nameParticles))}\\s`, 'iu');

/** "de"/"from" as a label only before a capital: "De Niro" keeps its particle. */
const LOWER_LABEL = new RegExp(`^${LOWER_AGENT}\\s+(?=\\p{Lu})`, 'u');

const HONORIFIC = wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.honorifics));
/** « Par le Dr Jeanne Dupont »: the article before a title is no part of the name; the title is, as in "Dr. Ann Lee". */
const ARTICLE_BEFORE_HONORIFIC = new RegExp(String.raw`^${wordsPattern(wordsOfAllPacks((pack) => pack.authorKinds?.articles))}\s+(?=${HONORIFIC}\.?\s+\p{Lu})`, 'iu');
/** « par le docteur Jeanne Dupont »: a title written out in lower case is a common noun before the name. */
const SPELLED_HONORIFIC = new RegExp(String.raw`^${HONORIFIC}\s+(?=\p{Lu})`, 'iu');

/** A name without the lower-case article or title before it; "Le Pen" opens a name, "Dr" is written as part of one. */
function withoutLowerCaseTitle(name: string): string {
  const bare = /^\p{Ll}/u.test(name) ? name.replace(ARTICLE_BEFORE_HONORIFIC, '') : name;
  return /^\p{Ll}/u.test(bare) ? bare.replace(SPELLED_HONORIFIC, '') : bare;
}

/** « De notre correspondante », "From our special correspondent": the outlet's reporter by role; the name follows. */
const OWN_REPORTER = new RegExp(
  String.raw`^${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.ownReporters))}\s+(?:${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.roleOpeners))}\s+)*${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.roles))}`,
  'iu',
);
/** After the role: where the reporter is (« à Londres », "in Kyiv") then a comma, or the name right away. */
const OWN_REPORTER_REST = new RegExp(
  String.raw`^(?:\s+${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.placeWords))}\s+\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*)*\s*[,:]|\s*[,:]?)\s+(?=\p{Lu})`,
  'u',
);

/** The length of « De notre correspondante à Londres, » before the name it credits, or 0. */
function ownReporterOpening(text: string): number {
  const role = OWN_REPORTER.exec(text);
  if (role === null) return 0;
  const rest = OWN_REPORTER_REST.exec(text.slice(role[0].length));
  return rest === null ? 0 : role[0].length + rest[0].length;
}

/** Whether a line credits the outlet's own reporter by role, then by name (« De notre envoyé spécial à Kyiv, Paul Roux »). */
export function opensWithOwnReporter(text: string): boolean {
  return ownReporterOpening(text) > 0;
}

/** Where a byline stops being a name: a date, a separator, a "published/updated" label. */
const TAIL = new RegExp(
  [
    String.raw`\s+(?:[|·•–—]|-\s|\/\/)\s*.*$`,
    // "Last Updated: …", "Dernière mise à jour : …": the whole label goes, not only its second word.
    String.raw`\s*,?\s*${wordsPattern(wordsOfAllPacks((pack) => [...(pack.dates?.published ?? []), ...(pack.dates?.modified ?? []), ...(pack.dates?.relative ?? [])]))}.*$`,
    // A picture credit after the name ("By Ann Lee Photo: Jim Watson", « Par Jeanne Dupont Photo : AFP »): the photographer's.
    String.raw`\s+${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.pictureCredits), { before: true, after: true })}\s*[:：].*$`,
    // A relative time whose word comes last ("3 hours ago"): the count before it goes too.
    String.raw`\s*,?\s+\d{1,3}\s*\p{L}{1,12}\.?\s+${wordsPattern(wordsOfAllPacks((pack) => pack.dates?.relative), { before: true, after: true })}.*$`,
    // "le"/"on" start a date only when a day follows: "Le Pen" stays a name.
    String.raw`\s+${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.dateOpeners), { before: true, after: true })}\s+(?=\d|${wordsPattern(CALENDAR_STEMS)}).*$`,
    String.raw`\s*\(?\b(?:\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2})\b.*$`,
    String.raw`\s*,?\s+${wordsPattern(WEEKDAY_NAMES, { before: true })}.*$`,
    String.raw`\s+(?:\d{1,2}\s+)?${wordsPattern(MONTH_FORMS.filter((form) => form.length >= 3).map((form) => `${form}*`), { before: true, after: true })}\.?\s+\d.*$`,
  ].join('|'),
  'iu',
);

/** "Jane Doe in Kyiv", "John Smith for The Guardian", "Anne Dupont, à Lyon": the tail is no part of the name. */
const PLACE_OR_OUTLET = new RegExp(String.raw`\s*,?\s+${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.placeWords), { before: true, after: true })}\s+\p{Lu}.*$`, 'u');

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HANDLE_AFTER_NAME = /(?<=\S\s+)@[\w.]+/gu;
const JOINERS = wordsOfAllPacks((pack) => pack.bylines?.joiners);
const WITH_WORDS = wordsOfAllPacks((pack) => pack.bylines?.withWords);
/** Between two names of a list. */
const LIST_SEPARATOR = new RegExp(String.raw`\s*(?:,|;|&|\+|、|，|${wordsPattern(JOINERS)}|\s\/\s)\s*`, 'iu');
/** A credit to a news agency added to a byline: "avec AFP", "with Reuters", "avec l'agence Reuters". */
const WIRE_CREDIT = new RegExp(
  String.raw`\s*[,(]?\s*(?:${wordsPattern([...WITH_WORDS, ...JOINERS])}|\/)\s+(?:${wordsPattern(wordsOfAllPacks((pack) => pack.bylines?.agencyLeads))}\s*)?([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)\)?\s*$`,
  'u',
);
/** "X (avec Y et Z)": the names in brackets are co-authors. */
const CO_AUTHORS = new RegExp(String.raw`\s*\(${wordsPattern(WITH_WORDS, { before: true, after: true })}\s+([^)]*)\)`, 'giu');

/** Degrees and licences written after a name ("Brenda Roe, MD"): no part of it, and no second author. */
const CREDENTIALS: ReadonlySet<string> = new Set(wordsOfAllPacks((pack) => pack.bylines?.credentials));
const isCredential = (part: string): boolean => CREDENTIALS.has(part.replace(/\./g, '').toLowerCase());
/** "Mac & i", "Marks & Spencer": one word on each side of "&" is one name, not two people. */
const SINGLE_WORDS_JOINED = /^\p{L}[\p{L}'’.-]*\s*&\s*\p{L}[\p{L}'’.-]*$/u;

/** Page furniture, a label or a weekday alone is no name. */
const NOT_A_NAME = new RegExp(`^${wordsPattern([...wordsOfAllPacks((pack) => pack.bylines?.notNames), ...AGENTS, ...WEEKDAY_NAMES])}$`, 'iu');

function stripWireCredit(text: string): string {
  const match = WIRE_CREDIT.exec(text);
  if (match !== null && match[1] !== undefined && wireServicesIn(match[1]).length > 0) {
    return text.slice(0, match.index);
  }
  return text;
}

/**
 * A bracket between two words of a name is part of it, as the page writes it ("Richard
 * (R.J.) Eskow", "Bruno (Henrique Zecchin) Rodrigues"): letters and initials only, then a
 * capitalised word. Any other bracket is an aside (a handle, an agency, a place).
 */
const NAME_BRACKET = /^\(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\)$/u;

function withoutAsides(part: string): string {
  return part.replace(/\([^)]*\)/g, (bracket: string, at: number) => {
    const between = /\p{L}\s?$/u.test(part.slice(0, at)) && /^\s\p{Lu}/u.test(part.slice(at + bracket.length));
    return between && NAME_BRACKET.test(bracket) && wireServicesIn(bracket).length === 0 ? bracket : ' ';
  });
}

/** A role after the name ("Tom Hargreaves, business correspondent", "Senior Staff Technologist") arrives as its own part. */
function isRolePart(name: string): boolean {
  if (/^\p{Ll}/u.test(name) && !NAME_PARTICLE.test(name)) return true;
  if (name.split(' ').some((word) => (ROLE.test(word) && /^\p{Ll}/u.test(word)) || CAPITALISED_ROLE.test(word))) return true;
  return ROLE_OPENER.test(name) || ENDS_WITH_ROLE.test(name.replace(/s$/i, ''));
}

/**
 * After a role, the parts name where the person holds it ("Jane Roe, Senior Technologist,
 * ACLU Speech, Privacy, and Technology Project"), unless a role follows them too: "Ann
 * Lee, Staff Writer, and Tom Ray, Staff Writer" credits two people, each with a role.
 */
function affiliationParts(parts: readonly string[]): Set<number> {
  const roles = parts.map((part, index) => index > 0 && isRolePart(part.trim()));
  const affiliation = new Set<number>();
  const firstRole = roles.indexOf(true);
  if (firstRole === -1) return affiliation;
  const nextRole = (from: number): number => roles.findIndex((role, index) => index > from && role);
  for (let index = firstRole + 1; index < parts.length; index++) {
    if (roles[index] === true) continue;
    if (nextRole(index) === -1) affiliation.add(index);
  }
  return affiliation;
}

function cleanPart(part: string, first: boolean): string | null {
  let name = withoutAsides(part)
    .replace(/^[\s"'“”«»‹›:,.;\-–—·•|()]+|[\s"'“”«»‹›:,;\-–—·•|()]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  name = withoutLowerCaseTitle(name.replace(LEADING_LABEL, '').replace(LOWER_LABEL, '').trim());
  // A full stop after a whole word ends a sentence; after an initial ("Jr.", "J.") it is the name's.
  name = name.replace(/(\p{L}{3,})\.$/u, '$1');
  if (name === '' || NOT_A_NAME.test(name) || (!first && isCredential(name))) return null;
  if (/\d/.test(name) || NOT_IN_A_NAME.test(name) || /\.(?:com|fr|org|net)\b/i.test(name)) return null;
  if ((name.match(/\p{L}/gu) ?? []).length < 2) return null;
  if (name.length > 60 || name.split(' ').length > 6) return null;
  if (first) return name;
  if (isRolePart(name)) return null;
  // People's names do not start with "The": "Spencer Hsu, The Washington Post" adds the outlet.
  if (OUTLET_ARTICLE.test(name)) return null;
  // "Jane Roe, ACLU Speech, Privacy, and Technology Project": a lone word after a name is
  // part of an organisation's name or a place, not a second author.
  if (!name.includes(' ') && !UNSPACED_SCRIPT.test(name)) return null;
  return name;
}

/** The people a line credits as its editors ("Edited by Betsy Beyer", "责任编辑：肖春芳"), wherever the credit sits. */
export function editorNames(line: string): string[] {
  const credit = EDITOR_CREDIT.exec(tidy(line));
  return credit === null ? [] : cleanAuthorNames(tidy(line).slice(credit.index + credit[0].length));
}

/**
 * Whether a name read from a line of text reads as one: a lower-case word that is no
 * particle makes it a phrase ("Von Montag an gilt die neue Regel", "By signing up").
 */
export function readsAsName(name: string): boolean {
  return !name.split(' ').slice(1).some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLE.test(`${word} `));
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
  const editor = EDITOR_CREDIT.exec(text);
  if (editor !== null) text = text.slice(0, editor.index).replace(/[\s,;|·•]+$/u, '');
  if (PICTURE_CREDIT.test(text) || SITE_CREDIT.test(text)) return [];
  text = text.slice(ownReporterOpening(text));
  text = text.replace(LEADING_LABEL, '').replace(GLUED_AGENT, '').replace(LOWER_LABEL, '').replace(WORD_LABEL, '');
  // "X (avec Y et Z)": the names in brackets are co-authors.
  text = text.replace(CO_AUTHORS, ', $1');
  text = text.replace(TAIL, '').replace(PLACE_OR_OUTLET, '').trim();
  text = stripWireCredit(text).trim();
  text = text.replace(LEADING_LABEL, '');
  const names: string[] = [];
  const parts = SINGLE_WORDS_JOINED.test(text) ? [text] : (uninvertedList(text) ?? text.split(LIST_SEPARATOR));
  const affiliation = affiliationParts(parts);
  for (const [index, part] of parts.entries()) {
    if (affiliation.has(index)) continue;
    const name = cleanPart(part, index === 0);
    if (name !== null && !names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}
