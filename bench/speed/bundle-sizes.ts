import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Files a page or chunk loads: `src`/`href` in HTML, static and dynamic imports in JS. */
const HTML_REFS = /\b(?:src|href)="(\/?[^"]+\.(?:js|css))"/g;
const JS_IMPORTS = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Gzip level 9 of each file on its own, as a store or a server would send it. */
function measure(outputDir: string, files: string[]): BundleSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outputDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

export function contentScriptSize(outputDir: string): BundleSize {
  return measure(outputDir, ['content-script.js']);
}

/** popup.html and everything it pulls in: its scripts, their imported chunks, its styles. */
export function popupSize(outputDir: string): BundleSize {
  const seen = new Set<string>(['popup.html']);
  const queue = ['popup.html'];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const text = readFileSync(join(outputDir, file), 'utf8');
    const pattern = file.endsWith('.html') ? HTML_REFS : JS_IMPORTS;
    for (const match of text.matchAll(pattern)) {
      const ref = match[1] as string;
      const resolved = normalize(ref.startsWith('/') ? ref.slice(1) : join(dirname(file), ref));
      if (seen.has(resolved) || !existsSync(join(outputDir, resolved))) continue;
      seen.add(resolved);
      queue.push(resolved);
    }
  }
  return measure(outputDir, [...seen]);
}
