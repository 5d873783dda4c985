/**
 * Files out of and into the options page, in both browsers: a pack exported through the download
 * link holds the pack as imported; settings exported, reset (after a confirmation step) and
 * imported again come back exactly, and the open fixture tab follows each step without a reload.
 * Downloads are caught in the page (`captureDownloads`): the `<a download>` the page clicks and
 * the Blob behind its URL, so no browser download machinery is involved.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { captureDownloads, checkedRadio, chooseRadio, clickButton, focusField, highlightsInBlock, listedPackIds } from './support/options-probes';
import { fixturesDir } from './support/paths';
import { waitForPage, type E2eBrowser, type E2ePage } from './support/session';

const GOOD_PACK = path.join(fixturesDir, 'packs', 'good-pack.json');

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-e2e-transfer-'));
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe.each(BROWSER_NAMES)('%s: export, import and reset', (name) => {
  // One tab and one options page for the whole describe: each test goes on from the last one's state.
  let browser: E2eBrowser;
  let tab: E2ePage;
  let options: E2ePage;

  const downloads = async (count: number) =>
    waitForPage(options, (n) => {
      const list = (window as unknown as { __downloads?: unknown[] }).__downloads ?? [];
      const done = list.length >= n && list.every((entry) => (entry as { text: string | null }).text !== null);
      return done ? (list as Array<{ name: string; href: string; text: string }>) : null;
    }, count, { message: `${count} captured download(s)` });

  e2eTest.beforeAll(async ({ server, browsers }) => {
    browser = (await browsers.get(name)).browser;
    tab = await browser.newPage(server.url('options-flows.html'));
    await waitForPage(tab, () => (CSS.highlights.get('cb-person')?.size ?? 0) >= 2, undefined, { timeout: 15_000, message: 'person highlights' });
    await tab.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    options = await browser.openExtensionPage('options.html');
    await waitForPage(options, () => document.querySelector('input[name="style"][value="background"]') !== null, undefined, { message: 'options controls' });
    expect(await options.evaluate(captureDownloads)).toBe(true);
  });

  e2eTest('exports an imported pack as <id>.briefing-pack.json holding the same pack', async () => {
    await options.uploadFiles('.cb-packs input[type="file"]', [GOOD_PACK]);
    await waitForPage(options, () => [...document.querySelectorAll('[data-pack-id]')].some((el) => el.getAttribute('data-pack-id') === 'e2e-harbour-story'), undefined, {
      message: 'the imported pack in the list',
    });
    expect(await options.evaluate(clickButton, 'Export “E2E harbour story”')).toBe(true);
    const [file] = await downloads(1);
    expect(file!.name).toBe('e2e-harbour-story.briefing-pack.json');
    expect(file!.href).toMatch(/^blob:/);
    expect(JSON.parse(file!.text)).toEqual(JSON.parse(fs.readFileSync(GOOD_PACK, 'utf8')));

    // The built-in pack exports too (it cannot be removed, only disabled).
    expect(await options.evaluate(listedPackIds)).toEqual(['belousov-putin-india-visits', 'e2e-harbour-story']);
    expect(await options.evaluate(clickButton, 'Export “Belousov in India ahead of Putin’s December visit”')).toBe(true);
    const [, builtIn] = await downloads(2);
    expect(builtIn!.name).toBe('belousov-putin-india-visits.briefing-pack.json');
    expect(JSON.parse(builtIn!.text)).toMatchObject({ id: 'belousov-putin-india-visits', format: 'contextual-briefings/pack' });
  });

  e2eTest('settings: export, reset after confirming, import — the tab follows each step', async () => {
    // Change two settings: every mention, and example.com paused.
    expect(await options.evaluate(chooseRadio, { name: 'density', value: 'every' })).toBe(true);
    expect(await options.evaluate(focusField, 'paused sites')).toBe(true);
    for (const key of 'example.com') await options.press(key);
    await options.press('Enter');
    await waitForPage(options, () => document.querySelector('ul[aria-label="Paused sites"]')?.textContent?.includes('example.com') ?? false, undefined, {
      message: 'example.com paused',
    });
    await tab.bringToFront();
    await waitForPage(tab, () => [...(CSS.highlights.get('cb-person') ?? [])].filter((r) => document.getElementById('repeated')!.contains(r.startContainer)).length === 3, undefined, {
      message: 'every mention on the tab',
    });

    await options.bringToFront();
    expect(await options.evaluate(clickButton, 'Export settings')).toBe(true);
    const exported = (await downloads(3))[2]!;
    expect(exported.name).toBe('contextual-briefings-settings.json');
    const file = JSON.parse(exported.text) as { format: string; settings: { density: string; pausedSites: string[] } };
    expect(file).toMatchObject({ format: 'contextual-briefings/settings', settings: { density: 'every', pausedSites: ['example.com'] } });

    // Reset asks first; Cancel keeps everything.
    expect(await options.evaluate(clickButton, 'Reset to defaults')).toBe(true);
    const question = await waitForPage(options, () => document.querySelector('.cb-transfer [role="group"]')?.getAttribute('aria-label'), undefined, { message: 'the confirm step' });
    expect(question).toMatch(/^Reset every setting to its default\?/);
    // Focus moves to Cancel, so a stray Enter does nothing harmful.
    await waitForPage(options, () => document.activeElement?.textContent === 'Cancel', undefined, { timeout: 2_000, message: 'focus on Cancel' });
    expect(await options.evaluate(clickButton, 'Cancel')).toBe(true);
    expect(await options.evaluate(checkedRadio, 'density')).toBe('every');

    expect(await options.evaluate(clickButton, 'Reset to defaults')).toBe(true);
    await waitForPage(options, () => document.querySelector('.cb-transfer [role="group"]') !== null, undefined, { message: 'the confirm step' });
    expect(await options.evaluate(clickButton, 'Yes, reset')).toBe(true);
    await waitForPage(options, () => document.querySelector('.cb-transfer [role="status"]')?.textContent === 'Settings reset to their defaults.', undefined, {
      message: 'the reset message',
    });
    expect(await options.evaluate(checkedRadio, 'density')).toBe('first-per-block');
    expect(await options.evaluate(() => document.querySelector('ul[aria-label="Paused sites"]'))).toBeNull();
    // Packs are kept by a settings reset.
    expect(await options.evaluate(listedPackIds)).toEqual(['belousov-putin-india-visits', 'e2e-harbour-story']);
    await tab.bringToFront();
    await waitForPage(tab, () => [...(CSS.highlights.get('cb-person') ?? [])].filter((r) => document.getElementById('repeated')!.contains(r.startContainer)).length === 1, undefined, {
      message: 'first mention only after the reset',
    });

    // Importing the exported file brings both settings back.
    const saved = path.join(scratch, exported.name);
    fs.writeFileSync(saved, exported.text);
    await options.bringToFront();
    await options.uploadFiles('.cb-transfer input[type="file"]', [saved]);
    await waitForPage(options, () => document.querySelector('.cb-transfer [role="status"]')?.textContent === 'Settings imported from contextual-briefings-settings.json.', undefined, {
      message: 'the import message',
    });
    await waitForPage(options, () => document.querySelector('ul[aria-label="Paused sites"]')?.textContent?.includes('example.com') ?? false, undefined, {
      message: 'example.com paused again',
    });
    expect(await options.evaluate(checkedRadio, 'density')).toBe('every');
    await tab.bringToFront();
    await waitForPage(tab, () => [...(CSS.highlights.get('cb-person') ?? [])].filter((r) => document.getElementById('repeated')!.contains(r.startContainer)).length === 3, undefined, {
      message: 'every mention after the import',
    });
    expect(await tab.evaluate(highlightsInBlock, 'imported')).toEqual({ 'cb-person': 1 });
    expect(await tab.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  e2eTest('a settings file with an unknown value is refused, naming the field, and changes nothing', async () => {
    const bad = path.join(scratch, 'bad-settings.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'contextual-briefings/settings', version: 2, settings: { density: 'sometimes' } }));
    await options.bringToFront();
    await options.uploadFiles('.cb-transfer input[type="file"]', [bad]);
    const alert = await waitForPage(options, () => document.querySelector('.cb-transfer [role="alert"]')?.textContent, undefined, { message: 'the refusal' });
    expect(alert).toContain('bad-settings.json: This settings file has a setting this version cannot use. Your settings are unchanged.');
    // The field, behind the toggle.
    expect(await options.evaluate(() => document.querySelector('.cb-transfer [role="alert"] details')?.textContent)).toContain('settings.density');
    expect(await options.evaluate(checkedRadio, 'density')).toBe('every');
    expect(options.errors).toEqual([]);
    expect(tab.errors).toEqual([]);
    expect(browser.network.reached).toEqual([]);
  });
});
