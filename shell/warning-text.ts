import { getMessage } from './get-message';

/** The i18n message name for a warning code: `vague-attribution` → `warning_vague_attribution`. */
export function warningMessageName(code: string): string {
  return `warning_${code.replace(/-/g, '_')}`;
}

/**
 * A warning's short label and explanation in the reader's language, from
 * `_locales`; a code the locales do not know yet keeps the report's English text.
 */
export function describeWarning(code: string, fallback: string): { label: string; message: string } {
  const name = warningMessageName(code);
  const label = getMessage(`${name}_label`) || code.replace(/-/g, ' ');
  const message = getMessage(`${name}_message`) || fallback;
  return { label, message };
}
