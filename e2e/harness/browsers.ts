import { existsSync } from 'node:fs';
import type { BrowserName } from './test-page';

interface BrowserInstall {
  executablePath: string;
  debianPackage: string;
}

const INSTALLS: Record<BrowserName, BrowserInstall> = {
  chromium: { executablePath: '/usr/bin/chromium', debianPackage: 'chromium' },
  firefox: { executablePath: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
};

export function executablePath(name: BrowserName): string {
  return INSTALLS[name].executablePath;
}

/** One line saying why a browser's tests cannot run, or null when the browser is there. */
export function missingBrowser(name: BrowserName): string | null {
  const { executablePath: path, debianPackage } = INSTALLS[name];
  if (existsSync(path)) return null;
  return `${name} not found at ${path}: install it with \`sudo apt-get install ${debianPackage}\``;
}

/**
 * Whether to skip a browser's suite. On a developer's machine a missing browser skips
 * (with its one line printed); under CI it is an error, so a broken image cannot pass.
 */
export function skipBrowser(name: BrowserName): boolean {
  const missing = missingBrowser(name);
  if (missing === null) return false;
  if (process.env.CI) throw new Error(`CI: ${missing}`);
  console.warn(`skipping ${name} end-to-end tests: ${missing}`);
  return true;
}
