/**
 * The interface in Russian and Hindi, in the real browsers: choosing the language in the options
 * page turns the options page itself, the popup, the card on a web page and the side panel into
 * that language (the card's messages reach the content script through the background), with the
 * pack's names left as they are. In each, axe finds no violation of any impact, and no
 * control's or heading's text runs out of its box (the longer Russian and Hindi words included).
 * With nothing chosen, a browser started in Russian or Hindi gets the extension in its language.
 */
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { CARD_CONTEXT, injectAxe, axeViolations } from './support/axe-checks';
import { hoverCard } from './support/dynamic-checks';
import { e2eTest } from './support/e2e-test';
import { launchBrowser } from './support/launch';
import { openPopupFor } from './support/popup-page';
import { openPanelBeside } from './support/side-panel-page';
import { sleep, waitForPage, type E2eBrowser, type E2ePage } from './support/session';

interface Expected {
  code: 'ru' | 'hi';
  /** The option's own text in the language picker. */
  option: string;
  options: { heading: string; switchLabel: string };
  popup: { switchLabel: string; mentionsHeading: string; countPattern: RegExp };
  card: { kind: string; close: string; pause: string };
  panel: { mentionsHeading: string; sentencesHeading: string; settings: string };
}

const LANGUAGES: Expected[] = [
  {
    code: 'ru',
    option: 'Русский',
    options: { heading: 'Выделение', switchLabel: 'Показывать справки на веб-страницах' },
    popup: { switchLabel: 'Показывать справки', mentionsHeading: 'На этой странице', countPattern: /^\d+ упоминани(е|я|й)$/ },
    card: { kind: 'Человек', close: 'Закрыть справку', pause: 'Приостановить на этом сайте' },
    panel: { mentionsHeading: 'На этой странице', sentencesHeading: 'Что о них говорит эта страница', settings: 'Настройки' },
  },
  {
    code: 'hi',
    option: 'हिन्दी',
    options: { heading: 'हाइलाइटिंग', switchLabel: 'वेब पेजों पर जानकारी दिखाएँ' },
    popup: { switchLabel: 'जानकारी दिखाएँ', mentionsHeading: 'इस पेज पर', countPattern: /^\d+ उल्लेख$/ },
    card: { kind: 'व्यक्ति', close: 'जानकारी बंद करें', pause: 'इस साइट पर रोकें' },
    panel: { mentionsHeading: 'इस पेज पर', sentencesHeading: 'यह पेज उनके बारे में क्या कहता है', settings: 'सेटिंग्स' },
  },
];

/** Chooses the option with text `label` in the language picker, as a change of the select. */
const chooseLanguage = (label: string): boolean => {
  const select = document.querySelector<HTMLSelectElement>('select.cb-language__select');
  const option = [...(select?.options ?? [])].find((candidate) => candidate.text === label);
  if (!select || !option) return false;
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
};

/** The page's language, its panel headings and its labels, as a reader (or a screen reader) meets them. */
const pageWords = () => ({
  lang: document.documentElement.lang,
  title: document.title,
  headings: [...document.querySelectorAll('h1, h2')].map((h) => (h.textContent ?? '').trim()),
  labels: [...document.querySelectorAll('label, .cb-switch__label')].map((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim()),
});

/**
 * Text that runs out of its box sideways (cut off, or over its neighbour): block-level text and
 * controls in `root` (the document, or the card's shadow root) whose content is wider than they
 * are, and a document wider than its window.
 */
const overflowing = (inCard: boolean): string[] => {
  const root: ParentNode | null | undefined = inCard ? document.querySelector('cb-briefing-host')?.shadowRoot : document;
  if (!root) return ['(no root)'];
  const selector = 'button, label, legend, h1, h2, h3, p, dt, dd, li, select, .cb-chip, .cb-pack__badge, .cb-mention__name, .cb-mention__count, .cb-switch__label';
  const found = [...root.querySelectorAll<HTMLElement>(selector)]
    // Text kept for screen readers only sits in a 1 px box on purpose.
    .filter((el) => !el.closest('.cb-visually-hidden') && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length > 0)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`);
  if (!inCard && document.documentElement.scrollWidth > window.innerWidth) found.push(`document ${document.documentElement.scrollWidth}>${window.innerWidth}`);
  return found;
};

/** The card's language and words, read from its shadow root once it has been announced. */
const cardWords = () => {
  const shadow = document.querySelector('cb-briefing-host')?.shadowRoot;
  const layer = shadow?.querySelector<HTMLElement>('.cb-layer');
  if (!shadow?.querySelector('.cb-announce')?.textContent) return null;
  return {
    lang: layer?.lang ?? null,
    kind: shadow?.querySelector('.cb-chip')?.textContent ?? null,
    name: shadow?.querySelector('.cb-card__name')?.textContent ?? null,
    close: shadow?.querySelector('.cb-card__close')?.getAttribute('aria-label') ?? null,
    actions: shadow?.querySelector('.cb-card__actions')?.textContent ?? null,
    announced: shadow?.querySelector('.cb-announce')?.textContent ?? null,
  };
};

/** The side panel's language and words, once it lists the page's mentions and quotes its sentences. */
const panelWords = (code: string) => {
  if (document.documentElement.lang !== code || document.querySelectorAll('.cb-sentences q').length === 0) return null;
  return {
    headings: [...document.querySelectorAll('h2')].map((h) => (h.textContent ?? '').trim()),
    buttons: [...document.querySelectorAll('button')].map((b) => (b.textContent ?? '').trim()),
    names: [...document.querySelectorAll('.cb-panel-mention h3')].map((h) => h.textContent),
  };
};

/** The side panel beside mentions.html, in `language`: its words, nothing overflowing, axe clean. */
async function expectPanelIn(browser: E2eBrowser, tab: E2ePage, url: string, language: Expected): Promise<void> {
  await tab.goto(url);
  await waitForPage(tab, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000, message: 'person highlights' });
  const panel = await openPanelBeside(browser, tab, url);
  const words = await waitForPage(panel, panelWords, language.code, { timeout: 10_000, message: `the side panel in ${language.code}, filled` });
  expect(words.headings).toEqual(expect.arrayContaining([language.panel.mentionsHeading, language.panel.sentencesHeading]));
  expect(words.buttons).toContain(language.panel.settings);
  // The pack's names stay as the story writes them.
  expect(words.names).toContain('Vladimir Putin');
  await expectReadableAndClose(panel);
}

/** An extension page, settled: nothing runs out of its box, axe finds nothing, no errors; then closed. */
async function expectReadableAndClose(page: E2ePage): Promise<void> {
  await sleep(300);
  expect(await page.evaluate(overflowing, false)).toEqual([]);
  await expectAccessible(page, null);
  expect(page.errors).toEqual([]);
  await page.close();
}

/**
 * Makes `language` the chosen one, through the options page as a reader does, unless it already
 * is: each test stands on its own, whichever ran before it in the shared browser.
 */
async function ensureChosen(browser: E2eBrowser, language: Expected): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  await waitForPage(options, () => document.querySelector('select.cb-language__select') !== null, undefined, { message: 'the options page’s language picker' });
  if ((await options.evaluate(() => document.documentElement.lang)) !== language.code) {
    expect(await options.evaluate(chooseLanguage, language.option)).toBe(true);
    await waitForPage(options, (code) => (document.documentElement.lang === code ? true : null), language.code, { message: `options.html in ${language.code}` });
  }
  await options.close();
}

async function expectAccessible(page: E2ePage, include: unknown[] | null): Promise<void> {
  await injectAxe(page);
  const findings = await page.evaluate(axeViolations, { include });
  expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
}

describe.each(BROWSER_NAMES)('%s: the interface in Russian and Hindi', (name) => {
  e2eTest.override('browserName', name);

  describe.each(LANGUAGES)('$code', (language) => {
    e2eTest(`choosing ${language.option} in the options page turns the options page into it`, async ({ browser }) => {
      const options = await browser.openExtensionPage('options.html');
      await waitForPage(options, () => document.querySelector('select.cb-language__select') !== null && document.querySelectorAll('[data-pack-id]').length > 0, undefined, {
        message: 'the options page with its language picker',
      });
      expect(await options.evaluate(chooseLanguage, language.option)).toBe(true);
      const words = await waitForPage(options, (code) => (document.documentElement.lang === code ? true : null), language.code, { message: `options.html in ${language.code}` }).then(() =>
        options.evaluate(pageWords),
      );
      expect(words.headings).toContain(language.options.heading);
      expect(words.labels).toContain(language.options.switchLabel);
      expect(words.headings).toContain('Contextual Briefings');
      await expectReadableAndClose(options);
    });

    e2eTest(`the popup speaks ${language.option}, over a page's mentions`, async ({ server, browser, page: tab }) => {
      await ensureChosen(browser, language);
      await tab.goto(server.url('mentions.html'));
      await waitForPage(tab, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000, message: 'person highlights' });
      const popup = await openPopupFor(browser, tab);
      const mentions = await waitForPage(
        popup,
        (code) =>
          document.documentElement.lang === code && document.querySelectorAll('.cb-mention').length > 0
            ? [...document.querySelectorAll('.cb-mention')].map((button) => ({
                name: button.querySelector('.cb-mention__name')?.textContent,
                nameLang: button.querySelector('.cb-mention__name')?.getAttribute('lang'),
                count: button.querySelector('.cb-mention__count')?.textContent ?? '',
                described: document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
              }))
            : null,
        language.code,
        { message: `popup.html in ${language.code}, listing the page's mentions` },
      );
      const words = await popup.evaluate(pageWords);
      expect(words.labels).toContain(language.popup.switchLabel);
      expect(words.headings).toContain(language.popup.mentionsHeading);
      // The pack's names as written, marked as English; the counts in the interface's language.
      expect(mentions.map((mention) => mention.name)).toContain('Vladimir Putin');
      for (const mention of mentions) {
        expect(mention.nameLang).toBe('en');
        expect(mention.count).toMatch(language.popup.countPattern);
        expect(mention.described.length).toBeGreaterThan(20);
      }
      await expectReadableAndClose(popup);
    });

    e2eTest(`the card on a web page speaks ${language.option}, the pack’s names as written`, async ({ server, browser, page: tab }) => {
      await ensureChosen(browser, language);
      await tab.goto(server.url('options-flows.html'));
      await hoverCard(tab, 'modi', 'Modi', 'narendra-modi');
      const card = await waitForPage(tab, cardWords, undefined, { message: 'the card’s words' });
      expect(card).toMatchObject({ lang: language.code, kind: language.card.kind, name: 'Narendra Modi', close: language.card.close });
      expect(card.actions).toContain(language.card.pause);
      expect(card.announced).toContain('Narendra Modi');
      await sleep(400); // past the fade-in, so contrast is measured on the final colours
      expect(await tab.evaluate(overflowing, true)).toEqual([]);
      await expectAccessible(tab, CARD_CONTEXT);
    });

    e2eTest(`the side panel speaks ${language.option}`, async ({ server, browser, page: tab }) => {
      await ensureChosen(browser, language);
      await expectPanelIn(browser, tab, server.url('mentions.html'), language);
    });
  });

  // Nothing chosen: a browser whose own interface is in Russian or Hindi (Debian's language packs,
  // scripts/ensure-browsers.mjs) gets the extension in that language.
  describe.each(LANGUAGES)('a browser in $code', (language) => {
    e2eTest(`with nothing chosen, the popup, the card and the side panel follow the browser into ${language.option}`, async ({ server }) => {
      const browser = await launchBrowser(name, { locale: language.code });
      try {
        const popup = await browser.openExtensionPage('popup.html');
        await popup.setViewport(400, 600);
        await waitForPage(popup, (code) => (document.documentElement.lang === code && document.querySelector('.cb-mentions h2') !== null ? true : null), language.code, {
          message: `popup.html in the browser's ${language.code}`,
        });
        expect((await popup.evaluate(pageWords)).headings).toContain(language.popup.mentionsHeading);
        await popup.close();

        const tab = await browser.newPage();
        await tab.goto(server.url('options-flows.html'));
        await hoverCard(tab, 'modi', 'Modi', 'narendra-modi');
        expect(await waitForPage(tab, cardWords, undefined, { message: 'the card’s words' })).toMatchObject({ lang: language.code, kind: language.card.kind, name: 'Narendra Modi' });

        await expectPanelIn(browser, tab, server.url('mentions.html'), language);
      } finally {
        await browser.close();
      }
    });
  });
});
