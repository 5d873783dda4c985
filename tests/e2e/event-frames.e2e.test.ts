/**
 * Event frames in the page: an event described rather than named ("the state visit" beside Putin
 * and New Delhi, "दो दिवसीय यात्रा", "Ukraine-Krieg") is highlighted as the event, in Chromium and
 * Firefox, and its look-alikes — Putin's visit to Vietnam, the 2021 visit, anyone's visit — are not.
 */
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import type { HighlightedRange } from './support/page-probes';
import type { E2ePage } from './support/session';
import { settledHighlights } from './support/settled-highlights';

/** Per block, the highlighted text and its highlight name, sorted. */
function byBlock(ranges: readonly HighlightedRange[]): Record<string, string[]> {
  const blocks: Record<string, string[]> = {};
  for (const r of ranges) (blocks[r.block ?? '(no id)'] ??= []).push(`${r.name}: ${r.text}`);
  for (const list of Object.values(blocks)) list.sort();
  return blocks;
}

describe.each(BROWSER_NAMES)('%s: events described rather than named', (name) => {
  e2eTest.override('browserName', name);
  let page: E2ePage;
  let ranges: HighlightedRange[];

  e2eTest.beforeAll(async ({ server, browsers }) => {
    page = await (await browsers.get(name)).browser.newPage(server.url('described-events.html'));
    ranges = await settledHighlights(page);
  });

  e2eTest('highlights the described events as events, and their look-alikes only for the names in them', () => {
    expect(byBlock(ranges)).toEqual({
      'state-visit': ['cb-event: state visit', 'cb-person: Modi', 'cb-person: Putin'],
      'hindi-visit': ['cb-event: यात्रा', 'cb-person: पुतिन'],
      'german-war': ['cb-event: Ukraine-Krieg'],
      elsewhere: ['cb-person: Putin'],
      earlier: ['cb-person: Putin'],
    });
  });

  e2eTest('raises no page errors', () => {
    expect(page.errors).toEqual([]);
  });
});
