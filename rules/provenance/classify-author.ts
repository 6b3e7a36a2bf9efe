import type { AuthorKind } from '../../report/schema';
import { wordsOfAllPacks } from '../../languages/registry';
import { wordsPattern } from '../../languages/words-pattern';
import { isWireService } from './wire-services';

const ARTICLE = wordsPattern(wordsOfAllPacks((pack) => pack.authorKinds?.articles));
const TEAM = wordsPattern(wordsOfAllPacks((pack) => pack.authorKinds?.teamWords));

/** Bylines that name a role or a team, not a person ("admin", "La rédaction", "Redazione"). */
const GENERIC = new RegExp(`^(?:${ARTICLE}\\s*)?${wordsPattern(wordsOfAllPacks((pack) => pack.authorKinds?.genericBylines))}$`, 'iu');

/** A team of a named outlet: "BBC News staff", "La rédaction de Libé", "Rédaction Ouest-France", « L'équipe du Courrier ». */
const TEAM_OF = new RegExp(
  `^(?:${ARTICLE}\\s*)?${TEAM}\\s+(?:${wordsPattern(wordsOfAllPacks((pack) => pack.authorKinds?.teamJoiners))})?\\s*\\S.*$|^.+\\s${TEAM}$`,
  'iu',
);

/** A job title alone ("Senior Staff Writer", "Envoyé spécial", "Leitende Redakteurin"): a role under a name, not a name. */
const ROLE_WORDS = wordsPattern(wordsOfAllPacks((pack) => [...(pack.bylines?.roles ?? []), ...(pack.bylines?.roleOpeners ?? [])]));
const ROLE_ONLY = new RegExp(`^${ROLE_WORDS}(?:\\s+${ROLE_WORDS})*$`, 'iu');

/** Words that make a name an organisation. */
const ORGANISATION_WORD = new RegExp(wordsPattern(wordsOfAllPacks((pack) => pack.authorKinds?.organisationWords)), 'iu');
/** A company's legal form ending the name ("Courrier du Soir SARL", "Ledger Holdings Ltd."): a company, never a person. */
const LEGAL_FORM_END = new RegExp(`\\s(${wordsPattern(wordsOfAllPacks((pack) => pack.authorKinds?.legalForms))})\\.?$`, 'iu');

/** A short form counts in capitals only ("SA", not the surname "Sa"). */
function endsWithLegalForm(name: string): boolean {
  const form = LEGAL_FORM_END.exec(name)?.[1];
  return form !== undefined && (form.length > 3 || form === form.toUpperCase());
}

/**
 * Whether a byline names a person, an organisation (an agency, the outlet itself) or
 * a generic role ("admin", "Rédaction"). `siteNames` are names the page gives itself.
 */
export function classifyAuthor(name: string, siteNames: readonly string[] = []): AuthorKind {
  const trimmed = name.trim();
  if (trimmed === '') return 'none';
  if (GENERIC.test(trimmed) || TEAM_OF.test(trimmed) || ROLE_ONLY.test(trimmed)) return 'generic';
  if (isWireService(trimmed)) return 'organisation';
  const lower = trimmed.toLowerCase();
  if (siteNames.some((site) => site.trim() !== '' && site.toLowerCase() === lower)) return 'organisation';
  if (ORGANISATION_WORD.test(trimmed) || endsWithLegalForm(trimmed)) return 'organisation';
  // A domain name as author ("lemonde.fr") is the outlet.
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(trimmed)) return 'organisation';
  return 'person';
}
