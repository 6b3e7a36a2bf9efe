import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * A module and its imports as one minified classic script exposing `globalName`, the
 * way the content script carries them, for a bench to add to a live page.
 */
export async function bundleForPage(entry: string, globalName: string, outDir: string): Promise<string> {
  const fileName = `${globalName}.js`;
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: false, minify: true, lib: { entry, formats: ['iife'], name: globalName, fileName: () => fileName } },
  });
  return readFile(join(outDir, fileName), 'utf8');
}
