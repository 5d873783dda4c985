/**
 * Highlights: after the content script runs, the page's own `CSS.highlights` (read from the main
 * world, as any outside tool would) holds exactly the mentions we expect in mentions.html — and
 * nothing from the namesake, a script, a style, JSON-LD, an input or a textarea.
 */
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { EXPECTED_MENTIONS, entityForSurface } from './support/fixture-expectations';
import { readHighlights, type HighlightedRange } from './support/page-probes';
import type { E2eBrowser, E2ePage } from './support/session';
import { settledHighlights } from './support/settled-highlights';

const HIGHLIGHT_NAMES = ['cb-person', 'cb-event', 'cb-organization', 'cb-place', 'cb-topic'];

function byBlock(ranges: HighlightedRange[]): Record<string, string[]> {
  const blocks: Record<string, string[]> = {};
  for (const range of ranges) {
    (blocks[range.block ?? '(no id)'] ??= []).push(`${range.name} ${entityForSurface(range.text)}`);
  }
  for (const list of Object.values(blocks)) list.sort();
  return blocks;
}

describe.each(BROWSER_NAMES)('%s: highlights on mentions.html', (name) => {
  e2eTest.override('browserName', name);
  // One tab for the whole describe: every test reads the same settled page.
  let browser: E2eBrowser;
  let page: E2ePage;
  let ranges: HighlightedRange[];

  e2eTest.beforeAll(async ({ server, browsers }) => {
    browser = (await browsers.get(name)).browser;
    page = await browser.newPage(server.url('mentions.html'));
    ranges = await settledHighlights(page);
  });

  e2eTest('registers the content script’s highlights in the main world’s CSS.highlights', async () => {
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names.length).toBeGreaterThan(0);
    for (const highlightName of names) expect(HIGHLIGHT_NAMES).toContain(highlightName);
  });

  e2eTest('highlights exactly the expected mentions, block by block', () => {
    expect(byBlock(ranges)).toEqual(EXPECTED_MENTIONS);
  });

  e2eTest('leaves the namesake "Lalit Modi" alone', () => {
    expect(ranges.filter((r) => r.block === 'namesake')).toEqual([]);
  });

  e2eTest('marks no text inside scripts, styles, JSON-LD, inputs or textareas', async () => {
    const listed = await page.evaluate(readHighlights, { inside: 'script, style, textarea, input, template, noscript, head' });
    expect(listed!.filter((r) => r.inside !== null).map((r) => `${r.name}: ${r.inside}`)).toEqual([]);
  });

  e2eTest('finds the name split across inline elements (<b>Vladimir</b> Putin)', () => {
    expect(ranges.some((r) => r.block === 'split' && /Putin/.test(r.text))).toBe(true);
  });

  e2eTest('raises no page errors and asks for nothing outside 127.0.0.1', ({ server }) => {
    expect(page.errors).toEqual([]);
    expect(browser.network.blocked).toEqual([]);
    expect(browser.network.reached).toEqual([]);
    const urls = server.requests.map((r) => r.url);
    expect(urls).toContain('/mentions.html');
  });
});
