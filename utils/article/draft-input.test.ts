import { describe, expect, it } from 'vitest';
import { draftInputOf } from './draft-input';
import type { ExtractedArticle } from './extract-article';

const base: ExtractedArticle = { title: 'Ferry plan', paragraphs: ['One.', 'Two.'], wordCount: 2 };

describe('draftInputOf', () => {
  it('gives the paragraphs one per line, the title, site · author and the day published', () => {
    expect(draftInputOf({ ...base, siteName: 'Harbour News', byline: 'By Jane Doe', publishedTime: '2019-01-03T07:00:02.000Z' })).toEqual({
      text: 'One.\nTwo.',
      title: 'Ferry plan',
      source: 'Harbour News · Jane Doe',
      published: '2019-01-03',
    });
  });

  it('says the site once when the byline is the site', () => {
    expect(draftInputOf({ ...base, siteName: 'BBC News', byline: 'BBC News' }).source).toBe('BBC News');
  });

  it('falls back to the address, and leaves out a time it cannot read as a day', () => {
    expect(draftInputOf({ ...base, url: 'https://news.example/a', publishedTime: 'yesterday' })).toEqual({ text: 'One.\nTwo.', title: 'Ferry plan', source: 'https://news.example/a' });
    expect(draftInputOf(base)).toEqual({ text: 'One.\nTwo.', title: 'Ferry plan' });
  });
});
