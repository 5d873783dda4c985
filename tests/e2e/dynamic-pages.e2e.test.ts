/**
 * Pages that change themselves (tests/fixtures/dynamic/): a server-rendered React 19 app that
 * hydrates and re-renders every 100 ms, an infinite-scroll feed, an SPA route change, a page that
 * mutates every 10 ms forever, and a 10 MB text node. For each, in Chromium and Firefox: the
 * expected mentions are highlighted (read from the page's own CSS.highlights), a card opens on
 * hover and by keyboard (`next-mention` from an extension page, focus in our host), no page
 * errors, and the DOM is exactly what the page itself produced (kit.js snapshots it after every
 * change of its own). Structural cases (frames, shadow DOM, editor, RTL) are in
 * dynamic-structure.e2e.test.ts.
 */
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { byBlock, closeCard, expectBlocks, expectUntouched, hoverCard, keyboardCard, readBlocks, type Blocks } from './support/dynamic-checks';
import { kitHeartbeat, kitHighlights, kitReady } from './support/dynamic-probes';
import { e2eTest } from './support/e2e-test';
import { entityForSurface } from './support/fixture-expectations';
import { launchBrowser } from './support/launch';
import { readHighlights } from './support/page-probes';
import { buildReactFixture } from './support/react-fixture';
import { sleep, waitForPage, type E2ePage } from './support/session';

const NAME_TO_ENTITY = (name: string) => `cb-person ${entityForSurface(name)}`;

// The server also serves the React fixture, built once for the file.
e2eTest.override('serverOptions', { scope: 'file' }, async () => ({ generated: await buildReactFixture() }));

describe.each(BROWSER_NAMES)('%s: dynamic pages', (name) => {
  e2eTest.override('browserName', name);
  /** An extension page to send `next-mention` from, as the background's command would. */
  let extensionPage: E2ePage;

  e2eTest.beforeAll(async ({ browsers }) => {
    extensionPage = await (await browsers.get(name)).browser.openExtensionPage('popup.html');
  });

  async function open(page: E2ePage, url: string): Promise<void> {
    await page.goto(url);
    await waitForPage(page, kitReady, undefined, { message: 'the fixture kit' });
  }

  e2eTest('React 19: hydrates server markup without errors; re-renders every 100 ms stay highlighted', async ({ server, page }) => {
    await open(page, server.url('dynamic/react-app.html'));
    await waitForPage(page, () => {
      const w = window as unknown as { __hydrated?: boolean; __reactTick?: number };
      return Boolean(w.__hydrated) && (w.__reactTick ?? 0) >= 5;
    }, undefined, { message: 'hydration and five re-renders' });
    await waitForPage(page, () => CSS.highlights.size > 0, undefined, { timeout: 15_000, message: 'highlights' });

    // While it ticks: every non-empty range is a real mention (a stale range would read as `?…`).
    for (let sample = 0; sample < 8; sample++) {
      const blocks = byBlock(await page.evaluate(kitHighlights), { skipCollapsed: true });
      expect(Object.values(blocks).flat().filter((entry) => entry.includes('?'))).toEqual([]);
      expect(blocks.static).toEqual(['cb-person vladimir-putin']);
      await sleep(250);
    }
    await hoverCard(page, 'static', 'Putin', 'vladimir-putin');
    await keyboardCard(page, extensionPage, server.url('dynamic/react-app.html'));
    await closeCard(page);

    // Stopped: the highlights are exactly the mentions of what is rendered now.
    await page.evaluate(() => (window as unknown as { __reactStop(): void }).__reactStop());
    await waitForPage(page, () => (window as unknown as { __reactStoppedAt?: number }).__reactStoppedAt !== undefined);
    const stories = await page.evaluate(() => [...document.querySelectorAll('#stories li')].map((li) => [li.id, li.textContent ?? '']));
    const expected: Blocks = { static: ['cb-person vladimir-putin'], counter: ['cb-person narendra-modi'] };
    for (const [id, text] of stories) expected[id!] = [NAME_TO_ENTITY(/: (.+) met/.exec(text!)![1]!)];
    await expectBlocks(readBlocks(page), expected);
    await expectUntouched(page, ['li']);
    expect(page.errors).toEqual([]);
  });

  e2eTest('text shown later without new nodes (accordion class, hidden attribute, "Read more" span, <details>) is marked when it appears; display: contents text from the start', async ({ server, page }) => {
    await open(page, server.url('dynamic/reveal.html'));
    // Text drawn through `display: contents` wrappers (no box of their own) is shown, so marked.
    const expected: Blocks = {
      'top-1': ['cb-person vladimir-putin'],
      'contents-1': ['cb-person droupadi-murmu'],
      'contents-2': ['cb-person andrei-belousov'],
    };
    await expectBlocks(readBlocks(page), expected, { hold: 500 });
    const steps: Array<[string, string, string[]]> = [
      ['accordion', 'acc-1', ['cb-person narendra-modi']],
      ['hidden', 'hid-1', ['cb-person droupadi-murmu']],
      ['more', 'teaser', ['cb-person andrei-belousov']],
      ['details', 'det-1', ['cb-person narendra-modi', 'cb-person vladimir-putin']],
    ];
    for (const [reveal, block, entities] of steps) {
      await page.evaluate((which) => (window as unknown as { __reveal: Record<string, () => void> }).__reveal[which]!(), reveal);
      expected[block] = entities;
      await expectBlocks(readBlocks(page), expected, { hold: 200 });
    }
    await hoverCard(page, 'teaser', 'Belousov', 'andrei-belousov');
    await closeCard(page);
    await expectUntouched(page, []);
    expect(page.errors).toEqual([]);
  });

  e2eTest('infinite scroll: stories appended while scrolling get highlighted', async ({ server, page }) => {
    await open(page, server.url('dynamic/infinite-scroll.html'));
    const NAMES = ['Vladimir Putin', 'Narendra Modi', 'Droupadi Murmu', 'Andrei Belousov'];
    const expectedFor = (count: number): Blocks => {
      const blocks: Blocks = {};
      for (let k = 0; k < count; k++) blocks[`story-${k}`] = [NAME_TO_ENTITY(NAMES[k % 4]!), NAME_TO_ENTITY(NAMES[(k + 1) % 4]!)].sort();
      return blocks;
    };
    await expectBlocks(readBlocks(page), expectedFor(12), { hold: 300 });
    for (let round = 0; round < 3; round++) {
      const before = await page.evaluate(() => document.querySelectorAll('#feed li').length);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await waitForPage(page, (n) => document.querySelectorAll('#feed li').length > n, before, { message: 'more stories' });
    }
    const count = await page.evaluate(() => document.querySelectorAll('#feed li').length);
    expect(count).toBeGreaterThanOrEqual(42);
    // Only blocks within a viewport's height of the screen carry registered ranges (the registry's
    // IntersectionObserver margin), so: every story near the screen is highlighted, none far away.
    // Stories at the edge of that margin may be either, and are left out of the comparison.
    const readByDistance = async () => {
      const geometry = await page.evaluate(() =>
        [...document.querySelectorAll('#feed li')].map((li) => {
          const r = li.getBoundingClientRect();
          const h = innerHeight;
          return { id: li.id, zone: r.bottom > -0.8 * h && r.top < 1.8 * h ? 'near' : r.bottom < -1.2 * h || r.top > 2.2 * h ? 'far' : 'edge' };
        }),
      );
      const blocks = byBlock(await page.evaluate(kitHighlights));
      const zone = new Map(geometry.map((g) => [g.id, g.zone]));
      return Object.fromEntries(Object.entries(blocks).filter(([id]) => zone.get(id) !== 'edge').map(([id, list]) => [id, zone.get(id) === 'far' ? ['(far away)', ...list] : list]));
    };
    const expectedNear = async () => {
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll('#feed li')].filter((li) => {
          const r = li.getBoundingClientRect();
          return r.bottom > -0.8 * innerHeight && r.top < 1.8 * innerHeight;
        }).map((li) => li.id),
      );
      const all = expectedFor(count);
      return Object.fromEntries(ids.map((id) => [id, all[id]!]));
    };
    await expectBlocks(readByDistance, await expectedNear());
    // Back at the top, the first stories are highlighted again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectBlocks(readByDistance, await expectedNear());
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight - innerHeight - 600));
    await expectBlocks(readByDistance, await expectedNear(), { hold: 300 });

    // Hover a story that arrived by scrolling and is on screen now.
    const target = await page.evaluate(() => {
      const items = [...document.querySelectorAll('#feed li')].filter((li) => {
        const r = li.getBoundingClientRect();
        return r.top > 0 && r.bottom < innerHeight;
      });
      const li = items[items.length - 1]!;
      return { id: li.id, name: /: (\S+ \S+) met/.exec(li.textContent ?? '')![1]! };
    });
    expect(Number(target.id.slice('story-'.length))).toBeGreaterThanOrEqual(12);
    await hoverCard(page, target.id, target.name.split(' ')[1]!, entityForSurface(target.name));
    await keyboardCard(page, extensionPage, server.url('dynamic/infinite-scroll.html'));
    await expectUntouched(page, ['li']);
    expect(page.errors).toEqual([]);
  });

  e2eTest('SPA route change (history.pushState + new content): old ranges dropped, new mentions highlighted', async ({ server, page }) => {
    await open(page, server.url('dynamic/spa.html'));
    await expectBlocks(readBlocks(page), {
      'home-1': ['cb-event war-in-ukraine', 'cb-person vladimir-putin'],
      'home-2': ['cb-person andrei-belousov'],
    }, { hold: 300 });
    await hoverCard(page, 'home-1', 'Putin', 'vladimir-putin');
    await closeCard(page);

    await page.evaluate(() => (window as unknown as { __navigate(route: string): void }).__navigate('world'));
    expect(await page.evaluate(() => location.search)).toBe('?route=world');
    await expectBlocks(readBlocks(page), {
      'world-1': ['cb-person narendra-modi'],
      'world-2': ['cb-person droupadi-murmu'],
    });
    // Nothing left over from the old route, not even collapsed or detached ranges.
    const leftovers = (await page.evaluate(readHighlights))!.filter((r) => !r.connected || r.collapsed);
    expect(leftovers.length).toBe(0);
    await hoverCard(page, 'world-1', 'Modi', 'narendra-modi');
    const { entity } = await keyboardCard(page, extensionPage, server.url('dynamic/spa.html'));
    expect(entity).toBe('narendra-modi');
    await expectUntouched(page, ['h1', 'p']);
    expect(page.errors).toEqual([]);
  });

  e2eTest('a page that mutates every 10 ms forever: its static mentions stay highlighted, no errors', async ({ server, page }) => {
    await open(page, server.url('dynamic/ticker.html'));
    const STATIC: Blocks = {
      'static-1': ['cb-person vladimir-putin'],
      'static-2': ['cb-event war-in-ukraine'],
      'static-3': ['cb-person andrei-belousov'],
    };
    const readStatic = async () => {
      const blocks = byBlock(await page.evaluate(kitHighlights), { skipCollapsed: true });
      const live = Object.entries(blocks).filter(([id]) => !id.startsWith('static-')).flatMap(([, list]) => list);
      // The clock and chat change under the scan; whatever is marked there must still be a name.
      expect(live.filter((entry) => entry.includes('?'))).toEqual([]);
      return Object.fromEntries(Object.entries(blocks).filter(([id]) => id.startsWith('static-')));
    };
    await expectBlocks(readStatic, STATIC, { hold: 0 });
    for (let sample = 0; sample < 10; sample++) {
      expect(await readStatic()).toEqual(STATIC);
      await sleep(300);
    }
    await hoverCard(page, 'static-1', 'Putin', 'vladimir-putin');
    await keyboardCard(page, extensionPage, server.url('dynamic/ticker.html'));
    await closeCard(page);
    expect(await readStatic()).toEqual(STATIC);
    await expectUntouched(page, ['li']);
    expect(page.errors).toEqual([]);
  });

  e2eTest('a long page under a running clock: only the mentions on screen are registered, those scrolled to follow, and the near ones return once the clock stops', async ({ server, page }) => {
    await open(page, server.url('dynamic/busy-long.html'));
    /** Ids of the story's paragraphs whose box meets the viewport, or lies within `margin` viewports of it. */
    const paragraphsWithin = (margin: number) =>
      page.evaluate((m) => {
        const h = innerHeight;
        return [...document.querySelectorAll('#story p')]
          .filter((p) => {
            const box = p.getBoundingClientRect();
            return box.bottom > -m * h && box.top < h + m * h;
          })
          .map((p) => p.id);
      }, margin);
    const registered = async () => Object.keys(byBlock(await page.evaluate(kitHighlights), { skipCollapsed: true })).filter((id) => id.startsWith('p-')).sort();
    const waitFor = async (expected: () => Promise<string[]>, message: string) => {
      const deadline = Date.now() + 10_000;
      let last: string[] = [];
      let want: string[] = [];
      while (Date.now() < deadline) {
        [last, want] = [await registered(), (await expected()).sort()];
        if (JSON.stringify(last) === JSON.stringify(want)) return;
        await sleep(200);
      }
      expect(last, message).toEqual(want);
    };
    // The clock has run for a few seconds: the page is busy, only what is on screen is registered
    // (with a quiet page, blocks a screen above and below are registered too).
    await sleep(3_000);
    const onScreen = await paragraphsWithin(0);
    expect(onScreen.length).toBeGreaterThan(1);
    expect((await paragraphsWithin(1)).length).toBeGreaterThan(onScreen.length);
    await waitFor(() => paragraphsWithin(0), 'on screen while busy');
    // Scrolled three screens down: the paragraphs now on screen are registered, the old ones not.
    await page.evaluate(() => scrollBy(0, 3 * innerHeight));
    await waitFor(() => paragraphsWithin(0), 'on screen after a scroll while busy');
    // Stopped: once calm, the blocks within a screen of it are registered again.
    await page.evaluate(() => (window as unknown as { __stopClock(): void }).__stopClock());
    await sleep(3_500);
    await waitFor(() => paragraphsWithin(1), 'near the screen once calm');
    expect(page.errors).toEqual([]);
  });

  e2eTest('a 10 MB text node: mentions highlighted, the page keeps painting', async ({ server, page }) => {
    const started = Date.now();
    await open(page, server.url('dynamic/big-text.html'));
    const loaded = Date.now() - started;
    // One block: by default, each entity's first mention in it. A block this size is registered
    // under the unstyled `cb-<kind>-large-text` names (utils/page/scan-blocks.ts HUGE_BLOCK_CHARS):
    // found and hoverable, never painted, since painting there costs a 150 ms frame.
    const took = await expectBlocks(readBlocks(page), {
      big: [
        'cb-person-large-text andrei-belousov',
        'cb-person-large-text droupadi-murmu',
        'cb-person-large-text narendra-modi',
        'cb-person-large-text vladimir-putin',
      ],
    }, { timeout: 60_000, hold: 500 });
    const beat = await page.evaluate(kitHeartbeat);
    // The same page without the extension: its own layout of 10 MB of text is a long frame too.
    // A second browser, beside the fixture's, so it is launched here.
    const plain = await launchBrowser(name, { withExtension: false });
    let alone: typeof beat;
    try {
      const bare = await plain.newPage(server.url('dynamic/big-text.html'));
      await sleep(Math.max(1_000, beat.since - 500));
      alone = await bare.evaluate(kitHeartbeat);
    } finally {
      await plain.close();
    }
    console.log(
      `[e2e] ${name} big-text: load ${loaded} ms, all four mentions highlighted ${took} ms later (first at ${beat.firstHighlightAt?.toFixed(0)} ms after the page started). ` +
        `Longest gap between animation frames: ${beat.maxGap.toFixed(0)} ms with the extension, ${alone.maxGap.toFixed(0)} ms without; ` +
        `${beat.maxGapAfterFirstHighlight.toFixed(0)} ms once highlights appeared. Long frames with: [${beat.gaps.join(', ')}]; without: [${alone.gaps.join(', ')}]`,
    );
    if (beat.longFrames.length > 0) console.log(`[e2e] ${name} big-text long animation frames: ${JSON.stringify(beat.longFrames)}`);
    expect(beat.frames).toBeGreaterThan(0);
    await hoverCard(page, 'big', 'Putin', 'vladimir-putin');
    await keyboardCard(page, extensionPage, server.url('dynamic/big-text.html'));
    await expectUntouched(page, []);
    expect(page.errors).toEqual([]);
  }, 180_000);

  e2eTest('asked for nothing outside 127.0.0.1', ({ browser }) => {
    expect(browser.network.blocked).toEqual([]);
    expect(browser.network.reached).toEqual([]);
  });
});
