/**
 * Page safety: the extension never changes the page. `document.body.innerHTML` captured in the
 * page's main world at DOMContentLoaded (before the content script's document_idle) equals the
 * body after annotation and after a hover has opened a card — our only node, `<cb-briefing-host>`,
 * hangs off `<html>`, outside the body. Checked on our fixture and on saved real-world pages, with
 * no page errors that the same browser without the extension does not also raise.
 */
import { describe, expect } from 'vitest';
import { BROWSER_NAMES, type BrowserName } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { launchBrowser } from './support/launch';
import { locateWord } from './support/page-probes';
import { sleep, waitForPage, type E2ePage } from './support/session';

/** Saved pages from tests/fixtures/pages: two mention Putin, two mention nobody from the pack. */
const REAL_PAGES = ['pages/nytimes-1.html', 'pages/yahoo-2.html', 'pages/wikipedia.html', 'pages/bbc-1.html'];

/** Same global the fixtures set inline; for saved pages the driver injects it before any script. */
const CAPTURE_BODY = `document.addEventListener('DOMContentLoaded', function () {
  if (!('__bodyAtDomContentLoaded' in window)) window.__bodyAtDomContentLoaded = document.body.innerHTML;
});`;

/**
 * What each saved page does on its own in this offline harness, in the same browser without the
 * extension: the errors it raises (blocked trackers, missing globals) and how it changes its own
 * body after DOMContentLoaded (bbc-1 appends a tracker <script> on load).
 */
const baseline: Record<string, { errors: string[]; change: Change }> = {};

/** The part of `after` that differs from `before`: trim the common prefix and suffix. */
interface Change {
  removed: string;
  inserted: string;
}
function changeOf(before: string, after: string): Change {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { removed: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}

interface Snapshot {
  renderedPutin: number;
  before: string | null;
  after: string;
  highlightCount: number;
  hostParent: string | null;
}

/** How long after `load` we look again: scanning is chunked in idle time on long pages. */
const SETTLE_MS = 3_000;

async function snapshot(page: E2ePage): Promise<Snapshot> {
  return page.evaluate(() => {
    let highlightCount = 0;
    CSS.highlights.forEach((h) => (highlightCount += h.size));
    // Rendered text nodes that say "Putin", to tell "skipped as hidden" from "missed".
    let renderedPutin = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/Putin/.test(node.nodeValue ?? '') && (node.parentElement?.getClientRects().length ?? 0) > 0 && !node.parentElement?.closest('script, style')) renderedPutin++;
    }
    return {
      renderedPutin,
      before: (window as unknown as { __bodyAtDomContentLoaded?: string }).__bodyAtDomContentLoaded ?? null,
      after: document.body.innerHTML,
      highlightCount,
      hostParent: document.querySelector('cb-briefing-host')?.parentElement?.tagName.toLowerCase() ?? null,
    };
  });
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: before …${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))}… after …${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}…`;
}

/** Drops messages about resources the harness refused to load; those are the harness, not a bug. */
function meaningful(errors: string[]): string[] {
  return errors.filter(
    (e) => !/Content Security Policy|Content-Security-Policy|ERR_BLOCKED_BY_CLIENT|ERR_NAME_NOT_RESOLVED|Failed to load resource|NS_ERROR|blocked/i.test(e),
  );
}

describe.each(BROWSER_NAMES)('%s: page safety', (name: BrowserName) => {
  e2eTest.override('browserName', name);

  e2eTest.beforeAll(async ({ server, browsers }) => {
    // Baseline: the same pages in the same browser without the extension, which the fixture does
    // not give, so it is launched here — after closing the fixture's open browser (one at a time).
    await browsers.close();
    const plain = await launchBrowser(name, { withExtension: false });
    try {
      for (const file of REAL_PAGES) {
        const page = await plain.newPage();
        await page.addInitScript(CAPTURE_BODY);
        await page.goto(server.url(file));
        await sleep(SETTLE_MS);
        const plainSnapshot = await snapshot(page);
        baseline[`${name} ${file}`] = {
          errors: meaningful(page.errors),
          change: changeOf(plainSnapshot.before ?? '', plainSnapshot.after),
        };
        await page.close();
      }
    } finally {
      await plain.close();
    }
  }, 240_000);

  e2eTest('leaves mentions.html byte-identical, also with a card open', async ({ server, page }) => {
    await page.goto(server.url('mentions.html'));
    await waitForPage(page, locateWord, { blockId: 'full-name', word: 'Putin', highlightedOnly: true }, { timeout: 15_000 });
    const spot = await page.evaluate(locateWord, { blockId: 'full-name', word: 'Putin' });
    await page.mouseMove(spot!.x, spot!.y);
    await sleep(1_200);
    const { before, after, hostParent } = await snapshot(page);
    expect(before).not.toBeNull();
    expect(hostParent).toBe('html');
    if (after !== before) expect.fail(firstDifference(before!, after));
    expect(page.errors).toEqual([]);
  });

  e2eTest.for(REAL_PAGES)('leaves %s byte-identical without new page errors', async (file, { server, browser, page }) => {
    await page.addInitScript(CAPTURE_BODY);
    const blockedBefore = browser.network.blocked.length;
    await page.goto(server.url(file));
    await sleep(SETTLE_MS);
    const { before, after, highlightCount, renderedPutin } = await snapshot(page);
    console.log(
      `[e2e] ${name} ${file}: ${highlightCount} highlighted ranges (${renderedPutin} rendered text nodes say "Putin"), ` +
        `${browser.network.blocked.length - blockedBefore} outside requests aborted by the driver`,
    );
    expect(before).not.toBeNull();
    const own = baseline[`${name} ${file}`]!;
    // Identical, except for what the page does to itself without the extension too.
    const change = changeOf(before!, after);
    if (after !== before && (change.removed !== own.change.removed || change.inserted !== own.change.inserted)) {
      expect.fail(`${firstDifference(before!, after)}\n(page's own change without the extension: ${JSON.stringify(own.change).slice(0, 300)})`);
    }
    const known = new Set(own.errors);
    expect(meaningful(page.errors).filter((e) => !known.has(e))).toEqual([]);
    expect(browser.network.reached).toEqual([]);
  });
});
