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

describe('pack:draft CLI', () => {
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

  it('writes --out and takes an HTML page’s text blocks and <h1>', () => {
    const html = join(dir, 'page.html');
    writeFileSync(
      html,
      '<html><head><title>Site</title><script>var Putin = 1;</script></head><body><nav>Home News Sport</nav><h1>Mayor backs ferry plan</h1>' +
        '<p>Mayor <b>Helen</b> Okafor said the new ferry timetable starts in <a href="/x">Port Alder</a> next week.</p>' +
        '<p>Okafor told the council that the ferries would run every fifteen minutes.</p></body></html>',
    );
    const out = join(dir, 'pack.json');
    const { code, stdout, stderr } = draft([html, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`wrote ${out}`);
    const checked = parsePackJson(readFileSync(out, 'utf8'));
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    expect(checked.pack.title).toBe('Mayor backs ferry plan');
    expect(checked.pack.article.sentences).toContain('Mayor Helen Okafor said the new ferry timetable starts in Port Alder next week.');
    expect(checked.pack.article.sentences.join(' ')).not.toContain('var Putin');
    expect(checked.pack.entities.find((e) => e.kind === 'person')).toMatchObject({ name: 'Helen Okafor', role: 'Mayor', aliases: ['Helen Okafor', 'Okafor'] });
  });

  it('takes an HTML page’s <title> as the title when it has no <h1>', () => {
    const html = join(dir, 'untitled.html');
    writeFileSync(html, '<html><head><title>Ferry plan | Harbour News</title></head><body><p>Mayor Helen Okafor said the ferries would run every fifteen minutes.</p></body></html>');
    const { code, stdout } = draft([html]);
    expect(code).toBe(0);
    const checked = parsePackJson(stdout);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    expect(checked.pack.title).toBe('Ferry plan | Harbour News');
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
