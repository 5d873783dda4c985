import type { BrowserName } from './browsers';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { E2eBrowser, LaunchOptions } from './session';

export function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<E2eBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
