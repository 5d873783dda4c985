/**
 * Finds the real browsers the end-to-end tests drive (Debian's chromium and firefox-esr). On a
 * Debian/Ubuntu machine where we are root, installs what is missing with apt-get; anywhere else it
 * stops with the exact command to run. It never lets the browser tests be skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BROWSERS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
];

const browserPath = (b) => process.env[b.env] || b.path;

/** `only`: the Debian package names to check (`['chromium']` for `npm start`); all by default. */
export function ensureBrowsers(only = BROWSERS.map((b) => b.apt)) {
  const wanted = BROWSERS.filter((b) => only.includes(b.apt));
  const missingBrowsers = () => wanted.filter((b) => !existsSync(browserPath(b)));
  let missing = missingBrowsers();
  if (missing.length === 0) return;
  const packages = missing.map((b) => b.apt).join(' ');
  const command = `apt-get update && apt-get install -y ${packages}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing browsers for the end-to-end tests: ${command}`);
    execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    missing = missingBrowsers();
  }
  if (missing.length > 0) {
    const names = missing.map((b) => `${b.name} (${browserPath(b)})`).join(', ');
    throw new Error(
      `The end-to-end tests need ${names}. Install with:\n  sudo ${command}\n` +
        `or point ${missing.map((b) => b.env).join(' / ')} at an existing binary.`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBrowsers();
    console.log('Browsers found: ' + BROWSERS.map((b) => browserPath(b)).join(', '));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
