// Lint, and the layer rules that keep the architecture honest: each folder may
// import only from the layers below it (see docs/architecture.md).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_APIS = [
  { name: 'wxt/browser', message: 'Only entrypoints/ and messaging/ hold browser.*; the shell is handed it (shell/ports.ts).' },
  { name: 'webextension-polyfill', message: 'Only entrypoints/ and messaging/ hold browser.*.' },
];

/**
 * The layers (top-level folders) and what each may import, as in docs/architecture.md.
 * Every layer not listed for a folder is forbidden to it, so a new layer is closed
 * to everyone until this table opens it.
 */
const LAYERS = {
  languages: [],
  snapshot: ['languages'],
  i18n: ['languages'],
  report: ['i18n', 'languages'],
  rules: ['report', 'snapshot', 'languages'],
  extraction: ['snapshot', 'languages'],
  page: ['messaging', 'report', 'i18n', 'languages'],
  messaging: ['report', 'snapshot', 'page', 'languages'],
  shell: ['messaging', 'report', 'rules', 'i18n', 'snapshot', 'languages'],
  components: ['report', 'i18n', 'messaging', 'languages'],
  cli: ['extraction', 'rules', 'report', 'i18n', 'snapshot', 'languages'],
};

const ALL_LAYERS = [...Object.keys(LAYERS), 'entrypoints'];

/** Files of `layer` may import no other layer than those it is allowed. */
function layerRule(layer, { paths = [], patterns = [] } = {}) {
  const forbidden = ALL_LAYERS.filter((other) => other !== layer && !LAYERS[layer].includes(other));
  return {
    files: [`${layer}/**/*.ts`, `${layer}/**/*.svelte`],
    // Tests may cross layers: an extraction test may check what the rules make of a page.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths,
          patterns: [
            ...forbidden.map((other) => ({
              group: [`**/${other}/*`, `**/${other}`],
              message: `${layer}/ may not depend on ${other}/ (see docs/architecture.md).`,
            })),
            ...patterns,
          ],
        },
      ],
    },
  };
}

const PARSERS = [
  { name: 'linkedom', message: 'Only extraction/ and cli/ parse HTML.' },
  { name: 'jsdom', message: 'Only extraction/ and cli/ parse HTML.' },
  { name: '@mozilla/readability', message: 'Readability belongs to extraction/.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  // Pure layers: no DOM, no browser, no Node; they run everywhere.
  layerRule('languages', { paths: [...BROWSER_APIS, ...PARSERS] }),
  layerRule('snapshot', { paths: [...BROWSER_APIS, ...PARSERS] }),
  layerRule('i18n', { paths: [...BROWSER_APIS, ...PARSERS] }),
  layerRule('report', { paths: [...BROWSER_APIS, ...PARSERS] }),
  layerRule('rules', { paths: [...BROWSER_APIS, ...PARSERS] }),
  {
    files: ['rules/**/*.ts', 'report/**/*.ts', 'i18n/**/*.ts', 'snapshot/**/*.ts', 'languages/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'location', 'navigator', 'localStorage', 'fetch'],
    },
  },
  layerRule('extraction', { paths: BROWSER_APIS }),
  layerRule('page', { paths: BROWSER_APIS }),
  layerRule('components', { paths: BROWSER_APIS, patterns: [{ group: ['**/messaging/send'], message: 'Components get callbacks, they do not send messages.' }] }),
  layerRule('cli', { paths: BROWSER_APIS }),
  // The shell is handed `browser` (shell/ports.ts), so tests give it fakes instead of mocking modules.
  layerRule('shell', { paths: BROWSER_APIS }),
  layerRule('messaging'),
);
