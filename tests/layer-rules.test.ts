import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * The layer table of docs/architecture.md bites: a probe file for each crossing it
 * forbids fails lint, a probe for each crossing it allows does not, and a pure layer
 * that touches the DOM fails the no-DOM type-check.
 */
const ROOT = join(import.meta.dirname, '..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The layer-rule errors ESLint gives a file at `path` that imports `from`. */
async function layerErrors(path: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`export * from '${from}';\n`, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layer rules forbid', () => {
  test.each([
    ['report/probe.ts', '../rules/analyze', 'rules/'],
    ['report/probe.ts', '../extraction/extract-snapshot', 'extraction/'],
    ['report/probe.ts', '../snapshot/article-snapshot', 'snapshot/'],
    ['shell/probe.ts', '../page/marks-controller', 'page/'],
    ['shell/probe.ts', '../components/Popup.svelte', 'components/'],
    ['shell/probe.ts', 'wxt/browser', 'handed'],
    ['messaging/probe.ts', '../shell/analyze-tab', 'shell/'],
    ['extraction/probe.ts', '../report/schema', 'report/'],
    ['extraction/probe.ts', '../i18n/translator', 'i18n/'],
    ['extraction/metadata/probe.ts', '../../rules/analyze', 'rules/'],
    ['rules/probe.ts', '../extraction/extract-snapshot', 'extraction/'],
    ['rules/probe.ts', '../i18n/translator', 'i18n/'],
    ['languages/fr/probe.ts', '../../rules/lexicons/lexicon', 'rules/'],
    ['languages/probe.ts', '../snapshot/article-snapshot', 'snapshot/'],
    ['snapshot/probe.ts', '../extraction/body-blocks', 'extraction/'],
    ['components/probe.ts', '../messaging/send', 'callbacks'],
    ['i18n/probe.ts', '../report/schema', 'report/'],
    ['page/probe.ts', '../rules/analyze', 'rules/'],
    ['cli/probe.ts', '../shell/analyze-tab', 'shell/'],
  ])('%s importing %s', async (path, from, said) => {
    const errors = await layerErrors(path, from);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(said);
  });
});

describe('layer rules allow', () => {
  test.each([
    ['report/probe.ts', '../i18n/translator'],
    ['rules/probe.ts', '../report/schema'],
    ['rules/probe.ts', '../snapshot/article-snapshot'],
    ['extraction/probe.ts', '../snapshot/article-snapshot'],
    ['shell/probe.ts', '../messaging/send'],
    ['shell/probe.ts', '../rules/analyze'],
    ['cli/probe.ts', '../extraction/extract-snapshot'],
    ['entrypoints/probe.ts', '../shell/analyze-tab'],
    ...['report', 'rules', 'extraction', 'i18n', 'page', 'messaging', 'shell', 'components', 'cli', 'snapshot'].map((layer) => [`${layer}/probe.ts`, '../languages/fr/pack']),
  ])('%s importing %s', async (path, from) => {
    expect(await layerErrors(path, from)).toEqual([]);
  });
});

/** The type errors of `source` as a file at `path`, compiled under the no-DOM tsconfig. */
function pureTypeErrors(path: string, source: string): string[] {
  const configPath = join(ROOT, 'rules/tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, join(ROOT, 'rules'));
  const file = join(ROOT, path);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('the no-DOM type-check', () => {
  test('covers every source file of the pure layers', () => {
    const { config } = ts.readConfigFile(join(ROOT, 'rules/tsconfig.json'), ts.sys.readFile);
    const { fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, join(ROOT, 'rules'));
    const covered = new Set(fileNames.map((name) => name.slice(ROOT.length + 1)));
    const pure = ts.sys.readDirectory(ROOT, ['.ts'], ['**/*.test.ts', 'node_modules'], ['report/**/*', 'snapshot/**/*', 'i18n/**/*', 'languages/**/*']);
    expect(pure.length).toBeGreaterThan(10);
    expect(pure.map((name) => name.slice(ROOT.length + 1)).filter((name) => !covered.has(name))).toEqual([]);
  });

  test.each([
    ['report/probe.ts', 'export const title = document.title;', ["Cannot find name 'document'"]],
    ['snapshot/probe.ts', 'export const here = window.location.href;', ["Cannot find name 'window'"]],
    ['report/probe.ts', 'export const last = [1, 2].at(-1);', []],
  ])('%s: %s', (path, source, errors) => {
    expect(pureTypeErrors(path, source)).toEqual(errors.map((error) => expect.stringContaining(error)));
  });
});
