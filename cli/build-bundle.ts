import { build, type BuildOptions } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BundleCache } from './worker-bundle-cache';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the installed command's code lives, beside `bin/` (it reads `../package.json` from there). */
export const CLI_BUNDLE = join(ROOT, 'dist/sourcelight.mjs');
/** The `--jobs` worker threads' entry, which the command finds beside itself (cli/worker-pool.ts). */
const WORKER_BUNDLE_NAME = 'analyze-worker.mjs';
const WORKER_ENTRY = join(ROOT, 'cli/analyze-worker.ts');
/** Where the workers' bundle for runs from source is kept between runs (worker-bundle-cache.ts). */
const WORKER_CACHE = join(ROOT, 'node_modules/.cache/sourcelight/analyze-worker.mjs');

/**
 * Compiles the CLI and everything it imports (linkedom, Readability, the rules, the
 * locales) into one file, and its worker threads' entry into another beside it, so
 * the installed `sourcelight` command needs neither a TypeScript runner nor any
 * package at run time. `npm run build:cli` writes it;
 * `prepare` runs that on install from the repository and before packing.
 */
export async function buildCliBundle(outfile = CLI_BUNDLE): Promise<void> {
  await Promise.all([
    build({ ...options(join(ROOT, 'cli/main.ts'), 'import.meta.url'), outfile }),
    build({ ...options(WORKER_ENTRY, 'import.meta.url'), outfile: join(dirname(outfile), WORKER_BUNDLE_NAME) }),
  ]);
}

/**
 * The worker threads' entry compiled in memory, for the CLI run from source
 * (`npm run analyze`): a worker then loads plain JavaScript instead of registering
 * tsx, whose loader thread and compiler each worker would otherwise carry (about
 * 70 MB a worker, measured). The code runs from a `data:` URL, so `import.meta.url`
 * is pinned to the source file's, where `../package.json` is. Kept on disk while
 * none of its sources changes: the build took 1.1–1.3 s, every run.
 */
export async function workerSourceBundle(cache = new BundleCache(WORKER_CACHE)): Promise<string> {
  const cached = await cache.read();
  if (cached !== null) return cached;
  const here = JSON.stringify(pathToFileURL(WORKER_ENTRY).href);
  const buildStart = Date.now();
  const result = await build({ ...options(WORKER_ENTRY, here), define: { 'import.meta.url': here }, legalComments: 'none', write: false, metafile: true, absWorkingDir: ROOT });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild wrote no worker bundle');
  // This file's options shape the bundle as much as the sources do.
  const inputs = [...Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input)), fileURLToPath(import.meta.url)];
  await cache.write(code, inputs, buildStart);
  return code;
}

function options(entry: string, moduleUrl: string): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Bundled CommonJS modules call require(); an ES module has none of its own.
    banner: { js: `import { createRequire as sourcelightRequire } from 'node:module'; const require = sourcelightRequire(${moduleUrl});` },
    legalComments: 'linked',
    logLevel: 'warning',
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await buildCliBundle();
