/**
 * Several stories at once, from the popup: with a second pack installed, the popup lists both
 * stories with a switch each; switching the bundled story off takes its names off an open tab at
 * once while the other story's stay marked, and switching it back on brings them back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { fixturesDir, repoRoot } from './support/paths';
import { waitForPage, type E2ePage } from './support/session';

const GOOD_PACK = path.join(fixturesDir, 'packs', 'good-pack.json');
const bundledPack = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'briefing-pack.json'), 'utf8')) as { id: string; title: string };

/** The pack ids the options page lists, once it lists `want` exactly. */
const listsPacks = (want: string[]) => {
  const ids = [...document.querySelectorAll('[data-pack-id]')].map((el) => el.getAttribute('data-pack-id'));
  return JSON.stringify(ids) === JSON.stringify(want) ? true : null;
};

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

/** Whether the bundled story's block ("repeated": Putin) and the harbour story's ("imported") are marked as `want` says. */
const blocksMarked = (want: { repeated: boolean; imported: boolean }) => {
  const marked = (id: string) => {
    const block = document.getElementById(id)!;
    let found = false;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('cb-')) highlight.forEach((range) => void (found ||= block.contains(range.startContainer)));
    });
    return found;
  };
  return marked('repeated') === want.repeated && marked('imported') === want.imported ? true : null;
};

const waitBlocks = (tab: E2ePage, expected: { repeated: boolean; imported: boolean }, message: string) =>
  waitForPage(tab, blocksMarked, expected, { timeout: 10_000, message });

describe.each(BROWSER_NAMES)('%s: stories in the popup', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('each installed story has its own switch; one off leaves the other marked', async ({ server, browser, page: tab }) => {
    const options = await browser.openExtensionPage('options.html');
    await waitForPage(options, () => document.querySelector('.cb-packs input[type="file"]') !== null, undefined, { message: 'the pack file input' });
    await options.uploadFiles('.cb-packs input[type="file"]', [GOOD_PACK]);
    await waitForPage(options, listsPacks, [bundledPack.id, 'e2e-harbour-story'], { message: 'the second pack listed' });
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
});
