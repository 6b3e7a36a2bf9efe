import { describe, expect, test } from 'vitest';
import { normalizeSite } from './normalize-site';
import { DEFAULT_SETTINGS, isWarningShown, matchingSite, parseSettings, sitePermission, type Settings } from './settings-schema';

const valid: Settings = { autoSites: ['lemonde.fr'], inlineMarks: false, hiddenWarningCodes: ['old-story'], uiLanguage: 'fr' };

describe('parseSettings', () => {
  test.each<[string, unknown, Settings]>([
    ['valid settings', valid, valid],
    ['nothing stored', undefined, { ...DEFAULT_SETTINGS }],
    ['an empty object', {}, { ...DEFAULT_SETTINGS }],
    ['not an object', 'corrupt', { ...DEFAULT_SETTINGS }],
    ['null', null, { ...DEFAULT_SETTINGS }],
    ['unknown keys dropped', { ...valid, extra: 1 }, valid],
    ['a bad language only', { ...valid, uiLanguage: 'de' }, { ...valid, uiLanguage: 'auto' }],
    ['a bad marks flag only', { ...valid, inlineMarks: 'yes' }, { ...valid, inlineMarks: true }],
    ['a site list with a pattern in it', { ...valid, autoSites: ['lemonde.fr', '*://*/*'] }, { ...valid, autoSites: [] }],
    ['codes that are not codes', { ...valid, hiddenWarningCodes: ['<script>'] }, { ...valid, hiddenWarningCodes: [] }],
  ])('%s', (_name, stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });

  test('defaults: nothing automatic, marks on, every warning shown, browser language', () => {
    expect(DEFAULT_SETTINGS).toEqual({ autoSites: [], inlineMarks: true, hiddenWarningCodes: [], uiLanguage: 'auto' });
  });

  test('the defaults are never shared with a parsed value', () => {
    parseSettings(undefined).autoSites.push('x.org');
    expect(parseSettings(undefined).autoSites).toEqual([]);
  });
});

describe('normalizeSite', () => {
  test.each([
    ['lemonde.fr', 'lemonde.fr'],
    ['  WWW.LeMonde.fr ', 'lemonde.fr'],
    ['https://www.lemonde.fr/international/article.html?x=1', 'lemonde.fr'],
    ['http://news.bbc.co.uk', 'news.bbc.co.uk'],
    ['lemonde.fr.', 'lemonde.fr'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['', null],
    ['localhost', null],
    ['*.lemonde.fr', null],
    ['127.0.0.1', null],
    ['javascript:alert(1)', null],
    ['lemonde', null],
    ['lemonde.fr:8080/x', 'lemonde.fr'],
    ['co.uk', null],
    ['www.co.uk', null],
    ['https://github.io/', null],
    ['blogspot.com', null],
    ['reader.github.io', 'reader.github.io'],
    ['bbc.co.uk', 'bbc.co.uk'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });
});

describe('matchingSite', () => {
  const sites = ['lemonde.fr', 'bbc.co.uk'];
  test.each([
    ['https://www.lemonde.fr/a.html', 'lemonde.fr'],
    ['https://lemonde.fr/', 'lemonde.fr'],
    ['https://news.bbc.co.uk/x', 'bbc.co.uk'],
    ['https://notlemonde.fr/', null],
    ['https://lemonde.fr.evil.example/', null],
    ['http://www.lemonde.fr/', null],
    ['chrome://settings', null],
    [undefined, null],
  ])('%s → %s', (url, expected) => {
    expect(matchingSite(sites, url)).toBe(expected);
  });
});

describe('permissions and filters', () => {
  test.each([['lemonde.fr', 'https://*.lemonde.fr/*']])('%s asks for %s', (site, pattern) => {
    expect(sitePermission(site)).toBe(pattern);
  });

  test.each([
    ['old-story', false],
    ['vague-attribution', true],
  ])('%s shown: %s', (code, shown) => {
    expect(isWarningShown(valid, code)).toBe(shown);
  });
});
