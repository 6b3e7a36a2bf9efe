import { existsSync } from 'node:fs';
import type { BrowserName } from './test-page';

interface BrowserInstall {
  /** Environment variable that points at another binary (Chrome, a Firefox elsewhere). */
  override: string;
  defaultPath: string;
  debianPackage: string;
}

const INSTALLS: Record<BrowserName, BrowserInstall> = {
  chromium: { override: 'CHROMIUM_PATH', defaultPath: '/usr/bin/chromium', debianPackage: 'chromium' },
  firefox: { override: 'FIREFOX_PATH', defaultPath: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
};

export function executablePath(name: BrowserName): string {
  const { override, defaultPath } = INSTALLS[name];
  return process.env[override] || defaultPath;
}

/** One line saying why a browser's tests cannot run, or null when the browser is there. */
export function missingBrowser(name: BrowserName): string | null {
  const path = executablePath(name);
  if (existsSync(path)) return null;
  const { override, debianPackage } = INSTALLS[name];
  return `${name} not found at ${path}: install it (Debian/Ubuntu: \`sudo apt-get install ${debianPackage}\`) or set ${override}`;
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
