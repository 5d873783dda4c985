/**
 * A block's job in happy-dom, with a stand-in scheduler and reveal watcher: a drawn block's
 * mentions are handed on, an undrawn one goes to the reveal watcher, and a block waiting for the
 * index's phrases resumes at once when they arrive — unless it was forgotten meanwhile.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildIndex, compileIndex, loadCompiledIndex, splitCompiledIndex, type MentionIndex } from '../matcher';
import { DEFAULT_SETTINGS } from '../settings-model';
import { TEST_ENTITIES } from '@/tests/support/matcher-entities';
import { createBlockJobs } from './block-jobs';
import type { MentionRecord } from './highlight-registry';
import type { RevealWatcher } from './reveal-watcher';
import type { Job, Scheduler } from './schedule';
import { iterateTextBlocks, type TextBlock } from './text-blocks';

const compiled = compileIndex(buildIndex(TEST_ENTITIES));

function setUp(index: MentionIndex = loadCompiledIndex(compiled)) {
  // How each job was queued: urgent or not, or 'first' (ahead of everything).
  const pushed: [Job, boolean | 'first' | undefined][] = [];
  const scheduler: Scheduler = {
    push: (job, urgent) => void pushed.push([job, urgent]),
    pushFirst: (job) => void pushed.push([job, 'first']),
    runNow: vi.fn(),
    clear: vi.fn(),
    pending: 0,
    destroy: vi.fn(),
  };
  const reveals: RevealWatcher = { watch: vi.fn(), hiddenRootOf: (element) => element, clear: vi.fn() };
  const records: MentionRecord[] = [];
  const errors: unknown[] = [];
  const jobs = createBlockJobs({ index, scheduler, reveals, onRecord: (record) => records.push(record), onError: (error) => errors.push(error), signal: new AbortController().signal });
  return { jobs, scheduler, pushed, reveals, records, errors };
}

function onlyBlock(html: string): TextBlock {
  document.body.innerHTML = html;
  const [block] = [...iterateTextBlocks(document.body, () => {}, () => {})];
  return block!;
}

const later = () => performance.now() + 1_000;

describe('createBlockJobs', () => {
  it('hands on the mentions of a drawn block and is done', () => {
    const { jobs, records } = setUp();
    const block = onlyBlock('<p>Narendra Modi met Vladimir Putin.</p>');
    expect(jobs.jobFor(block, DEFAULT_SETTINGS)(later())).toBe(true);
    expect(records.map((r) => r.range.toString())).toEqual(['Narendra Modi', 'Vladimir Putin']);
  });

  it('applies the kinds the settings leave on', () => {
    const { jobs, records } = setUp();
    const block = onlyBlock('<p>Narendra Modi met Vladimir Putin.</p>');
    jobs.jobFor(block, { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, person: false } })(later());
    expect(records).toEqual([]);
  });

  it('gives an undrawn block to the reveal watcher instead of scanning it', () => {
    const { jobs, records, reveals } = setUp();
    const block = onlyBlock('<p>Vladimir Putin arrived.</p>');
    block.container.checkVisibility = () => false;
    expect(jobs.jobFor(block, DEFAULT_SETTINGS)(later())).toBe(true);
    expect(records).toEqual([]);
    expect(reveals.watch).toHaveBeenCalledWith(block.container);
  });

  it('resumes a block waiting for the phrases as soon as they arrive, ahead of the walk, with one slice at once', async () => {
    const { head, trie } = splitCompiledIndex(compiled);
    let deliver!: (trie: unknown) => void;
    const index = loadCompiledIndex(head, () => new Promise((resolve) => (deliver = resolve)));
    const { jobs, scheduler, pushed, records, errors } = setUp(index);
    const job = jobs.jobFor(onlyBlock('<p>Vladimir Putin arrived.</p>'), DEFAULT_SETTINGS);
    expect(job(later())).toBe(true);
    expect(pushed).toEqual([]);
    deliver(trie);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(pushed).toEqual([[job, 'first']]);
    expect(scheduler.runNow).toHaveBeenCalledTimes(1);
    expect(job(later())).toBe(true);
    expect(records.map((r) => r.range.toString())).toEqual(['Vladimir Putin']);
    expect(errors).toEqual([]);
  });

  it('does not resume a waiting block it was told to forget', async () => {
    const { head, trie } = splitCompiledIndex(compiled);
    let deliver!: (trie: unknown) => void;
    const index = loadCompiledIndex(head, () => new Promise((resolve) => (deliver = resolve)));
    const { jobs, scheduler, pushed } = setUp(index);
    const block = onlyBlock('<p>Vladimir Putin arrived.</p>');
    jobs.jobFor(block, DEFAULT_SETTINGS)(later());
    jobs.forgetWaiting((container) => container === block.container);
    deliver(trie);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(pushed).toEqual([]);
    expect(scheduler.runNow).not.toHaveBeenCalled();
  });
});
