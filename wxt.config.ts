import { defineConfig } from 'wxt';

/**
 * One MV3 code path for Chrome and Firefox: `browser.action`, `scripting` and
 * `activeTab` behave the same in both, so the shell has no per-browser branches.
 *
 * `--mode e2e` builds a test-only variant that may script pages on 127.0.0.1:
 * automation cannot click the toolbar, which is what grants `activeTab`.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    action: {
      default_title: '__MSG_actionTitle__',
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
});
