/**
 * Several stories at once, from the popup: with a second pack installed, the popup lists both
 * stories with a switch each; switching the bundled story off takes its names off an open tab at
 * once while the other story's stay marked, and switching it back on brings them back. And a name
 * two stories know opens one card with each story's briefing under its story, the story with more
 * of its other names on the page first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { closeCard, hoverCard } from './support/dynamic-checks';
import { locateHighlightedWord } from './support/dynamic-probes';
import { e2eTest } from './support/e2e-test';
import { highlightsInBlock, listedPackIds } from './support/options-probes';
import { fixturesDir, repoRoot } from './support/paths';
import { waitForPage, type E2ePage } from './support/session';

const GOOD_PACK = path.join(fixturesDir, 'packs', 'good-pack.json');
const SUMMIT_PACK = path.join(fixturesDir, 'packs', 'summit-pack.json');
const bundledPack = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'briefing-pack.json'), 'utf8')) as { id: string; title: string };

/** The popup's story switches, as a reader meets them: name and state. */
const storySwitches = () => {
  const region = document.querySelector('[aria-labelledby="cb-stories-title"]');
  const switches = [...(region?.querySelectorAll<HTMLInputElement>('input[role="switch"]') ?? [])];
  return switches.length > 0 ? switches.map((s) => ({ name: s.closest('label')?.textContent ?? '', checked: s.checked })) : null;
};

/** Clicks the story switch named `name` (a real click on its label, as a reader does). */
const clickStory = (name: string): boolean => {
  const label = [...document.querySelectorAll('.cb-stories label')].find((l) => l.textContent === name) as HTMLElement | undefined;
  label?.click();
  return label !== undefined;
};

/** Whether the bundled story's block ("repeated": Putin) and the harbour story's ("imported") are marked. */
const blocksMarked = async (tab: E2ePage) => ({
  repeated: Object.keys(await tab.evaluate(highlightsInBlock, 'repeated')).length > 0,
  imported: Object.keys(await tab.evaluate(highlightsInBlock, 'imported')).length > 0,
});

const waitBlocks = (tab: E2ePage, expected: { repeated: boolean; imported: boolean }, message: string) =>
  expect.poll(() => blocksMarked(tab), { timeout: 10_000, message }).toEqual(expected);

/** The stories the open card briefs from, in order, and the summit story's briefing text. */
const cardStories = () => {
  const sections = [...(document.querySelector('cb-briefing-host')?.shadowRoot?.querySelectorAll('.cb-card__briefing-of') ?? [])];
  return sections.length > 1 ? sections.map((s) => ({ pack: s.getAttribute('data-pack-id'), text: s.textContent ?? '' })) : null;
};

async function install(options: E2ePage, file: string, ids: string[]): Promise<void> {
  await waitForPage(options, () => document.querySelector('.cb-packs input[type="file"]') !== null, undefined, { message: 'the pack file input' });
  await options.uploadFiles('.cb-packs input[type="file"]', [file]);
  // The file's browser may hold packs from earlier tests: every one of `ids` is listed.
  await expect.poll(() => options.evaluate(listedPackIds), { timeout: 10_000, message: `${path.basename(file)} listed` }).toEqual(expect.arrayContaining(ids));
}

describe.each(BROWSER_NAMES)('%s: stories in the popup', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('each installed story has its own switch; one off leaves the other marked', async ({ server, browser, page: tab }) => {
    const options = await browser.openExtensionPage('options.html');
    await install(options, GOOD_PACK, [bundledPack.id, 'e2e-harbour-story']);
    await options.close();

    await tab.goto(server.url('options-flows.html'));
    await waitBlocks(tab, { repeated: true, imported: true }, 'both stories marked');

    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewport(400, 600);
    expect(await waitForPage(popup, storySwitches, undefined, { message: 'the story switches' })).toEqual([
      { name: bundledPack.title, checked: true },
      { name: 'E2E harbour story', checked: true },
    ]);

    expect(await popup.evaluate(clickStory, bundledPack.title)).toBe(true);
    await waitBlocks(tab, { repeated: false, imported: true }, 'the bundled story’s names gone, the harbour story’s kept');
    expect(await popup.evaluate(storySwitches)).toEqual([
      { name: bundledPack.title, checked: false },
      { name: 'E2E harbour story', checked: true },
    ]);

    expect(await popup.evaluate(clickStory, bundledPack.title)).toBe(true);
    await waitBlocks(tab, { repeated: true, imported: true }, 'the bundled story’s names back');
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  e2eTest('a name two stories know: one card, each story’s briefing, the story most present on the page first', async ({ server, browser, page: tab }) => {
    const options = await browser.openExtensionPage('options.html');
    await install(options, SUMMIT_PACK, [bundledPack.id, 'e2e-summit-story']);
    await options.close();

    // The summit's envoy is on this page and nobody else from the bundled story: the summit story leads.
    await tab.goto(server.url('two-stories.html'));
    // The tab may open before the background has compiled the new story into the index; the
    // envoy marked means it has, so the session will not restart under the pointer.
    await waitForPage(tab, locateHighlightedWord, { blockId: 'summit', word: 'Tevanne' }, { timeout: 10_000, message: 'the summit story’s envoy marked' });
    await hoverCard(tab, 'summit', 'Putin', 'vladimir-putin');
    const summitFirst = await waitForPage(tab, cardStories, undefined, { message: 'the card with both stories' });
    expect(summitFirst.map((s) => s.pack)).toEqual(['e2e-summit-story', bundledPack.id]);
    expect(summitFirst[0]!.text).toContain('opened a summit on river trade');
    await closeCard(tab);

    // On the demo mentions page the bundled story's other people are named: it leads.
    await tab.goto(server.url('mentions.html'));
    await hoverCard(tab, 'full-name', 'Putin', 'vladimir-putin');
    const bundledFirst = await waitForPage(tab, cardStories, undefined, { message: 'the card with both stories' });
    expect(bundledFirst.map((s) => s.pack)).toEqual([bundledPack.id, 'e2e-summit-story']);
    expect(bundledFirst[1]!.text).toContain('Host of the river summit');
    expect(tab.errors).toEqual([]);
  });
});

