import { defineConfig } from 'wxt';

/**
 * One MV3 code path for Chrome and Firefox: `browser.action`, `scripting` and
 * `activeTab` behave the same in both, so the shell has no per-browser branches.
 *
 * `--mode e2e` builds a test-only variant that may script pages on 127.0.0.1:
 * automation cannot click the toolbar, which is what grants `activeTab`.
 *
 * Extension pages get a strict CSP in builds: only the extension's own scripts,
 * styles, images and files (the popup reads its locale files with `fetch`), no
 * plugins, no `<base>`, no form posts. `wxt dev` keeps WXT's own, which its live
 * reload needs.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser, mode, command }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // The test fixtures' own sites (e2e/harness/fixture-pages.ts), which the tests and the demo map to 127.0.0.1.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'http://www.harbourgazette.co.uk/*', 'http://www.courrier-estuaire.fr/*'] } : {}),
    // Asked for one site at a time (HTTPS only), from the options page, when the reader turns on automatic analysis there.
    optional_host_permissions: ['https://*/*'],
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    commands: {
      'analyze-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandAnalyzePage__' },
      // Opens the popup, as a click on the toolbar button does.
      _execute_action: { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_commandOpenPopup__' },
      'next-flag': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextFlag__' },
      'previous-flag': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousFlag__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT takes the action's title from popup.html's <title>; the toolbar tooltip must be translated.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
});
