import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_FILE_BYTES, articleFileRefusal, readArticleFile } from './article-file';

describe('articleFileRefusal', () => {
  it.each([
    ['story.txt', 10, null],
    ['Story.HTML', 10, null],
    ['story.htm', MAX_ARTICLE_FILE_BYTES, null],
    ['story.pdf', 10, 'story.pdf is not a .txt or .html file.'],
    ['story.txt.gz', 10, 'story.txt.gz is not a .txt or .html file.'],
    ['story', 10, 'story is not a .txt or .html file.'],
    ['huge.html', 12 * 1024 * 1024, 'huge.html is too large (12 MB) to be an article.'],
  ])('%s of %i bytes → %s', (name, size, refusal) => {
    expect(articleFileRefusal({ name, size })).toBe(refusal);
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
    expect((await readArticleFile(new File(['<title>Empty</title><script>x()</script>'], 'empty.html'))).error).toBe('empty.html has no text to draft from.');
    expect((await readArticleFile(new File([' \n '], 'blank.txt'))).error).toBe('blank.txt has no text to draft from.');
  });
});
