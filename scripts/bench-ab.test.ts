/**
 * bench:ab refuses what it cannot compare, with a message naming what is wrong, before it starts a
 * browser (the comparison itself is a benchmark: figures only, run by hand).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** Each case starts tsx up to three times, a second or more each on a busy machine. */
const CASE_TIMEOUT = 60_000;

function benchAb(args: string[]) {
  const run = spawnSync(TSX, ['scripts/bench-ab.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stderr: run.stderr };
}

describe('bench:ab', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ab-test-'));
  const build = join(dir, 'build');
  mkdirSync(build);
  writeFileSync(join(build, 'manifest.json'), '{}');

  it('needs two unpacked builds', () => {
    expect(benchAb([build])).toMatchObject({ code: 1, stderr: expect.stringContaining('give at least two unpacked builds') });
    expect(benchAb([build, dir])).toMatchObject({ code: 1, stderr: expect.stringContaining(`${dir} is not an unpacked build: it has no manifest.json`) });
  }, CASE_TIMEOUT);

  it('names a bad option or a bad number of visits', () => {
    expect(benchAb([build, build, '--visits', 'many'])).toMatchObject({ code: 1, stderr: expect.stringContaining('--visits takes a whole number of visits, at least 1 (got many)') });
    expect(benchAb([build, build, '--visits'])).toMatchObject({ code: 1, stderr: expect.stringContaining('--visits takes a whole number of visits, at least 1 (got nothing)') });
    expect(benchAb([build, build, '--fast'])).toMatchObject({ code: 1, stderr: expect.stringContaining('unknown option --fast') });
  }, CASE_TIMEOUT);
});
