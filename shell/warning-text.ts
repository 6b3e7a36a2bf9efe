import { messageName } from '../i18n/translator';
import { getMessage } from './get-message';

/**
 * A warning's short label and explanation in the reader's language, from
 * `_locales`; a code the locales do not know yet keeps the report's English text.
 */
export function describeWarning(code: string, fallback: string): { label: string; message: string } {
  const label = getMessage(messageName('warning', code, 'label')) || code.replace(/-/g, ' ');
  const message = getMessage(messageName('warning', code, 'message')) || fallback;
  return { label, message };
}
