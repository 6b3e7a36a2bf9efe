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

/** Loading ESLint's plugins takes seconds on a loaded machine: once, before the probes. */
const SETUP_TIMEOUT_MS = 120_000;

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.calculateConfigForFile(join(ROOT, 'report/schema.ts'));
  await eslint.lintText('export {};\n', { filePath: join(ROOT, 'report/probe.ts') });
}, SETUP_TIMEOUT_MS);

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
    ['languages/fr/probe.ts', '../../rules/analyze', 'rules/'],
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

const DOM_PROBES: Array<[string, string, string[]]> = [
  ['report/probe-document.ts', 'export const title = document.title;', ["Cannot find name 'document'"]],
  ['snapshot/probe-window.ts', 'export const here = window.location.href;', ["Cannot find name 'window'"]],
  ['report/probe-es2023.ts', 'export const last = [1, 2].at(-1);', []],
];

/** The no-DOM tsconfig, as tsc reads it. */
function pureConfig(): ts.ParsedCommandLine {
  const { config } = ts.readConfigFile(join(ROOT, 'rules/tsconfig.json'), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, join(ROOT, 'rules'));
}

/** The type errors of each probe, compiled together (the libraries are read once) under the no-DOM tsconfig. */
function probeTypeErrors(): Map<string, string[]> {
  const { options } = pureConfig();
  const probes = new Map(DOM_PROBES.map(([path, source]) => [join(ROOT, path), source]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => probes.get(name) ?? readFile(name);
  host.fileExists = (name) => probes.has(name) || fileExists(name);
  const program = ts.createProgram([...probes.keys()], options, host);
  const errors = new Map<string, string[]>([...probes.keys()].map((name) => [name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    errors.get(diagnostic.file?.fileName ?? '')?.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }
  return errors;
}

let typeErrors: Map<string, string[]>;
beforeAll(() => {
  typeErrors = probeTypeErrors();
}, SETUP_TIMEOUT_MS);

describe('the no-DOM type-check', () => {
  test('covers every source file of the pure layers', () => {
    const covered = new Set(pureConfig().fileNames.map((name) => name.slice(ROOT.length + 1)));
    const pure = ts.sys.readDirectory(ROOT, ['.ts'], ['**/*.test.ts', 'node_modules'], ['report/**/*', 'snapshot/**/*', 'i18n/**/*', 'languages/**/*']);
    expect(pure.length).toBeGreaterThan(10);
    expect(pure.map((name) => name.slice(ROOT.length + 1)).filter((name) => !covered.has(name))).toEqual([]);
  });

  test.each(DOM_PROBES)('%s: %s', (path, _source, errors) => {
    expect(typeErrors.get(join(ROOT, path))).toEqual(errors.map((error) => expect.stringContaining(error)));
  });
});
