/**
 * The annotator as wiring, in happy-dom: a whole scan reports what the document mentions, a frame
 * whose index's phrases arrive late marks its text as soon as they arrive (not at the page's next
 * idle moment), and a page's own edit is rescanned.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIndex, compileIndex, loadCompiledIndex, splitCompiledIndex } from '../matcher';
import { DEFAULT_SETTINGS } from '../settings-model';
import { TEST_ENTITIES } from '@/tests/support/matcher-entities';
import { createAnnotator, type Annotator } from './annotator';

// happy-dom has no CSS Custom Highlight API: a Highlight is a set of ranges in a named registry.
const registered = new Map<string, Set<Range>>();
beforeAll(() => {
  vi.stubGlobal('Highlight', class extends Set<Range> {});
  vi.stubGlobal('CSS', { highlights: registered });
});
afterAll(() => vi.unstubAllGlobals());

const compiled = compileIndex(buildIndex(TEST_ENTITIES));
let annotator: Annotator | null = null;
afterEach(() => {
  annotator?.destroy();
  annotator = null;
  vi.useRealTimers();
});

const start = (index = loadCompiledIndex(compiled)) => {
  const errors: unknown[] = [];
  annotator = createAnnotator({ document, index, settings: DEFAULT_SETTINGS, onMentionsChanged: () => {}, onError: (error) => errors.push(error) });
  return { annotator, errors };
};
const names = (a: Annotator) => a.mentions().map((record) => record.range.toString());

describe('annotator', () => {
  it('finds the mentions of the whole document in reading order', async () => {
    document.body.innerHTML = '<h1>Putin in Delhi</h1><p>Prime Minister Narendra Modi met Vladimir Putin.</p>';
    const { annotator: a, errors } = start();
    a.scanAll();
    await vi.waitFor(() => expect(names(a)).toEqual(['Putin', 'Narendra Modi', 'Vladimir Putin']));
    expect(errors).toEqual([]);
  });

  it('marks the text at once when the phrases of a head-only index arrive', async () => {
    document.body.innerHTML = '<p>Vladimir Putin arrived.</p>';
    const { head, trie } = splitCompiledIndex(compiled);
    let deliver!: (trie: unknown) => void;
    const index = loadCompiledIndex(head, () => new Promise((resolve) => (deliver = resolve)));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback', 'cancelIdleCallback'] });
    const { annotator: a, errors } = start(index);
    a.scanAll();
    expect(names(a)).toEqual([]);
    deliver(trie);
    // Promise callbacks and microtasks only: no timer or idle callback has run.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(names(a)).toEqual(['Vladimir Putin']);
    expect(errors).toEqual([]);
    // …and reach the page's highlight registry with its next frame.
    vi.useRealTimers();
    await vi.waitFor(() => expect([...registered.values()].reduce((n, h) => n + h.size, 0)).toBe(1));
  });

  it('rescans a block the page edits', async () => {
    document.body.innerHTML = '<p id="live">Markets were calm.</p>';
    const { annotator: a } = start();
    a.scanAll();
    await vi.waitFor(() => expect(a.mentions()).toHaveLength(0));
    document.getElementById('live')!.firstChild!.textContent = 'Modi spoke.';
    await vi.waitFor(() => expect(names(a)).toEqual(['Modi']), { timeout: 2_000 });
  });
});
