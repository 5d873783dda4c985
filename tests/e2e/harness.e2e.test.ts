/**
 * The harness itself: both browsers launch with the built extension, pages come from 127.0.0.1
 * with the CSP header, drivers evaluate in the page's main world, and nothing reaches a real host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { bundledArticleFile, fixturesDir } from './support/paths';
import { DEFAULT_CSP, STRICT_CSP } from './support/server';

describe('fixture server', () => {
  e2eTest('serves fixtures and saved pages from 127.0.0.1 with a local-only CSP', async ({ server }) => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const fixture = await fetch(server.url('mentions.html'));
    expect(fixture.status).toBe(200);
    expect(fixture.headers.get('content-security-policy')).toBe(DEFAULT_CSP);
    const saved = await fetch(server.url('pages/nytimes-1.html'));
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Putin');
    const strict = await fetch(server.url('strict-csp.strict-csp.html'));
    expect(strict.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect((await fetch(server.url('../package.json'))).status).toBe(404);
    expect((await fetch(server.url('pages/..%2F..%2Fmain%2Fpackage.json'))).status).toBe(404);
    expect(server.requests.map((r) => r.url)).toContain('/mentions.html');
  });

  e2eTest('fixtures we wrote reference nothing outside the page', () => {
    const files = fs.readdirSync(fixturesDir, { withFileTypes: true }).filter((entry) => entry.isFile());
    for (const { name: file } of files) {
      const text = fs.readFileSync(path.join(fixturesDir, file), 'utf8');
      expect({ file, urls: text.match(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi) ?? [] }).toEqual({ file, urls: [] });
    }
  });

  e2eTest('the demo article carries the bundled article verbatim', () => {
    const article = fs.readFileSync(bundledArticleFile, 'utf8');
    const demo = fs.readFileSync(path.join(fixturesDir, 'demo-article.html'), 'utf8');
    for (const sentence of article.trim().split('\n')) expect(demo).toContain(sentence);
    expect(demo).toContain('Demo page');
  });
});

describe.each(BROWSER_NAMES)('%s harness', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('loads the built extension and can open its pages', async ({ browser, page }) => {
    expect(browser.extensionBaseUrl).toMatch(/^(chrome|moz)-extension:\/\/[a-z0-9-]+\/$/);
    await page.goto(`${browser.extensionBaseUrl}manifest.json`);
    const manifest = JSON.parse(await page.evaluate(() => document.body.textContent ?? '')) as {
      name: string;
      description: string;
      commands: Record<string, { description?: string }>;
    };
    // The name, the description and the shortcuts' descriptions are the locale files' (the browser
    // shows them in its own language), and every locale has each of them.
    expect(manifest.name).toBe('__MSG_extName__');
    const shown = [manifest.name, manifest.description, ...Object.values(manifest.commands).map((command) => command.description ?? '')];
    expect(shown).toHaveLength(4);
    for (const locale of ['en', 'ru', 'hi']) {
      await page.goto(`${browser.extensionBaseUrl}_locales/${locale}/messages.json`);
      const messages = JSON.parse(await page.evaluate(() => document.body.textContent ?? '')) as Record<string, { message: string }>;
      if (locale === 'en') expect(messages.extName?.message).toBe('Contextual Briefings');
      for (const text of shown) expect(messages[/^__MSG_(\w+)__$/.exec(text)?.[1] ?? '']?.message, `${locale}: ${text}`).toBeTruthy();
    }
  });

  e2eTest('evaluates in the main world of a fixture page', async ({ server, page }) => {
    await page.goto(server.url('mentions.html'));
    const snapshot = await page.evaluate(() => (window as unknown as { __bodyAtDomContentLoaded?: string }).__bodyAtDomContentLoaded ?? null);
    expect(snapshot).toContain('Vladimir Putin spoke to reporters');
    expect(page.errors).toEqual([]);
  });

  e2eTest('aborts every request that is not for 127.0.0.1', async ({ browser, page }) => {
    const before = browser.network.blocked.length;
    await expect(page.goto('http://example.com/')).rejects.toThrow();
    await expect(page.goto('https://www.example.org/a.png')).rejects.toThrow();
    expect(browser.network.blocked.slice(before)).toEqual(['http://example.com/', 'https://www.example.org/a.png']);
    expect(browser.network.reached).toEqual([]);
  });
});
