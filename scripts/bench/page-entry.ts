/**
 * Bundled by bench-page.ts (esbuild) and loaded into a benchmark page's main world as `/bench.js`.
 * Exposes `window.cbBench` with the three things the benchmark times on the same page:
 *
 * - `bareWalk()`: a TreeWalker over every text node reading `.data.length` — the floor for any
 *   code that looks at all of a page's text.
 * - `ours()`: exactly what the content script runs on a page — `createAnnotator` over
 *   `buildIndex(buildCatalog([bundledPack]).matcherEntities)` with the default settings — from
 *   `scanAll()` until its scheduler has drained. Production code is not touched: the global
 *   `requestIdleCallback` (which the scheduler looks up on each call) is wrapped for the run, so
 *   every slice's main-thread time is added up, and the run ends when the last slice finished
 *   without requesting another.
 * - `markJs(terms, capMs)`: mark.js marking the same phrases (mutates the DOM; reload after).
 * - `naiveHighlight(terms)`: the naive CSS-highlights highlighter (naive-highlight.ts).
 */
import Mark from 'mark.js';
import { buildIndex } from '../../utils/matcher';
import { bundledPack } from '../../utils/pack/bundled-pack';
import { buildCatalog } from '../../utils/pack/catalog';
import { findMentions } from '../../utils/matcher';
import { createAnnotator } from '../../utils/page/annotator';
import { collectTextBlocks } from '../../utils/page/text-blocks';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { literalTerms } from './literal-terms';
import { naiveHighlight } from './naive-highlight';

const entities = buildCatalog([bundledPack]).matcherEntities;
const index = buildIndex(entities);

export interface WalkResult {
  ms: number;
  textNodes: number;
  chars: number;
}

export interface OursResult {
  /** Main-thread time of the synchronous start plus every scheduler slice. */
  workMs: number;
  /** From start until the last slice ended (includes the idle gaps the scheduler yields). */
  wallMs: number;
  slices: number;
  longestSliceMs: number;
  mentions: number;
}

export interface MarkResult {
  ms: number;
  marks: number;
  /** Terms marked before the time cap was reached (all of them when not capped). */
  termsDone: number;
  terms: number;
}

/**
 * One walk, repeated until `minMs` has passed and averaged: browsers round `performance.now()`
 * to 0.1 ms, which is the whole of one walk on a small page.
 */
function bareWalk(minMs = 20): WalkResult {
  let result: WalkResult;
  let runs = 0;
  const t0 = performance.now();
  do {
    result = walkOnce();
    runs++;
  } while (performance.now() - t0 < minMs);
  return { ...result, ms: (performance.now() - t0) / runs };
}

function walkOnce(): WalkResult {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    chars += (node as Text).data.length;
  }
  return { ms: performance.now() - t0, textNodes, chars };
}

function ours(): Promise<OursResult> {
  return new Promise((resolve, reject) => {
    const realRequest = window.requestIdleCallback;
    const realCancel = window.cancelIdleCallback;
    const live = new Set<number>();
    let workMs = 0;
    let slices = 0;
    let longestSliceMs = 0;
    let outstanding = 0;
    let annotator: ReturnType<typeof createAnnotator> | null = null;
    const start = performance.now();
    const finish = () => {
      window.requestIdleCallback = realRequest;
      window.cancelIdleCallback = realCancel;
      const wallMs = performance.now() - start;
      const mentions = annotator!.mentions().length;
      annotator!.destroy();
      resolve({ workMs, wallMs, slices, longestSliceMs, mentions });
    };
    // The scheduler cancels a pending slice when it runs one at once (`runNow`).
    window.cancelIdleCallback = (id) => {
      if (live.delete(id)) outstanding--;
      realCancel(id);
    };
    window.requestIdleCallback = (callback, options) => {
      outstanding++;
      const id = realRequest((deadline) => {
        live.delete(id);
        const t0 = performance.now();
        try {
          callback(deadline);
        } finally {
          const ms = performance.now() - t0;
          workMs += ms;
          slices++;
          longestSliceMs = Math.max(longestSliceMs, ms);
          if (--outstanding === 0) finish();
        }
      }, options);
      live.add(id);
      return id;
    };
    try {
      const t0 = performance.now();
      annotator = createAnnotator({
        document,
        index,
        settings: DEFAULT_SETTINGS,
        onMentionsChanged: () => {},
        onError: (error) => console.error('[bench]', error),
      });
      annotator.scanAll();
      workMs += performance.now() - t0;
      if (outstanding === 0) finish();
    } catch (error) {
      window.requestIdleCallback = realRequest;
      window.cancelIdleCallback = realCancel;
      reject(error);
    }
  });
}

/**
 * mark.js marks an array of keywords one keyword at a time, each a pass over the page; we do the
 * same loop ourselves so a huge page can stop at `capMs` and report a lower bound.
 */
function markJs(terms: readonly string[], capMs: number): MarkResult {
  const instance = new Mark(document.body);
  let marks = 0;
  let termsDone = 0;
  const options = {
    separateWordSearch: false,
    acrossElements: true,
    diacritics: false,
    done: (count: number) => {
      marks += count;
    },
  };
  const t0 = performance.now();
  for (const term of terms) {
    instance.mark(term, options);
    termsDone++;
    if (performance.now() - t0 > capMs) break;
  }
  return { ms: performance.now() - t0, marks, termsDone, terms: terms.length };
}

/** One regular expression of every phrase, one mark.js pass (its fastest way to mark many terms). */
function markJsRegExp(terms: readonly string[]): MarkResult {
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'gi');
  let marks = 0;
  const t0 = performance.now();
  new Mark(document.body).markRegExp(pattern, {
    acrossElements: true,
    done: (count: number) => {
      marks = count;
    },
  });
  return { ms: performance.now() - t0, marks, termsDone: terms.length, terms: terms.length };
}

/** Where the annotator's time goes, stage by stage, over the same blocks (best of `runs`). */
function breakdown(runs = 5) {
  const best = { walk: Infinity, rects: Infinity, visibility: Infinity, match: Infinity };
  let blocks = 0;
  let chars = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const list = collectTextBlocks(document.body);
    const t1 = performance.now();
    for (const block of list) block.container.getBoundingClientRect();
    const t2 = performance.now();
    for (const block of list) block.container.checkVisibility();
    const t3 = performance.now();
    for (const block of list) findMentions(block.text, index);
    const t4 = performance.now();
    best.walk = Math.min(best.walk, t1 - t0);
    best.rects = Math.min(best.rects, t2 - t1);
    best.visibility = Math.min(best.visibility, t3 - t2);
    best.match = Math.min(best.match, t4 - t3);
    blocks = list.length;
    chars = list.reduce((n, b) => n + b.text.length, 0);
  }
  return { ...best, blocks, chars };
}

const bench = {
  breakdown,
  terms: () => literalTerms(entities),
  /** Flushes style and layout so no method pays for the page's first layout. */
  settle: () => document.body.getBoundingClientRect().height,
  bareWalk,
  ours,
  markJs,
  markJsRegExp,
  naiveHighlight,
};

declare global {
  interface Window {
    cbBench: typeof bench;
  }
}
window.cbBench = bench;
