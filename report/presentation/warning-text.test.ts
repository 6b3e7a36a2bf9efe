import { describe, expect, test } from 'vitest';
import { createTranslator, type Translate } from '../../i18n/translator';
import { localeMessages } from '../../tests/helpers/locale-messages';
import type { Warning } from '../schema';
import { SOURCING_WARNING_CODES } from '../warning-codes';
import { warningHint, warningText } from './warning-text';

const english = createTranslator(localeMessages('en'));
const french = createTranslator(localeMessages('fr'));

describe('how a warning reads to the reader', () => {
  test.each<[string, Pick<Warning, 'code' | 'message' | 'trigger'>, Translate, string, RegExp]>([
    ['a flag names the words that triggered it', { code: 'vague-attribution', message: 'x', trigger: 'Experts say' }, english, 'Vague attribution', /^“Experts say”: \S/u],
    ['in French too', { code: 'anonymous-source', message: 'x', trigger: 'un proche du dossier' }, french, 'Source anonyme', /^« un proche du dossier » : \S/u],
    ['a page-wide warning has no trigger', { code: 'no-date', message: 'x' }, english, 'No date', /^[A-Z]/u],
    ['an unknown code falls back on the report’s own words', { code: 'future-code', message: 'Something new.' }, english, 'future-code', /^Something new\.$/u],
  ])('%s', (_what, warning, t, label, explanation) => {
    const text = warningText(warning, t);
    expect(text.label).toBe(label);
    expect(text.explanation).toMatch(explanation);
  });

  test.each<[string, string, Translate, string | null]>([
    ['a vague attribution asks who says it', 'vague-attribution', english, 'Name who says it: a person, a body or a document.'],
    ['an anonymous source asks why, or for a name', 'anonymous-source', english, 'Say why the source is anonymous, or name them.'],
    ['an unsourced figure asks for its source', 'unsourced-figure', english, 'Give the figure’s source: who counted or measured it, and where.'],
    ['in French, with a no-break space before the colon', 'vague-attribution', french, 'Nommer qui le dit\u00a0: une personne, un organisme ou un document.'],
    ['une source anonyme', 'anonymous-source', french, 'Dire pourquoi la source reste anonyme, ou la nommer.'],
    ['un chiffre sans source', 'unsourced-figure', french, 'Donner la source du chiffre\u00a0: qui l’a compté ou mesuré, et où.'],
    ['a page-wide warning has no hint', 'no-date', english, null],
    ['an unknown code has no hint', 'future-code', english, null],
  ])('%s', (_what, code, t, hint) => {
    expect(warningHint({ code }, t)).toBe(hint);
  });

  // Every flag drawn on a passage says what would make it sourced; passages-capped is page-wide.
  const passageCodes = SOURCING_WARNING_CODES.filter((code) => code !== 'passages-capped');
  test.each(passageCodes.flatMap((code) => [[code, 'en', english] as const, [code, 'fr', french] as const]))('%s has a hint in %s', (code, _locale, t) => {
    expect(warningHint({ code }, t)?.trim()).toBeTruthy();
  });
});
