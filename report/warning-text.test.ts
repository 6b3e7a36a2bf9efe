import { describe, expect, test } from 'vitest';
import { createTranslator } from '../i18n/translator';
import { localeMessages } from '../tests/helpers/locale-messages';
import type { Warning } from './schema';
import { warningText } from './warning-text';

const english = createTranslator(localeMessages('en'));
const french = createTranslator(localeMessages('fr'));

describe('how a warning reads to the reader', () => {
  test.each<[string, Pick<Warning, 'code' | 'message' | 'trigger'>, typeof english, string, RegExp]>([
    ['a flag names the words that triggered it', { code: 'vague-attribution', message: 'x', trigger: 'Experts say' }, english, 'Vague attribution', /^“Experts say”: \S/u],
    ['in French too', { code: 'anonymous-source', message: 'x', trigger: 'un proche du dossier' }, french, 'Source anonyme', /^« un proche du dossier » : \S/u],
    ['a page-wide warning has no trigger', { code: 'no-date', message: 'x' }, english, 'No date', /^[A-Z]/u],
    ['an unknown code falls back on the report’s own words', { code: 'future-code', message: 'Something new.' }, english, 'future-code', /^Something new\.$/u],
  ])('%s', (_what, warning, t, label, explanation) => {
    const text = warningText(warning, t);
    expect(text.label).toBe(label);
    expect(text.explanation).toMatch(explanation);
  });
});
