import type { I18nPort } from './ports';

/**
 * `browser.i18n.getMessage` for names built at run time (from warning codes,
 * citation kinds…), which WXT's generated types cannot check. A unit test checks
 * that every such name exists in every locale; a missing one returns ''.
 */
export function getMessage(browser: I18nPort, name: string, substitutions?: string | number | Array<string | number>): string {
  const values = substitutions === undefined ? undefined : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  return browser.i18n.getMessage(name, values);
}
