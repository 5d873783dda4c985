import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_FILE_BYTES, articleFileRefusal, readArticleFile } from './article-file';

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

  it('takes an HTML page’s paragraphs as the text and its <h1> as the headline', async () => {
    const article = await readArticleFile(new File(['<title>Site</title><h1>Ferry plan</h1><script>x()</script><p>Mayor <b>Helen</b> Okafor spoke.</p>'], 'story.HTM'));
    expect(article).toEqual({ headline: 'Ferry plan', text: 'Ferry plan\nMayor Helen Okafor spoke.', error: null });
  });

  it('says so when there is no text to draft from', async () => {
    expect((await readArticleFile(new File(['<title>Empty</title><script>x()</script>'], 'empty.html'))).error).toBe('empty');
    expect((await readArticleFile(new File([' \n '], 'blank.txt'))).error).toBe('empty');
  });
});
