import { countMessage, messageName, type Translate } from '../../i18n/translator';
import type { Report, Warning } from '../schema';
import { summarize, type SourceInventory } from '../summary';
import { ageText } from './age-text';
import { warningText } from './warning-text';

/** "12 named sources (5 people, 4 organisations, 3 documents) · 2 anonymous · 1 vague", in the translator's language. */
export function inventoryText(sources: SourceInventory, t: Translate): string {
  if (sources.named + sources.anonymous + sources.vague === 0) return t('inventory_none');
  const parts: string[] = [];
  if (sources.named > 0) {
    const kinds = sources.namedByKind.map(({ kind, count }) => countMessage(t, messageName('inventory_kind', kind), count)).join(', ');
    parts.push(`${countMessage(t, 'inventory_named', sources.named)} (${kinds})`);
  }
  if (sources.anonymous > 0) parts.push(countMessage(t, 'inventory_anonymous', sources.anonymous));
  if (sources.vague > 0) parts.push(countMessage(t, 'inventory_vague', sources.vague));
  return parts.join(' · ');
}

/** The verdict's chips: the article's type (none for `other`) and « Excerpt only » for a paywalled excerpt. */
export function articleChips(article: Pick<Report['article'], 'type' | 'truncated'>, t: Translate): { type: string | null; truncated: string | null } {
  return {
    type: article.type === 'other' ? null : t(messageName('article_type', article.type)),
    truncated: article.truncated ? t('verdict_truncated') : null,
  };
}

/**
 * When it was published, for the verdict: the date as the report has it, its day, and
 * its age in human units (none for a date after the analysis); null when undated.
 */
export function publicationAge(published: Pick<Report['published'], 'value' | 'ageDays'>, locale: string): { value: string; day: string; age: string | null } | null {
  if (published.value === null) return null;
  return { value: published.value, day: published.value.slice(0, 10), age: ageText(published.ageDays, locale) };
}

/** What the verdict adds to a page-wide warning: the sponsor's label as the page words it, the original's site. */
export function headlineWarningDetail(warning: Pick<Warning, 'code'>, publisher: Pick<Report['publisher'], 'evidence' | 'canonicalUrl'>, t: Translate): string | null {
  if (warning.code === 'sponsored-content') {
    const label = publisher.evidence.find((item) => item.value === 'sponsored')?.raw;
    return label === undefined ? null : t('verdict_sponsor', label);
  }
  if (warning.code === 'syndicated-copy' && publisher.canonicalUrl !== null) {
    try {
      return t('verdict_original', new URL(publisher.canonicalUrl).hostname);
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The one-line verdict a newcomer reads first, in the words of the popup's verdict,
 * counting the passages the reader has not dismissed, as the popup does.
 */
export function headline(report: Report, t: Translate): string {
  const summary = summarize(report);
  const chips = articleChips(report.article, t);
  const when = publicationAge(report.published, t('summary_language_tag'));
  return [
    ...(chips.type === null ? [] : [chips.type]),
    ...(chips.truncated === null ? [] : [chips.truncated]),
    t(`verdict_author_${summary.author}`),
    when === null ? t('verdict_undated') : t('verdict_age', when.age ?? when.day),
    t('label_with_colon', t('section_what')) + ` ${inventoryText(summary.inventory, t)}`,
    t('verdict_weak_passages', summary.weakPassageCount),
    ...summary.headlineWarnings.map((warning) => warningText(warning, t).label),
  ].join(' · ');
}
