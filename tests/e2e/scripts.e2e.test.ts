/**
 * Names in the scripts of the story's readers, in the real browser with the bundled pack: inside a
 * run of Han characters, after an Arabic proclitic, with a Bengali case ending, in Urdu; and the
 * namesake and common-word rules of Hindi ("प्रह्लाद मोदी") and German ("zwei Modi", modes), and the
 * Chinese name that holds a key (莫迪利亚尼, Modigliani). Takes a screenshot of the page for a look.
 */
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { readHighlights } from './support/page-probes';
import { resultsDir } from './support/paths';
import { waitForPage } from './support/session';

/** Highlighted text per block (by default, the first mention of each entity in a block). */
const EXPECTED: Record<string, string[]> = {
  zh: ['cb-person 普京', 'cb-person 莫迪'],
  // "أول رحلة لبوتين إلى الهند", Putin's first trip to India: the visit, by its event frame.
  ar: ['cb-event رحلة', 'cb-person بوتين', 'cb-person مودي'],
  bn: ['cb-person নরেন্দ্র মোদীর', 'cb-person পুতিনের'],
  ur: ['cb-person ولادیمیر پوتن', 'cb-person نریندر مودی'],
  hi: ['cb-person नरेंद्र मोदी'],
  de: ['cb-person Putin', 'cb-person Modi', 'cb-person Murmu'],
};

describe.each(BROWSER_NAMES)('%s: names in eleven languages’ scripts', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('highlights the names on scripts.html, and not the namesake or the common words', async ({ server, browsers }) => {
    const { browser } = await browsers.get(name);
    const page = await browser.newPage(server.url('scripts.html'));
    await waitForPage(page, () => CSS.highlights.size > 0, undefined, { timeout: 15_000, message: 'CSS.highlights.size > 0' });
    // Scanning is chunked: wait until every block has what it expects, then compare exactly.
    const blocks = async () => {
      const ranges = (await page.evaluate(readHighlights))!;
      const out: Record<string, string[]> = {};
      for (const r of ranges) (out[r.block ?? '(none)'] ??= []).push(`${r.name} ${r.text}`);
      for (const list of Object.values(out)) list.sort();
      return out;
    };
    const sorted = Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, [...v].sort()]));
    for (let i = 0; i < 50 && JSON.stringify(await blocks()) !== JSON.stringify(sorted); i++) await new Promise((r) => setTimeout(r, 200));
    expect(await blocks()).toEqual(sorted);
    await page.screenshot(path.join(resultsDir, 'screenshots', `scripts-${name}.png`));
  });
});
