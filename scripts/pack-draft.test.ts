import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackJson } from '../utils/pack/validate-pack';

const ROOT = resolve(__dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const ARTICLE = resolve(ROOT, 'data/briefing-article.txt');
const dir = mkdtempSync(join(tmpdir(), 'pack-draft-test-'));

function draft(args: string[], input?: string) {
  const run = spawnSync(TSX, ['scripts/pack-draft.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('pack:draft CLI', { timeout: 60_000 }, () => {
  it('prints a valid pack for a text article and summarises it on stderr', () => {
    const { code, stdout, stderr } = draft([ARTICLE, '--title', 'Belousov in India']);
    expect(code).toBe(0);
    const checked = parsePackJson(stdout);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.pack.title).toBe('Belousov in India');
    expect(checked.pack.id).toBe('belousov-in-india');
    expect(checked.pack.source).toBe('briefing-article.txt');
    expect(stderr).toMatch(/25 sentences; 4 people/);
    expect(stderr).toContain('Andrei Belousov, Vladimir Putin, Droupadi Murmu, Narendra Modi');
  });

  it('writes --out, and drafts a saved page from the article Readability finds, with its source', () => {
    const out = join(dir, 'pack.json');
    const { code, stdout, stderr } = draft([resolve(ROOT, 'tests/fixtures/pages/bbc-1.html'), '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`wrote ${out}`);
    const checked = parsePackJson(readFileSync(out, 'utf8'));
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    const { pack } = checked;
    expect(pack).toMatchObject({ title: 'Obama admits US gun laws are his \'biggest frustration\'', source: 'BBC News' });
    expect(pack.article.published).toBe('2015-07-24');
    expect(pack.article.sentences[0]).toMatch(/^President Barack Obama has admitted/);
    // The page's menus and its related-story links ("Sandra Bland", "Taylor Swift") are not the article.
    const text = pack.article.sentences.join(' ');
    for (const chrome of ['Skip to content', 'Sandra Bland', 'Taylor Swift']) expect(text).not.toContain(chrome);
    expect(pack.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Barack Obama', 'Jon Sopel']);
  });

  it('refuses a page that is not an article, or not in English, saying why', () => {
    const html = join(dir, 'front.html');
    writeFileSync(html, '<html lang="en"><head><title>Harbour News</title></head><body><nav>Home News Sport</nav><h1>Front page</h1><p>Mayor Helen Okafor backs the ferry plan.</p></body></html>');
    expect(draft([html])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(`${html}: This page does not look like an article`) });
    const french = resolve(ROOT, 'tests/fixtures/pages/lemonde-1.html');
    expect(draft([french])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('This article is in French; the drafter reads only English.') });
  });

  it('reads stdin for -', () => {
    const { code, stdout } = draft(['-'], readFileSync(ARTICLE, 'utf8'));
    expect(code).toBe(0);
    expect(parsePackJson(stdout).ok).toBe(true);
  });

  it.each([
    [[], 'no article file'],
    [['missing.txt'], 'cannot read missing.txt: no such file'],
    [[ARTICLE, '--bogus'], 'unknown option --bogus'],
    [[ARTICLE, '--title'], '--title needs a value'],
  ])('exits 2 with a message on stderr for %j', (args, message) => {
    const { code, stdout, stderr } = draft(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('exits 1 when the text names nothing it can brief', () => {
    const { code, stderr } = draft(['-'], 'nothing in this text has a name of any kind at all.');
    expect(code).toBe(1);
    expect(stderr).toContain('not a valid pack');
  });
});
