import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOffline, type OfflineDocument } from '@/scripts/offline-dom';
import { articleText } from '../draft/article-text';
import { extractArticle, languageRefusal, MAX_WORDS, MIN_WORDS, type ExtractedArticle } from './extract-article';

const PAGES = resolve(__dirname, '../../tests/fixtures/pages');
// Saved pages refer to stylesheets, scripts and frames on the web: parsed offline, never fetched.
const opened: OfflineDocument[] = [];
const parse = (html: string) => {
  const page = parseOffline(html);
  opened.push(page);
  return page.document;
};
afterAll(async () => {
  expect(opened.flatMap((page) => page.refused)).toEqual([]);
  await Promise.all(opened.map((page) => page.close()));
});
const savedPage = (name: string) => parse(readFileSync(resolve(PAGES, `${name}.html`), 'utf8'));

function article(doc: Document): ExtractedArticle {
  const result = extractArticle(doc);
  if (!result.ok) throw new Error(`refused: ${result.kind}`);
  return result.article;
}

/** A page of `count` paragraphs, each a different sentence of 48 words. */
function pageOf(count: number, lang = 'en'): string {
  const paragraphs = Array.from(
    { length: count },
    (_, i) =>
      `<p>In the report number ${i}, the minister said that the council had met on the morning of the vote and that the members were ` +
      `asked to consider the budget, the harbour works and the plan for the new bridge across the river before the end of the year.</p>`,
  );
  return `<!doctype html><html lang="${lang}"><head><title>Council report</title></head><body><nav><a href="/">Home</a></nav><article><h1>Council report</h1>${paragraphs.join('')}</article></body></html>`;
}

describe('extractArticle on saved real pages', () => {
  it('reads the BBC story’s prose and metadata, not its menus and related links', () => {
    const doc = savedPage('bbc-1');
    const found = article(doc);
    expect(found.title).toBe('Obama admits US gun laws are his \'biggest frustration\'');
    expect(found.siteName).toBe('BBC News');
    expect(found.publishedTime).toBe('2015-07-24T05:36:09+01:00');
    expect(found.lang).toBe('en');
    expect(found.paragraphs[0]).toMatch(/^President Barack Obama has admitted that his failure to pass "common sense gun safety laws"/);
    const everyBlock = articleText(doc).paragraphs;
    for (const chrome of ['Skip to content', 'BBC navigation', 'Sign in']) {
      expect(everyBlock).toContain(chrome);
      expect(found.paragraphs).not.toContain(chrome);
    }
    expect(found.wordCount).toBeGreaterThan(700);
  });

  it('takes the byline and the headline without the author the page title appends', () => {
    const found = article(savedPage('guardian-1'));
    expect(found.byline).toBe('Eleanor Ainge Roy');
    expect(found.title).toBe('\'What is the sea telling us?\': Māori tribes fearful over whale strandings');
    expect(found.siteName).toBe('the Guardian');
  });

  it('leaves the page itself as it was', () => {
    const doc = savedPage('ars-1');
    const before = doc.documentElement.outerHTML;
    article(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a page with no language tag as English when its words are', () => {
    const found = article(savedPage('medium-1'));
    expect(found.lang).toBeUndefined();
    expect(found.byline).toBe('Pippin Lee');
  });

  it.each([
    ['lemonde-1', 'fr'],
    ['folha', 'pt'],
  ])('refuses %s: the drafter reads only English', (name, language) => {
    expect(extractArticle(savedPage(name))).toEqual({ ok: false, kind: 'language', language });
  });

  it('refuses French by its words when the page states no language', () => {
    const doc = savedPage('lemonde-1');
    doc.documentElement.removeAttribute('lang');
    for (const meta of [...doc.querySelectorAll('meta[property="og:locale"], meta[http-equiv]')]) meta.remove();
    expect(extractArticle(doc)).toEqual({ ok: false, kind: 'language' });
  });
});

describe('extractArticle refusals', () => {
  it('refuses a page that is not an article', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join('');
    expect(extractArticle(parse(`<html lang="en"><body><h1>Front page</h1><ul>${links}</ul></body></html>`))).toEqual({ ok: false, kind: 'not-article' });
  });

  it('refuses an article too short to brief from, saying the limit', () => {
    expect(extractArticle(parse(pageOf(3)))).toEqual({
      ok: false,
      kind: 'too-short',
      count: 144,
      limit: MIN_WORDS,
    });
  });

  it('refuses an article too long to draft, saying the limit', () => {
    const result = extractArticle(parse(pageOf(500)));
    expect(result).toEqual({ ok: false, kind: 'too-long', count: 24_000, limit: MAX_WORDS });
  });

  it('takes an article between the limits', () => {
    const found = article(parse(pageOf(10)));
    expect(found).toMatchObject({ title: 'Council report', wordCount: 480, lang: 'en' });
    expect(found.paragraphs).toHaveLength(10);
  });

  it('drops figure captions and credits from the article', () => {
    const html = pageOf(6).replace('</h1>', '</h1><figure><img src="x.jpg"><figcaption>Jane Roe, the mayor, in 2019. Photo: John Doe/Agency</figcaption></figure>');
    expect(article(parse(html)).paragraphs.join(' ')).not.toMatch(/Jane Roe|John Doe/);
  });

  it('joins a name split by a soft hyphen', () => {
    const html = pageOf(6).replace('the minister said', 'the minister Jacinta Ar\u00addern said');
    expect(article(parse(html)).paragraphs.join(' ')).toContain('Jacinta Ardern');
  });
});

describe('languageRefusal', () => {
  it('trusts the page’s tag', () => {
    expect(languageRefusal('en-GB', ['Le chat'])).toBeNull();
    expect(languageRefusal('de-AT', ['The cat'])).toEqual({ kind: 'language', language: 'de' });
  });
});
