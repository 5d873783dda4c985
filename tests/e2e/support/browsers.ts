/**
 * Finds the two Debian browsers the e2e tests drive. A missing browser is an error with the exact
 * install command: the e2e run must fail loudly, never skip.
 */
import fs from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium firefox-esr';

const DEFAULTS: Record<BrowserName, { env: string; path: string; pkg: string }> = {
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
};

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The executable for `name`: `$CHROMIUM_PATH` / `$FIREFOX_PATH` if set, else the Debian path. */
export function browserExecutable(name: BrowserName): string {
  const { env, path: fallback, pkg } = DEFAULTS[name];
  const fromEnv = process.env[env];
  const file = fromEnv && fromEnv.length > 0 ? fromEnv : fallback;
  if (!isExecutable(file)) {
    const source = fromEnv ? `$${env}=${fromEnv}` : `${fallback} (set $${env} to use another binary)`;
    throw new Error(
      `e2e: ${name} not found at ${source}. The e2e tests need Debian's ${pkg}; install both browsers with:\n\n    ${INSTALL_COMMAND}\n`,
    );
  }
  return file;
}

/** Throws one error naming every missing browser. */
export function assertBrowsersInstalled(): Record<BrowserName, string> {
  const found: Partial<Record<BrowserName, string>> = {};
  const problems: string[] = [];
  for (const name of BROWSER_NAMES) {
    try {
      found[name] = browserExecutable(name);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return found as Record<BrowserName, string>;
}
