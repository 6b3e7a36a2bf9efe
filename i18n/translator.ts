/** A `messages.json` as in `_locales/<lang>/`. */
export type LocaleMessages = Record<string, { message: string }>;

/** Looks up a UI string by name, with `$1`…`$9` substitutions like `browser.i18n.getMessage`. */
export type Translate = (name: string, substitutions?: string | number | Array<string | number>) => string;

/**
 * A translator over a given set of messages: used when the reader overrides the UI
 * language, by the CLI's exports, and in tests. An unknown name returns the name
 * itself, so a missing string is visible rather than blank.
 */
export function createTranslator(messages: LocaleMessages): Translate {
  return (name, substitutions) => {
    const template = messages[name]?.message;
    if (template === undefined) return name;
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return template.replace(/\$(\d)/g, (match, digit: string) => {
      const value = values[Number(digit) - 1];
      return value === undefined ? match : String(value);
    });
  };
}

/**
 * The message name for a value of the report, which is kebab-case where message
 * names allow only `[A-Za-z0-9_]`: `messageName('warning', 'vague-attribution', 'label')`
 * → `warning_vague_attribution_label`. The one rule every page and test names by.
 */
export function messageName(...parts: string[]): string {
  return parts.join('_').replace(/-/g, '_');
}

/**
 * A message that counts something, in the plural form the language wants for
 * `count`: `${name}_one`, `${name}_other` (and `_few`, `_many`… where a language has
 * them), after Intl.PluralRules for the translator's language tag
 * (`summary_language_tag`). French says « 0 source », English "0 sources".
 */
export function countMessage(t: Translate, name: string, count: number, substitutions: Array<string | number> = [count]): string {
  const category = new Intl.PluralRules(t('summary_language_tag')).select(count);
  const specific = `${name}_${category}`;
  return t(t(specific, substitutions) === specific ? `${name}_other` : specific, substitutions);
}
