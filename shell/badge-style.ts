import type { AnalysisOutcome } from '../messaging/protocol';
import type { Severity } from '../report/schema';
import { headlineWarnings } from '../report/summary';

/** What the toolbar badge shows for a tab, and the i18n message that says it in words. */
export interface BadgeStyle {
  text: string;
  background: string;
  /** Chosen for at least 4.5:1 contrast against `background`. */
  color: string;
  title: { name: string; substitutions?: number };
}

const RED = { background: '#c62828', color: '#ffffff' };
const AMBER = { background: '#f5a524', color: '#1b1f24' };
const GREY = { background: '#5f6673', color: '#ffffff' };
const GREEN = { background: '#175c2c', color: '#ffffff' };

const BY_SEVERITY: Record<Severity, { background: string; color: string }> = { high: RED, medium: AMBER, low: GREY, info: GREY };
const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

/**
 * The badge for an analysis outcome: the number of weak passages the reader has
 * chosen to see, plus the page-wide warnings the verdict leads with (sponsored
 * content, a copy of another page), coloured by the most severe of them; "–" for a
 * page that is not an article, "!" when the page could not be read.
 */
export function badgeStyle(outcome: AnalysisOutcome, isShown: (code: string) => boolean = () => true): BadgeStyle {
  switch (outcome.status) {
    case 'restricted':
      return { text: '!', ...GREY, title: { name: 'badge_title_restricted' } };
    case 'error':
      return { text: '!', ...GREY, title: { name: 'badge_title_error' } };
    case 'not-article':
      return { text: '–', ...GREY, title: { name: 'badge_title_not_article' } };
    case 'ok': {
      const passages = outcome.report.warnings.filter((warning) => warning.anchor !== null && isShown(warning.code));
      const pageWide = headlineWarnings(outcome.report.warnings).filter((warning) => isShown(warning.code));
      const counted = [...passages, ...pageWide];
      if (counted.length === 0) return { text: '0', ...GREEN, title: { name: 'badge_title_no_passages' } };
      const worst = counted.reduce((max, warning) => (RANK[warning.severity] > RANK[max] ? warning.severity : max), counted[0]!.severity);
      return {
        text: counted.length > 99 ? '99+' : String(counted.length),
        ...BY_SEVERITY[worst],
        title: pageWide.length > 0 ? { name: 'badge_title_page_warnings', substitutions: counted.length } : { name: 'badge_title_passages', substitutions: passages.length },
      };
    }
  }
}
