import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the installed command's code lives, beside `bin/` (it reads `../package.json` from there). */
export const CLI_BUNDLE = join(ROOT, 'dist/sourcelight.mjs');
/** The `--jobs` worker threads' entry, which the command finds beside itself (cli/worker-pool.ts). */
const WORKER_BUNDLE_NAME = 'analyze-worker.mjs';

/**
 * Compiles the CLI and everything it imports (linkedom, Readability, the rules, the
 * locales) into one file, and its worker threads' entry into another beside it, so
 * the installed `sourcelight` command needs neither a TypeScript runner nor any
 * package at run time. `npm run build:cli` writes it;
 * `prepare` runs that on install from the repository and before packing.
 */
export async function buildCliBundle(outfile = CLI_BUNDLE): Promise<void> {
  await Promise.all([
    bundle(join(ROOT, 'cli/main.ts'), outfile),
    bundle(join(ROOT, 'cli/analyze-worker.ts'), join(dirname(outfile), WORKER_BUNDLE_NAME)),
  ]);
}

async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Bundled CommonJS modules call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as sourcelightRequire } from 'node:module'; const require = sourcelightRequire(import.meta.url);" },
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await buildCliBundle();
