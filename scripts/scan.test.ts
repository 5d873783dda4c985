import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'scan-test-'));

function scan(args: string[], input?: string) {
  const run = spawnSync(TSX, ['scripts/scan.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('scan CLI', () => {
  const text = 'Lalit Modi spoke first. Then Russian President Vladimir Putin’s India visit began.\n';
  const txt = join(dir, 'story.txt');
  writeFileSync(txt, text);

  it('prints one JSON object per mention with offsets into the file', () => {
    const { code, stdout } = scan(['--json', txt]);
    expect(code).toBe(0);
    const rows = lines(stdout);
    expect(rows).toContainEqual({ file: txt, entity: 'vladimir-putin', kind: 'person', text: 'Vladimir Putin', start: 47, end: 61 });
    expect(rows.some((r) => r.entity === 'narendra-modi')).toBe(false);
    for (const r of rows) expect(text.slice(r.start as number, r.end as number)).toBe(r.text);
  });

  it('reads stdin for -', () => {
    const { code, stdout } = scan(['--json', '-'], 'PM Modi met Putin.');
    expect(code).toBe(0);
    expect(lines(stdout).map((r) => [r.file, r.entity, r.text])).toEqual([
      ['-', 'narendra-modi', 'Modi'],
      ['-', 'vladimir-putin', 'Putin'],
    ]);
  });

  it('scans the text blocks of an HTML page, not its markup or scripts', () => {
    const html = join(dir, 'page.html');
    writeFileSync(
      html,
      '<html><body><p>PM <b>Narendra</b> Modi met <a href="https://example.com/putin">Vladimir Putin</a>.</p>' +
        '<script>var Modi = "Putin";</script><p>No one here.</p></body></html>',
    );
    const { code, stdout } = scan(['--json', html]);
    expect(code).toBe(0);
    expect(lines(stdout).map((r) => [r.block, r.entity, r.text])).toEqual([
      [0, 'narendra-modi', 'Narendra Modi'],
      [0, 'vladimir-putin', 'Vladimir Putin'],
    ]);
  });

  it('prints a readable table without --json', () => {
    const { code, stdout } = scan([txt]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^file\s+where\s+kind\s+entity\s+text$/m);
    expect(stdout).toMatch(/47-61\s+person\s+vladimir-putin\s+Vladimir Putin/);
  });

  it('fails on a missing file, on stderr', () => {
    const { code, stdout, stderr } = scan(['--json', join(dir, 'missing.txt')]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/cannot read .*missing\.txt: no such file/);
  });

  it('fails on an invalid pack, naming the problem', () => {
    const pack = join(dir, 'pack.json');
    writeFileSync(pack, JSON.stringify({ format: 'contextual-briefings/pack' }));
    const { code, stderr } = scan(['--pack', pack, txt]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/invalid pack .*pack\.json/);
    expect(stderr).toMatch(/entities: is missing/);
  });

  it('fails without input files', () => {
    const { code, stderr } = scan([]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/no input files/);
  });
});
