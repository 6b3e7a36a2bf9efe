import { launchChromium } from './launch-chromium';
import { launchFirefox } from './launch-firefox';
import { e2eBuild } from './paths';
import type { BrowserName, ExtensionBrowser } from './test-page';

/** The browser with its e2e build of the extension loaded. */
export function launchWithExtension(name: BrowserName): Promise<ExtensionBrowser> {
  const build = e2eBuild(name);
  return name === 'chromium' ? launchChromium(build) : launchFirefox(build);
}
