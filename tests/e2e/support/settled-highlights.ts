/**
 * The highlights of a page once scanning has settled: scanning is chunked, so tests that compare
 * what is highlighted wait until highlights exist and their count has held for a second.
 */
import { readHighlights, type HighlightedRange } from './page-probes';
import { waitForPage, type E2ePage } from './session';

export async function settledHighlights(page: E2ePage): Promise<HighlightedRange[]> {
  await waitForPage(page, () => CSS.highlights.size > 0, undefined, { timeout: 15_000, message: 'CSS.highlights.size > 0' });
  let previous = -1;
  for (let stable = 0; stable < 5; ) {
    const count = (await page.evaluate(readHighlights))!.length;
    stable = count === previous ? stable + 1 : 0;
    previous = count;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return (await page.evaluate(readHighlights))!;
}
