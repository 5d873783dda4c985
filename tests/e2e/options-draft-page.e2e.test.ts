/**
 * A saved article page dropped on the options page's drafter is read as the popup reads a tab:
 * Mozilla Readability finds the article (its paragraphs, not the site's navigation), its title and
 * site become the draft's title and story line, and the draft names the article's people. A page
 * with no article is refused with the reason, and the box keeps what it held.
 */
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { fixturesDir } from './support/paths';
import { waitForPage } from './support/session';

const BBC = path.join(fixturesDir, 'pages', 'bbc-1.html');
const NOT_ARTICLE = path.join(fixturesDir, 'touch.html');

/** The article box's text, once it holds `start`. */
const articleBoxHolding = (start: string) => {
  const value = (document.querySelector('.cb-drafter__text') as HTMLTextAreaElement | null)?.value ?? '';
  return value.includes(start) ? value : null;
};

describe.each(BROWSER_NAMES)('%s: drafting from a saved page in the options page', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('refuses a page with no article, then reads the article Readability finds and drafts its people', async ({ browser }) => {
    const options = await browser.openExtensionPage('options.html');
    await waitForPage(options, () => document.querySelector('.cb-drafter input[type="file"]') !== null, undefined, { message: 'the drafter’s file input' });
    await options.uploadFiles('.cb-drafter input[type="file"]', [NOT_ARTICLE]);
    const alert = await waitForPage(options, () => document.querySelector('.cb-drafter [role="alert"]')?.textContent ?? null, undefined, { message: 'the refusal' });
    expect(alert).toMatch(/^touch\.html: This page does not look like an article/);
    await options.uploadFiles('.cb-drafter input[type="file"]', [BBC]);
    const text = await waitForPage(options, articleBoxHolding, 'President Barack Obama', { timeout: 15_000, message: 'the article in the box' });
    expect(text.startsWith('President Barack Obama has admitted that his failure to pass')).toBe(true);
    // The site's navigation is not the article.
    expect(text).not.toMatch(/BBC navigation/);

    await options.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Draft a pack')!.click());
    const people = await waitForPage(
      options,
      () => {
        const names = [...document.querySelectorAll('.cb-review__entity .cb-review__name')].map((el) => el.textContent?.trim() ?? '');
        return names.length > 0 ? names : null;
      },
      undefined,
      { timeout: 30_000, message: 'the review with the drafted people' },
    );
    expect(people.join(' ')).toContain('Barack Obama');
    expect(options.errors).toEqual([]);

    await options.close();
  });
});
