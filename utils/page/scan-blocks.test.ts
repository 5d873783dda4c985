import { describe, expect, it, vi } from 'vitest';
import { countRanges } from '../../tests/support/count-ranges';
import { buildIndex } from '../matcher';
import { bundledPack } from '../pack/bundled-pack';
import { DEFAULT_SETTINGS } from '../settings';
import { HUGE_BLOCK_CHARS, scanBlock, WINDOW_SIZE, type ScanOptions } from './scan-blocks';
import { collectTextBlocks } from './text-blocks';

const index = buildIndex(bundledPack.entities);
const options = (patch: Partial<ScanOptions> = {}): ScanOptions => ({
  index,
  kinds: DEFAULT_SETTINGS.kinds,
  density: 'first-per-block',
  ...patch,
});

function scan(html: string, patch?: Partial<ScanOptions>) {
  document.body.innerHTML = html;
  return collectTextBlocks(document.body).flatMap((block) => scanBlock(block, options(patch)));
}

describe('scanBlock', () => {
  it('maps a name split across inline elements to one range over both text nodes', () => {
    const [record] = scan('<p>Russian President <b>Vladimir</b> Putin arrived.</p>');
    expect(record).toMatchObject({ entityId: 'vladimir-putin', kind: 'person', length: 'Vladimir Putin'.length });
    expect(record!.range.toString()).toBe('Vladimir Putin');
    expect(record!.nodes.map((node) => node.data)).toEqual(['Vladimir', ' Putin arrived.']);
  });

  it('marks the first mention of each entity per block by default, every mention on request', () => {
    const html = '<p>Putin met Modi. Later Putin spoke.</p><p>Putin left.</p>';
    expect(scan(html).map((r) => r.entityId)).toEqual(['vladimir-putin', 'narendra-modi', 'vladimir-putin']);
    expect(scan(html, { density: 'every' }).map((r) => r.entityId)).toEqual([
      'vladimir-putin',
      'narendra-modi',
      'vladimir-putin',
      'vladimir-putin',
    ]);
  });

  it('leaves out the kinds the user turned off', () => {
    const html = '<p>Putin spoke about the war in Ukraine.</p>';
    expect(scan(html).map((r) => r.kind)).toEqual(['person', 'event']);
    expect(scan(html, { kinds: { ...DEFAULT_SETTINGS.kinds, person: false } }).map((r) => r.entityId)).toEqual([
      'war-in-ukraine',
    ]);
  });

  it('never marks a namesake', () => {
    expect(scan('<p>Lalit Modi and G. C. Murmu were not there.</p>')).toEqual([]);
  });

  it('leaves the page untouched', () => {
    const html = '<p>Prime Minister <a href="/modi">Narendra Modi</a> met <em>Putin</em>.</p>';
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    collectTextBlocks(document.body).forEach((block) => scanBlock(block, options()));
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('scanning huge blocks in windows', () => {
  it('finds every mention exactly once, including those that straddle a window edge', () => {
    const name = 'Vladimir Putin';
    // A name right before, across and right after each window edge, in plain filler text.
    const expected = [1, 2, 3].flatMap((k) => [k * WINDOW_SIZE - 40, k * WINDOW_SIZE - 5, k * WINDOW_SIZE + 20]);
    const chars = 'the talks went on and on '.repeat(Math.ceil((WINDOW_SIZE * 3 + 100) / 25)).split('');
    for (const at of expected) {
      chars[at - 1] = ' ';
      chars.splice(at, name.length, ...name);
      chars[at + name.length] = ' ';
    }
    const p = document.createElement('p');
    p.textContent = chars.join('');
    document.body.replaceChildren(p);
    const records = scanBlock(collectTextBlocks(document.body)[0]!, options({ density: 'every' }));
    expect(records.map((r) => r.range.startOffset)).toEqual(expected);
    expect(records.every((r) => r.range.toString() === name)).toBe(true);
  });

  it('never takes a word that only looks like a name at a window edge', () => {
    const text = 'a'.repeat(WINDOW_SIZE - 3) + 'Putin is here';
    const p = document.createElement('p');
    p.textContent = text;
    document.body.replaceChildren(p);
    expect(scanBlock(collectTextBlocks(document.body)[0]!, options({ density: 'every' }))).toEqual([]);
  });
});

describe('text that is not drawn', () => {
  it('skips a mention the layout does not draw and marks the next one in the block instead', () => {
    document.body.innerHTML = '<p><span class="gone">Putin</span> and then Putin again.</p>';
    const hidden = document.querySelector('.gone')!.firstChild;
    const [block] = collectTextBlocks(document.body);
    const records = scanBlock(block!, options({ isDrawn: (record) => record.startContainer !== hidden }));
    expect(records).toHaveLength(1);
    expect(records[0]!.range.startContainer).not.toBe(hidden);
    expect(records[0]!.range.startOffset).toBe(' and then '.length);
  });
});

describe('huge text blocks', () => {
  it('finds mentions in a block over the size limit but marks them as not drawn', () => {
    const p = document.createElement('p');
    p.textContent = `Vladimir Putin ${'x '.repeat(HUGE_BLOCK_CHARS / 2)}`;
    document.body.replaceChildren(p, Object.assign(document.createElement('p'), { textContent: 'Narendra Modi' }));
    const records = collectTextBlocks(document.body).flatMap((block) => scanBlock(block, options()));
    expect(records.map((r) => [r.entityId, r.drawn])).toEqual([
      ['vladimir-putin', false],
      ['narendra-modi', true],
    ]);
  });
});

describe('ranges', () => {
  it('makes no live range while scanning: only when a mention is registered, hit or anchored', () => {
    const ranges = countRanges();
    const records = scan('<p>Putin met Modi. Later Putin spoke of Murmu.</p><p>Putin left.</p>', { density: 'every' });
    expect(records.length).toBeGreaterThan(3);
    expect(ranges.made).toBe(0);
    expect(records.map((r) => r.range.toString())).toEqual(['Putin', 'Modi', 'Putin', 'Murmu', 'Putin']);
    expect(ranges.made).toBe(records.length);
    vi.unstubAllGlobals();
  });
});
