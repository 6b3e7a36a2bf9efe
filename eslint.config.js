// Lint, and the layer rules that keep the architecture honest: each folder may
// import only from the layers below it (see docs/architecture.md).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_APIS = [
  { name: 'wxt/browser', message: 'Only the extension shell (entrypoints/, shell/, messaging/) talks to browser.* APIs.' },
  { name: 'webextension-polyfill', message: 'Only the extension shell talks to browser.* APIs.' },
];

/** `from` may not import any of `layers` (folder names at the top level). */
function layerRule(files, layers, extra = []) {
  return {
    files,
    // Tests may cross layers: an extraction test may check what the rules make of a page.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...BROWSER_APIS, ...extra],
          patterns: layers.map((layer) => ({
            group: [`**/${layer}/*`, `**/${layer}`],
            message: `This layer may not depend on ${layer}/ (see docs/architecture.md).`,
          })),
        },
      ],
    },
  };
}

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
  // Pure rules: no DOM, no browser, no Node; they run everywhere.
  layerRule(['rules/**/*.ts', 'report/**/*.ts'], ['entrypoints', 'shell', 'messaging', 'components', 'page', 'cli', 'extraction/metadata'], [
    { name: 'linkedom', message: 'The rules never parse HTML.' },
    { name: 'jsdom', message: 'The rules never parse HTML.' },
    { name: '@mozilla/readability', message: 'Readability belongs to extraction/.' },
  ]),
  {
    files: ['rules/**/*.ts', 'report/**/*.ts', 'i18n/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'location', 'navigator', 'localStorage', 'fetch'],
    },
  },
  layerRule(['extraction/**/*.ts'], ['entrypoints', 'shell', 'messaging', 'components', 'page', 'cli', 'rules']),
  layerRule(['page/**/*.ts'], ['entrypoints', 'shell', 'components', 'cli', 'rules', 'extraction/metadata']),
  layerRule(['components/**/*.ts', 'components/**/*.svelte'], ['entrypoints', 'shell', 'page', 'cli', 'extraction', 'messaging/send']),
  layerRule(['cli/**/*.ts'], ['entrypoints', 'shell', 'messaging', 'components', 'page']),
  // Message lookup only: the popup, the exports and the CLI all translate through it.
  layerRule(['i18n/**/*.ts'], ['entrypoints', 'shell', 'messaging', 'components', 'page', 'cli', 'extraction', 'rules', 'report']),
);
