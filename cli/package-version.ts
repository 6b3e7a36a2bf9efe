import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The project's version, which the extension's manifest carries too. */
export function packageVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
