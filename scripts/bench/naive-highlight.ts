/**
 * The naive highlighter the extension's script time is compared with on a dense page (runs in the
 * page, from /bench.js): one case-insensitive regular expression of the pack's literal phrases
 * (longest first), run over every text node of the body found by a TreeWalker, each match made a
 * `Range` and all of them registered in one `CSS.highlights` Highlight. No word boundaries, no
 * titles or namesakes, no visibility checks, no yielding: the least code that puts the pack's
 * names on screen with the same API. Its time includes building the expression.
 */

export interface NaiveResult {
  ms: number;
  ranges: number;
}

export const NAIVE_HIGHLIGHT_NAME = 'cb-bench-naive';

export function naiveHighlight(terms: readonly string[]): NaiveResult {
  const t0 = performance.now();
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'gi');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set(NAIVE_HIGHLIGHT_NAME, new Highlight(...ranges));
  return { ms: performance.now() - t0, ranges: ranges.length };
}
