/**
 * Popup and options pages: both open from the loaded extension and render (the pack's headline;
 * the on/off switch and one checkbox per entity kind), and turning "People" off in options removes
 * the person highlights from an already open tab without reloading it — and turning it back on
 * brings them back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { settledHighlights } from './support/dynamic-checks';
import { e2eTest } from './support/e2e-test';
import { EXPECTED_GECKO_ID, readGeckoId } from './support/firefox';
import { toggleByLabel } from './support/page-probes';
import { firefoxBuildDir, repoRoot } from './support/paths';
import { waitForPage } from './support/session';

/** Label words for each kind's checkbox; singular or plural, whichever the options page uses. */
const KIND_WORDS: Record<string, string[]> = {
  person: ['people', 'persons?'],
  event: ['events?'],
  organization: ['organi[sz]ations?'],
  place: ['places?'],
  topic: ['topics?'],
};

/** The bundled pack's headline, found wherever data/*.json keeps it. */
function packHeadline(): string {
  const find = (value: unknown): string | undefined => {
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (typeof record.headline === 'string') return record.headline;
    for (const child of Object.values(record)) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const dataDir = path.join(repoRoot, 'data');
  for (const file of fs.readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    const headline = find(JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')));
    if (headline) return headline;
  }
  throw new Error('no "headline" in data/*.json');
}

e2eTest('the Firefox build declares its gecko id (needed for storage and signing)', () => {
  expect(readGeckoId(firefoxBuildDir)).toBe(EXPECTED_GECKO_ID);
});

describe.each(BROWSER_NAMES)('%s: popup and options', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('the popup renders the article headline', async ({ browser }) => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewport(400, 600);
    const headline = packHeadline();
    await waitForPage(popup, (text) => document.body.innerText.includes(text), headline, { message: `popup to show "${headline}"` });
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  e2eTest('the options page renders the on/off switch and a checkbox per kind', async ({ browser }) => {
    const options = await browser.openExtensionPage('options.html');
    // The page renders in stages (inputs first, then their labels): wait for each control by its label.
    const master = await waitForPage(options, toggleByLabel, { words: ['show briefings', 'enabled?', 'on'], click: false, wait: true }, { message: 'the on/off switch' });
    expect(master.found, `labels seen: ${JSON.stringify(master.labels)}`).toBe(true);
    for (const [kind, words] of Object.entries(KIND_WORDS)) {
      const control = await waitForPage(options, toggleByLabel, { words, click: false, wait: true }, { message: `the ${kind} checkbox` });
      expect({ kind, found: control.found, checked: control.checked }, `labels seen: ${JSON.stringify(control.labels)}`).toEqual({
        kind,
        found: true,
        checked: true,
      });
    }
    expect(options.errors).toEqual([]);
    await options.close();
  });

  e2eTest('turning "People" off in options removes person highlights from an open tab, live', async ({ server, browser, page: tab }) => {
    await tab.goto(server.url('mentions.html'));
    await waitForPage(tab, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000, message: 'person highlights' });
    await tab.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    const before = await settledHighlights(tab);

    const options = await browser.openExtensionPage('options.html');
    await waitForPage(options, () => document.querySelectorAll('input').length > 0, undefined, { message: 'options controls' });
    // The options page renders in stages: wait for the People checkbox itself, then click it once.
    const off = await waitForPage(options, toggleByLabel, { words: KIND_WORDS.person!, click: true, wait: true }, { message: 'the People checkbox' });
    expect(off).toMatchObject({ found: true, checked: false });

    await tab.bringToFront();
    // Only people go away: the event stays marked (a rescan may clear everything for a moment).
    await waitForPage(
      tab,
      (events) => (CSS.highlights.get('cb-person')?.size ?? 0) === 0 && (CSS.highlights.get('cb-event')?.size ?? 0) === events,
      before['cb-event'],
      { timeout: 5_000, message: 'person highlights to disappear while the event stays' },
    );
    expect(await tab.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await options.bringToFront();
    const on = await options.evaluate(toggleByLabel, { words: KIND_WORDS.person!, click: true });
    expect(on).toMatchObject({ found: true, checked: true });
    await tab.bringToFront();
    await waitForPage(tab, (n) => (CSS.highlights.get('cb-person')?.size ?? 0) === n, before['cb-person'], {
      timeout: 5_000,
      message: 'person highlights to come back',
    });
    expect(tab.errors).toEqual([]);
    expect(options.errors).toEqual([]);
    await options.close();
  });

  e2eTest('asked for nothing outside 127.0.0.1', ({ browser }) => {
    expect(browser.network.blocked).toEqual([]);
    expect(browser.network.reached).toEqual([]);
  });
});
