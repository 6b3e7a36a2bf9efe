import { describe, expect, test } from 'vitest';
import { restrictedReason } from './restricted-page';

describe('restrictedReason', () => {
  test.each([
    ['chrome://version/', 'browser-page'],
    ['chrome-extension://abcdef/popup.html', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['moz-extension://1234/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store-page'],
    ['https://chrome.google.com/webstore/detail/abc', 'store-page'],
    ['https://addons.mozilla.org/fr/firefox/addon/x/', 'store-page'],
    ['https://www.insee.fr/fr/statistiques/fichier/rapport.PDF', 'pdf-viewer'],
    ['ftp://example.com/file', 'not-web'],
    ['not a url', 'not-web'],
  ])('%s → %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  test.each([
    ['https://www.lemonde.fr/international/article/2026/11/14/x.html'],
    ['http://127.0.0.1:8080/article.html'],
    ['https://chrome.google.com/search?q=x'],
    ['file:///home/reader/saved-page.html'],
    [undefined],
  ])('%s is worth a try', (url) => {
    expect(restrictedReason(url)).toBeNull();
  });
});
