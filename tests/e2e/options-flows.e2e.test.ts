/**
 * The options page against an open tab, in both browsers: every change reaches the fixture tab
 * (tests/fixtures/options-flows.html) without a reload — highlight style, density, pausing the
 * site, the master switch — and packs go in through the real file input: a good pack's entity gets
 * highlighted, bad packs are refused with a message naming the field and leave storage exactly as
 * it was. Pack export, settings export/import and reset are in options-transfer.e2e.test.ts.
 */
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { expectBlocks, hoverCard, moveAway } from './support/dynamic-checks';
import { e2eTest } from './support/e2e-test';
import {
  chooseRadio,
  clickButton,
  focusField,
  highlightsInBlock,
  listedPackIds,
  liveMessages,
  storageSnapshot,
  totalHighlights,
} from './support/options-probes';
import { readHighlights, toggleByLabel } from './support/page-probes';
import { fixturesDir } from './support/paths';
import { waitForPage, type E2eBrowser, type E2ePage } from './support/session';

const PACKS = path.join(fixturesDir, 'packs');
/** Live changes reach the tab through a storage watcher and a rescan; generous for two busy cores. */
const LIVE = { timeout: 8_000 };

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-e2e-packs-'));
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A pack one character over the 2,000,000 the validator allows (PACK_LIMITS.maxPackChars), yet valid otherwise. */
function tooLargePack(): string {
  const pack = JSON.parse(fs.readFileSync(path.join(PACKS, 'good-pack.json'), 'utf8')) as { id: string; article: { summary: string } };
  pack.id = 'e2e-too-large';
  const base = JSON.stringify(pack).length;
  pack.article.summary += 'x'.repeat(2_000_001 - base);
  const file = path.join(scratch, 'bad-too-large.json');
  fs.writeFileSync(file, JSON.stringify(pack));
  return file;
}

/**
 * The data: frame's highlights as `name:text`, sorted, asked over postMessage (its origin is
 * opaque); null if it does not answer within a second.
 */
const dataFrameHighlights = (): Promise<string[] | null> =>
  new Promise((resolve) => {
    const id = Math.random();
    const onMessage = (event: MessageEvent) => {
      if (event.data?.cbKitReply !== id) return;
      removeEventListener('message', onMessage);
      resolve([...(event.data.marked as string[])].sort());
    };
    addEventListener('message', onMessage);
    (document.getElementById('data') as HTMLIFrameElement).contentWindow!.postMessage({ cbKitProbe: id }, '*');
    setTimeout(() => resolve(null), 1_000);
  });

/** The fixture's about:blank frame (read directly, same origin) and data: frame highlights, as `name:text`. */
async function frameHighlights(page: E2ePage): Promise<{ blank: string[] | null; data: string[] | null }> {
  const blank = (await page.evaluate(readHighlights, { frame: 'blank' }))?.map((r) => `${r.name}:${r.text}`).sort() ?? null;
  return { blank, data: await page.evaluate(dataFrameHighlights) };
}

describe.each(BROWSER_NAMES)('%s: options page → open tab', (name) => {
  // One tab and one options page for the whole describe: each test goes on from the last one's state.
  let browser: E2eBrowser;
  let tab: E2ePage;
  let options: E2ePage;

  /** Runs `fn` on the options page, brought to the front (Firefox throttles background tabs). */
  const onOptions = async <R>(fn: (page: E2ePage) => Promise<R>): Promise<R> => {
    await options.bringToFront();
    return fn(options);
  };
  const onTab = async <R>(fn: (page: E2ePage) => Promise<R>): Promise<R> => {
    await tab.bringToFront();
    return fn(tab);
  };
  const waitTab = <A>(fn: (arg: A) => boolean | Promise<boolean>, arg: A, message: string) =>
    onTab((page) => waitForPage(page, fn, arg, { ...LIVE, message }));
  /** Waits until the tab's two frames hold exactly `expected`. */
  const waitFrames = (expected: { blank: string[]; data: string[] }) =>
    onTab((page) => expectBlocks(() => frameHighlights(page) as Promise<Record<string, string[]>>, expected, { ...LIVE, hold: 0 }));

  e2eTest.beforeAll(async ({ server, browsers }) => {
    browser = (await browsers.get(name)).browser;
    tab = await browser.newPage(server.url('options-flows.html'));
    await waitForPage(tab, () => (CSS.highlights.get('cb-person')?.size ?? 0) >= 2, undefined, { timeout: 15_000, message: 'person highlights' });
    // Set once; still there at the end means the tab was never reloaded.
    await tab.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    options = await browser.openExtensionPage('options.html');
    await waitForPage(options, () => document.querySelector('input[name="style"][value="background"]') !== null, undefined, { message: 'options controls' });
  });

  e2eTest('highlight style: underline → background renames the highlights, and back', async () => {
    expect(await tab.evaluate(highlightsInBlock, 'modi')).toEqual({ 'cb-person': 1 });
    expect(await onOptions((page) => page.evaluate(chooseRadio, { name: 'style', value: 'background' }))).toBe(true);
    await waitTab(
      (id) => {
        const block = document.getElementById(id)!;
        const fill = [...(CSS.highlights.get('cb-person-fill') ?? [])].some((r) => block.contains(r.startContainer));
        return fill && (CSS.highlights.get('cb-person')?.size ?? 0) === 0;
      },
      'modi',
      'cb-person-fill instead of cb-person',
    );
    expect(await tab.evaluate(highlightsInBlock, 'modi')).toEqual({ 'cb-person-fill': 1 });

    expect(await onOptions((page) => page.evaluate(chooseRadio, { name: 'style', value: 'underline' }))).toBe(true);
    await waitTab(() => (CSS.highlights.get('cb-person')?.size ?? 0) > 0 && (CSS.highlights.get('cb-person-fill')?.size ?? 0) === 0, undefined, 'cb-person back');
  });

  e2eTest('density: "every mention" marks each Putin of a block, "first per block" one', async () => {
    // "Putin spoke first. Later Putin answered questions, and Putin left at noon."
    expect(await tab.evaluate(highlightsInBlock, 'repeated')).toEqual({ 'cb-person': 1 });
    expect(await onOptions((page) => page.evaluate(chooseRadio, { name: 'density', value: 'every' }))).toBe(true);
    await waitTab((id) => [...(CSS.highlights.get('cb-person') ?? [])].filter((r) => document.getElementById(id)!.contains(r.startContainer)).length === 3, 'repeated', 'three Putins in #repeated');

    expect(await onOptions((page) => page.evaluate(chooseRadio, { name: 'density', value: 'first-per-block' }))).toBe(true);
    await waitTab((id) => [...(CSS.highlights.get('cb-person') ?? [])].filter((r) => document.getElementById(id)!.contains(r.startContainer)).length === 1, 'repeated', 'one Putin in #repeated');
  });

  e2eTest('pausing 127.0.0.1 removes every highlight, in its about:blank and data: frames too; removing it brings them back', async () => {
    const before = await tab.evaluate(totalHighlights);
    expect(before).toBeGreaterThan(0);
    const framesMarked = { blank: ['cb-person:Vladimir Putin'], data: ['cb-person:Droupadi Murmu'] };
    await waitFrames(framesMarked);
    await onOptions(async (page) => {
      expect(await page.evaluate(focusField, 'paused sites')).toBe(true);
      for (const key of '127.0.0.1') await page.press(key);
      await page.press('Enter');
      await waitForPage(page, () => [...document.querySelectorAll('ul[aria-label="Paused sites"] li')].some((li) => li.textContent?.includes('127.0.0.1')), undefined, {
        message: '127.0.0.1 in the paused list',
      });
    });
    await waitTab(() => {
      let total = 0;
      CSS.highlights.forEach((h, n) => n.startsWith('cb-') && (total += h.size));
      return total === 0;
    }, undefined, 'no highlights on a paused site');
    await waitFrames({ blank: [], data: [] });

    expect(await onOptions((page) => page.evaluate(clickButton, 'Remove 127.0.0.1'))).toBe(true);
    await waitTab((n) => {
      let total = 0;
      CSS.highlights.forEach((h, name) => name.startsWith('cb-') && (total += h.size));
      return total === n;
    }, before, `${before} highlights again after resuming`);
    await waitFrames(framesMarked);
  });

  e2eTest('the master switch off clears the tab, on restores it', async () => {
    const before = await tab.evaluate(totalHighlights);
    const off = await onOptions((page) => page.evaluate(toggleByLabel, { words: ['show briefings on web pages'], click: true }));
    expect(off).toMatchObject({ found: true, checked: false });
    await waitTab(() => {
      let total = 0;
      CSS.highlights.forEach((h, n) => n.startsWith('cb-') && (total += h.size));
      return total === 0;
    }, undefined, 'no highlights with the switch off');
    const on = await onOptions((page) => page.evaluate(toggleByLabel, { words: ['show briefings on web pages'], click: true }));
    expect(on).toMatchObject({ found: true, checked: true });
    await waitTab((n) => {
      let total = 0;
      CSS.highlights.forEach((h, name) => name.startsWith('cb-') && (total += h.size));
      return total === n;
    }, before, `${before} highlights with the switch on`);
  });

  e2eTest('a good pack imported through the file input highlights its entity and opens its card', async () => {
    expect(await tab.evaluate(highlightsInBlock, 'imported')).toEqual({});
    await onOptions(async (page) => {
      await page.uploadFiles('.cb-packs input[type="file"]', [path.join(PACKS, 'good-pack.json')]);
      const { statuses } = await waitForPage(page, () => {
        const messages = { alerts: [...document.querySelectorAll('[role="alert"]')].map((el) => (el as HTMLElement).innerText), statuses: [...document.querySelectorAll('[role="status"]')].map((el) => (el as HTMLElement).innerText) };
        return messages.statuses.some((text) => text.includes('good-pack.json')) || messages.alerts.length > 0 ? messages : null;
      }, undefined, { message: 'the import outcome' });
      expect(statuses).toContain('Installed “E2E harbour story” from good-pack.json.');
      expect(await page.evaluate(listedPackIds)).toEqual(['belousov-putin-india-visits', 'e2e-harbour-story']);
    });
    await waitTab((id) => [...(CSS.highlights.get('cb-person') ?? [])].some((r) => document.getElementById(id)!.contains(r.startContainer)), 'imported', 'Oriel Quenby highlighted');
    // The install reaches the tab as two stored changes (the index's head and its trie), each of which
    // may restart the session: once settled, one mention.
    await expect.poll(() => tab.evaluate(highlightsInBlock, 'imported'), { timeout: 10_000 }).toEqual({ 'cb-person': 1 });
    const { card } = await hoverCard(tab, 'imported', 'Quenby', 'oriel-quenby');
    expect(card.text).toContain('Harbour master');
    await moveAway(tab);
    expect(await tab.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  // `sentence`: the one sentence the refusal leads with; `says`: the field-level detail behind its toggle.
  const BAD_PACKS: Array<{ file: string; sentence: string; says: RegExp }> = [
    { file: 'bad-not-json.json', sentence: 'This file is not valid JSON (line 2, column 1).', says: /pack: not valid JSON/ },
    { file: 'bad-wrong-schema.json', sentence: 'This briefing pack has a mistake, so it was not installed.', says: /entities\[0\]\.kind: must be one of person, event, organization, place, topic/ },
    { file: 'bad-duplicate-ids.json', sentence: 'This briefing pack has a mistake, so it was not installed.', says: /entities\[1\]\.id: "oriel-quenby" is already the id of entities\[0\]/ },
    { file: 'bad-markup.json', sentence: 'This briefing pack has a mistake, so it was not installed.', says: /entities\[0\]\.briefing: must be plain text \(it contains markup\)/ },
    { file: 'bad-too-large.json', sentence: 'This file is too large to be a briefing pack.', says: /pack: is too large: 2,000,00\d characters, and a pack may be at most 2,000,000/ },
    // The good pack again: its id is taken, so it is refused unless the user chooses to replace it.
    { file: 'good-pack.json', sentence: 'A pack with the id “e2e-harbour-story” (“E2E harbour story”) is already installed: replace it, or give the new pack another id.', says: /./ },
  ];

  e2eTest.each(BAD_PACKS)('a bad pack ($file) is refused in one sentence, the field behind a toggle; nothing changes', async ({ file, sentence, says }) => {
    const filePath = file === 'bad-too-large.json' ? tooLargePack() : path.join(PACKS, file);
    await onOptions(async (page) => {
      const storageBefore = await page.evaluate(storageSnapshot);
      const listBefore = await page.evaluate(listedPackIds);
      await page.uploadFiles('.cb-packs input[type="file"]', [filePath]);
      const alert = await waitForPage(page, (name) => [...document.querySelectorAll('.cb-packs [role="alert"]')].map((el) => ({ shown: (el as HTMLElement).innerText, all: el.textContent ?? '' })).find(({ shown }) => shown.startsWith(`${name}:`)), file, {
        timeout: 15_000,
        message: `the refusal of ${file}`,
      });
      // What shows is the sentence (and, for a taken id, the Replace button); the detail stays folded.
      expect(alert.shown.split('\n')[0]).toBe(`${file}: ${sentence}`);
      expect(alert.shown).not.toMatch(file === 'good-pack.json' ? /This pack was not installed/ : says);
      expect(alert.all).toMatch(says);
      expect(await page.evaluate(listedPackIds)).toEqual(listBefore);
      expect(await page.evaluate(storageSnapshot)).toBe(storageBefore);
    });
  });

  e2eTest('the tab was never reloaded, and nothing went wrong on either page', async () => {
    expect(await tab.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await options.evaluate(liveMessages)).toMatchObject({ alerts: [expect.stringContaining('good-pack.json')] });
    expect(tab.errors).toEqual([]);
    expect(options.errors).toEqual([]);
    expect(browser.network.blocked).toEqual([]);
    expect(browser.network.reached).toEqual([]);
  });
});
