import { messageName, type Translate } from '../i18n/translator';
import type { Warning } from './schema';

/**
 * A warning's label and explanation as the popup words them, in the translator's
 * language; a code the locales do not know yet keeps its code and the report's
 * English message.
 */
export function warningText(warning: Pick<Warning, 'code' | 'message' | 'trigger'>, t: Translate): { label: string; explanation: string } {
  // A translator gives an unknown name back as itself.
  const translated = (name: string, fallback: string): string => (t(name) === name ? fallback : t(name));
  const explanation = translated(messageName('warning', warning.code, 'message'), warning.message);
  return {
    label: translated(messageName('warning', warning.code, 'label'), warning.code),
    // The words that made the rule fire come first, so the reader sees what was read as weak.
    explanation: warning.trigger === undefined ? explanation : `${t('warning_trigger', warning.trigger)} ${explanation}`,
  };
}
