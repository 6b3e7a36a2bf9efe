import type { AuthorKind } from '../../report/schema';
import { isWireService } from './wire-services';

/**
 * "Newsroom" in the languages of Europe's press (es, pt, it, de, nl, pl, cs/sk, fi, sq):
 * a byline made of it is the outlet's desk, whatever the page's language.
 */
const NEWSROOM = String.raw`redacci[oó]n|reda[cç][aã]o|redazione|redaktion|redactie|redakcja|redakce|redakcia|toimitus|redaksia|redaktori`;

/** Bylines that name a role or a team, not a person, in French and English. */
const GENERIC = new RegExp(
  String.raw`^(?:(?:the|la|le|l['’])\s*)?(?:${NEWSROOM}|admin|administrat(?:or|eur)|webmaster|web ?desk|desk|editors?|editorial(?: (?:team|staff|board))?|staff(?: writers?| reporter)?|newsroom|news ?desk|r[ée]daction(?: web| num[ée]rique)?|r[ée]dac|[ée]quipe(?: [ée]ditoriale| de r[ée]daction)?|team|guest(?: author| post| writer)?|invit[ée]e?|anonymous|anonyme|user|utilisateur|unknown|inconnu|contributors?|contributeurs?|author|auteur|autor(?:in|a)?|autore|support|service (?:presse|communication)|communiqu[ée]|press office|partenaire|partner|sponsor|brand ?studio)$`,
  'i',
);

/** A team of a named outlet: "BBC News staff", "La rédaction de Libé", "Rédaction Ouest-France". */
const TEAM_OF = new RegExp(
  String.raw`^(?:(?:la|the)\s+)?(?:r[ée]daction|[ée]quipe|staff|team|editors|desk|${NEWSROOM})\s+(?:de|du|des|d['’]|of|at)?\s*\S.*$` +
    String.raw`|^.+\s(?:staff|editors?|editorial team|editorial board|newsroom|news desk|web desk|desk|team)$`,
  'i',
);

/** Words that make a name an organisation. */
const ORGANISATION_WORD =
  /\b(?:organi[sz]ations?|news|media|m[ée]dias|press|presse|inc|ltd|llc|gmbh|sas|group|groupe|agency|agence|magazine|journal|times|tribune|gazette|radio|tv|t[ée]l[ée]vision|channel|foundation|fondation|institute|institut|association|university|universit[ée]|minist[eè]re|ministry|government|gouvernement|council|conseil|company|corp|corporation|network|studio|publishing|[ée]ditions)\b/i;

/**
 * Whether a byline names a person, an organisation (an agency, the outlet itself) or
 * a generic role ("admin", "Rédaction"). `siteNames` are names the page gives itself.
 */
export function classifyAuthor(name: string, siteNames: readonly string[] = []): AuthorKind {
  const trimmed = name.trim();
  if (trimmed === '') return 'none';
  if (GENERIC.test(trimmed) || TEAM_OF.test(trimmed)) return 'generic';
  if (isWireService(trimmed)) return 'organisation';
  const lower = trimmed.toLowerCase();
  if (siteNames.some((site) => site.trim() !== '' && site.toLowerCase() === lower)) return 'organisation';
  if (ORGANISATION_WORD.test(trimmed)) return 'organisation';
  // A domain name as author ("lemonde.fr") is the outlet.
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(trimmed)) return 'organisation';
  return 'person';
}
