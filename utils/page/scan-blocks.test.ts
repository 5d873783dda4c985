import { describe, expect, it } from 'vitest';
import { buildIndex } from '../matcher';
import { bundledPack } from '../pack/bundled-pack';
import { DEFAULT_SETTINGS } from '../settings';
import { scanBlock, type ScanOptions } from './scan-blocks';
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
    expect(record).toMatchObject({ entityId: 'vladimir-putin', kind: 'person', text: 'Vladimir Putin' });
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
