/**
 * The store builds as the stores and browsers see them (README, "Release"):
 * - Chromium loads the Chrome build with no manifest warnings. Warnings of a `--load-extension`
 *   extension never reach `chrome://extensions`, so the build is loaded the way "Load unpacked"
 *   does it, through CDP `Extensions.loadUnpacked`, in developer mode; the page's own API
 *   (`developerPrivate`) then lists the warnings it would show under "Errors".
 * - `web-ext lint` on the Firefox build reports no errors and only the warnings README accepts:
 *   `UNSAFE_VAR_ASSIGNMENT` where Preact applies `dangerouslySetInnerHTML` (the `__html` property),
 *   which our code never uses, and where the content script imports the card's code from the
 *   extension's own package (`import(<api>.runtime.getURL("/card-ui.js"))`, utils/card-ui.ts, and
 *   `"/frame-main.js"`, utils/frame-main.ts).
 * Each check first runs against a copy of the build broken on purpose, so a probe that has gone
 * blind (a Chromium or web-ext that stops reporting) fails the test instead of passing it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserExecutable } from './support/browsers';
import { chromiumArgs } from './support/chromium';
import { chromeBuildDir, firefoxBuildDir, repoRoot } from './support/paths';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-release-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A copy of `buildDir` with its manifest edited by `edit` (and any other change by `alsoDo`). */
function brokenCopy(buildDir: string, name: string, edit: (manifest: Record<string, unknown>) => void, alsoDo?: (dir: string) => void): string {
  const dir = path.join(scratch, name);
  fs.cpSync(buildDir, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  alsoDo?.(dir);
  return dir;
}

function addBogusPermissionAndKey(manifest: Record<string, unknown>): void {
  manifest.permissions = [...(manifest.permissions as string[]), 'notARealPermission'];
  manifest.not_a_manifest_key = true;
}

// Not e2eTest's browser: this one loads builds through CDP in developer mode, not with
// --load-extension, and no test here needs the fixture server or a tab of the fixture's.
describe('Chrome build in Chromium', () => {
  type Loaded = { id: string; installWarnings: string[]; manifestErrors: string[] };
  let report: Map<string, Loaded>;
  let built: string;
  let broken: string;

  beforeAll(async () => {
    built = path.resolve(chromeBuildDir);
    broken = brokenCopy(built, 'chrome-broken', addBogusPermissionAndKey);
    const profile = path.join(scratch, 'chromium-profile');
    fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
    // Developer mode is what makes Chromium collect manifest warnings (its "Errors" button).
    fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: browserExecutable('chromium'),
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...chromiumArgs(null), '--enable-unsafe-extension-debugging'],
    });
    try {
      const cdp = await context.browser()!.newBrowserCDPSession();
      const ids = new Map<string, string>();
      for (const dir of [built, broken]) {
        const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: dir } as never)) as { id: string };
        ids.set(dir, id);
      }
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('chrome://extensions');
      const infos = await page.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: { getExtensionsInfo(): Promise<unknown[]> } } }).chrome.developerPrivate;
        return (await api.getExtensionsInfo()) as { id: string; installWarnings: string[]; manifestErrors: { message: string }[] }[];
      });
      report = new Map(
        [...ids].map(([dir, id]) => {
          const info = infos.find((entry) => entry.id === id);
          if (!info) throw new Error(`chrome://extensions does not list ${dir} (id ${id})`);
          return [dir, { id, installWarnings: info.installWarnings, manifestErrors: info.manifestErrors.map((error) => error.message) }];
        }),
      );
    } finally {
      await context.close();
    }
  });

  it('reports the warnings of a manifest broken on purpose (the probe can see them)', () => {
    const warnings = [...report.get(broken)!.installWarnings, ...report.get(broken)!.manifestErrors];
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Unrecognized manifest key 'not_a_manifest_key'"),
        expect.stringContaining("'notARealPermission' is unknown"),
      ]),
    );
  });

  it('loads the Chrome build with no manifest warnings', () => {
    const { installWarnings, manifestErrors } = report.get(built)!;
    expect({ installWarnings, manifestErrors }).toEqual({ installWarnings: [], manifestErrors: [] });
  });
});

type LintMessage = { code: string; message: string; file?: string; line?: number; column?: number };
type LintReport = { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

function webExtLint(dir: string): LintReport {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'web-ext');
  const result = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start)) as LintReport;
}

/**
 * Findings README does not accept: every error, and every warning but an `UNSAFE_VAR_ASSIGNMENT`
 * at Preact's `dom.innerHTML = value.__html` (the linter points at the assignment; the property
 * read follows it within a few characters) or at the import of the card's code or of a frame's main
 * part, whose argument is the extension's own URL for one fixed file (the minifier may have put the path in a constant,
 * so the constant's value is checked too).
 */
function unacceptedFindings(report: LintReport, dir: string): LintMessage[] {
  const accepted = (warning: LintMessage): boolean => {
    if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line || warning.column === undefined) return false;
    const source = fs.readFileSync(path.join(dir, warning.file), 'utf8');
    const line = source.split('\n')[warning.line - 1] ?? '';
    const at = line.slice(warning.column, warning.column + 60);
    if (/^[\w$.]*innerHTML\s*=\s*[\w$]+\.__html\b/.test(at)) return true;
    // Readability's own two, in the article reader (the script the popup injects on request, and the
    // chunk the options page loads to read a saved page): both write HTML the page itself holds (its
    // body as cached before a retry, a <noscript>'s content) into the clone of the document it reads,
    // which has no browsing context, so nothing in it runs or loads.
    const reader = /^(?:chunks\/)?extract-article(?:-[\w-]+)?\.js$/.test(warning.file);
    if (reader && /^[\w$.]*innerHTML\s*=\s*[\w$]+(?:\.innerHTML)?[,;)]/.test(at)) return true;
    // The linter's column for a call is 1-based: it points at the `i` of `import`.
    const call = line.slice(Math.max(0, warning.column - 1), warning.column + 60);
    const own = /^import\(([\w$]+)\.runtime\.getURL\((?:"\/(?:card-ui|frame-main)\.js"|([\w$]+))\)\)/.exec(call);
    return own !== null && (own[2] === undefined || new RegExp(`\\b${own[2].replace(/\$/g, '\\$')}="/(?:card-ui|frame-main)\\.js"`).test(source));
  };
  return [...report.errors, ...report.warnings.filter((warning) => !accepted(warning))];
}

describe('Firefox build under web-ext lint', () => {
  it('flags a build broken on purpose (the linter can see it)', () => {
    const broken = brokenCopy(firefoxBuildDir, 'firefox-broken', addBogusPermissionAndKey, (dir) => {
      fs.appendFileSync(path.join(dir, 'background.js'), '\ndocument.body.innerHTML = location.hash;\n');
    });
    const findings = unacceptedFindings(webExtLint(broken), broken).map((finding) => finding.code);
    expect(findings).toEqual(expect.arrayContaining(['UNSAFE_VAR_ASSIGNMENT']));
    expect(findings.length).toBeGreaterThanOrEqual(2);
  });

  it('reports no errors and only the warnings README accepts', () => {
    const report = webExtLint(firefoxBuildDir);
    expect(unacceptedFindings(report, firefoxBuildDir)).toEqual([]);
    // Preact's, in the two bundles that render with Preact in pages we do not own, the imports of
    // the card's code and of a frame's main part, and Readability's two in each copy of the article
    // reader (injected script, options chunk).
    expect(report.warnings.length).toBeLessThanOrEqual(8);
  });
});
