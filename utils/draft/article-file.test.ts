import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_FILE_BYTES, articleFileRefusal, readArticleFile, withoutInlineHandlers } from './article-file';

describe('articleFileRefusal', () => {
  it.each([
    ['story.txt', 10, null],
    ['Story.HTML', 10, null],
    ['story.htm', MAX_ARTICLE_FILE_BYTES, null],
    ['story.pdf', 10, { kind: 'not-text' }],
    ['story.txt.gz', 10, { kind: 'not-text' }],
    ['story', 10, { kind: 'not-text' }],
    ['huge.html', 12 * 1024 * 1024, { kind: 'too-large', megabytes: 12 }],
  ])('%s of %i bytes → %s', (name, size, refusal) => {
    expect(articleFileRefusal({ name, size })).toEqual(refusal);
  });
});

describe('readArticleFile', () => {
  it('takes a text file whole, with no headline', async () => {
    expect(await readArticleFile(new File(['<h1>Not a tag here</h1>\nPutin will visit India.'], 'story.txt'))).toEqual({
      text: '<h1>Not a tag here</h1>\nPutin will visit India.',
      error: null,
    });
  });

  it('reads a saved page as the popup does: the article Readability finds, its title, site · author and day', async () => {
    const paragraph = (n: number) => `<p>Mayor <b>Helen</b> Okafor said the ferry service would begin in the spring, with ${n} crossings a day between the two harbours and a new pier for the island's schools.</p>`;
    const page =
      '<html lang="en"><head><title>Ferry plan | Harbour News</title><meta property="og:site_name" content="Harbour News">' +
      '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2025-12-04T09:30:00Z"></head><body>' +
      '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>' +
      '<article><h1>Ferry plan</h1>' + Array.from({ length: 8 }, (_, n) => paragraph(n + 10)).join('') +
      '<figure><img src="f.jpg" alt=""><figcaption>Photo: Pat Lenz for Harbour News</figcaption></figure></article>' +
      '<aside><h2>Related</h2><a href="/x">Councillor Bram Ode resigns</a></aside></body></html>';
    const article = await readArticleFile(new File([page], 'story.HTM'));
    expect(article.error).toBeNull();
    expect(article.headline).toBe('Ferry plan');
    expect(article.source).toBe('Harbour News · Jane Doe');
    expect(article.published).toBe('2025-12-04');
    expect(article.text).toContain('Mayor Helen Okafor said the ferry service would begin in the spring');
    // Menus, photo credits and related links are not the article.
    expect(article.text).not.toMatch(/Home News|Pat Lenz|Bram Ode/);
  });

  it('refuses a page with no article in it, saying why', async () => {
    const article = await readArticleFile(new File(['<title>Menu</title><nav><a href="/">Home</a></nav><p>Short.</p>'], 'menu.html'));
    expect(article).toEqual({ text: '', error: { kind: 'not-article' } });
  });

  it('says so when a text file has nothing to draft from', async () => {
    expect((await readArticleFile(new File([' \n '], 'blank.txt'))).error).toBe('empty');
  });
});

describe('withoutInlineHandlers', () => {
  it('renames every inline handler inside start tags, and leaves text alone', () => {
    const html = '<img src="a.png" onerror="x()" onload=\'y()\'><p onclick = "z()">Talks went on=and on, said the envoy; ONE onion.</p><body ONLOAD="w()">';
    expect(withoutInlineHandlers(html)).toBe(
      '<img src="a.png" data-onerror="x()" data-onload=\'y()\'><p data-onclick = "z()">Talks went on=and on, said the envoy; ONE onion.</p><body data-onLOAD="w()">',
    );
  });

  it('keeps attributes that merely start with the letters "on" inside a name only as handlers do', () => {
    expect(withoutInlineHandlers('<div class="one" data-on="1" aria-label="on air">on</div>')).toBe('<div class="one" data-on="1" aria-label="on air">on</div>');
  });
});

