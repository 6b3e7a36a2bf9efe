import { messageName, type Translate } from '../../i18n/translator';
import type { Warning } from '../schema';

/** How a warning reads wherever it is shown: popup, page tooltip and exports. */
export interface WarningText {
  label: string;
  /** The words that made the rule fire, then what is wrong with the passage. */
  explanation: string;
}

/** A translator gives an unknown name back as itself: null then. */
function known(t: Translate, name: string): string | null {
  const text = t(name);
  return text === name ? null : text;
}

/**
 * A warning's words in the translator's language; a code the locales do not know yet
 * keeps its code and the report's English message.
 */
export function warningText(warning: Pick<Warning, 'code' | 'message' | 'trigger'>, t: Translate): WarningText {
  const explanation = known(t, messageName('warning', warning.code, 'message')) ?? warning.message;
  return {
    label: known(t, messageName('warning', warning.code, 'label')) ?? warning.code,
    // The words that made the rule fire come first, so the reader sees what was read as weak.
    explanation: warning.trigger === undefined ? explanation : `${t('warning_trigger', warning.trigger)} ${explanation}`,
  };
}

/** What would make a flagged passage sourced, « Nommer qui le dit… »; null for a code with none (page-wide warnings). */
export function warningHint(warning: Pick<Warning, 'code'>, t: Translate): string | null {
  return known(t, messageName('warning', warning.code, 'hint'));
}
