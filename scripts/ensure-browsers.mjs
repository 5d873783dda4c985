/**
 * Finds the real browsers the end-to-end tests drive (Debian's chromium and firefox-esr, with their
 * Russian and Hindi and a Devanagari font). On a
 * Debian/Ubuntu machine where we are root, installs what is missing with apt-get; anywhere else it
 * stops with the exact command to run. It never lets the browser tests be skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BROWSERS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
];

/**
 * What the interface's languages need from the machine: the browsers speaking Russian and Hindi
 * (the tests start them in each, to check the extension follows the browser's language) and a
 * Devanagari font (without one, Hindi renders as empty boxes in the screenshots). Checked only
 * where the Debian browsers are used: a browser of one's own brings its own languages.
 */
export const LANGUAGE_SUPPORT = [
  { name: 'Chromium in Russian and Hindi', path: '/usr/lib/chromium/locales/hi.pak', apt: 'chromium-l10n', for: 'chromium' },
  { name: 'Firefox ESR in Russian', path: '/usr/lib/firefox-esr/browser/extensions/langpack-ru@firefox-esr.mozilla.org.xpi', apt: 'firefox-esr-l10n-ru', for: 'firefox-esr' },
  { name: 'Firefox ESR in Hindi', path: '/usr/lib/firefox-esr/browser/extensions/langpack-hi-IN@firefox-esr.mozilla.org.xpi', apt: 'firefox-esr-l10n-hi-in', for: 'firefox-esr' },
  { name: 'a Devanagari font', path: '/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf', apt: 'fonts-lohit-deva', for: 'chromium' },
];

const browserPath = (b) => (b.env && process.env[b.env]) || b.path;

/** `only`: the Debian package names to check (`['chromium']` for `npm start`); all by default. */
export function ensureBrowsers(only = BROWSERS.map((b) => b.apt)) {
  const debianBrowser = (apt) => {
    const b = BROWSERS.find((candidate) => candidate.apt === apt);
    return only.includes(apt) && !process.env[b.env];
  };
  const wanted = [...BROWSERS.filter((b) => only.includes(b.apt)), ...LANGUAGE_SUPPORT.filter((l) => debianBrowser(l.for))];
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
    const envs = missing.filter((b) => b.env).map((b) => b.env);
    throw new Error(
      `The end-to-end tests need ${names}. Install with:\n  sudo ${command}\n` +
        (envs.length > 0 ? `or point ${envs.join(' / ')} at an existing binary.` : ''),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBrowsers();
    console.log('Browsers found: ' + BROWSERS.map((b) => browserPath(b)).join(', ') + '; with their Russian and Hindi and a Devanagari font');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
