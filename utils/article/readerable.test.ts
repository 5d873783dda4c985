import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isProbablyReaderable as fromIndex } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseOffline } from '@/scripts/offline-dom';
import { isProbablyReaderable } from './readerable';

const parse = (html: string) => parseOffline(html).document;

describe('isProbablyReaderable on its own', () => {
  it('is the package’s test: yes for a saved article, no for a list of links', () => {
    expect(isProbablyReaderable).toBe(fromIndex);
    expect(isProbablyReaderable(parse(readFileSync(resolve(__dirname, '../../tests/fixtures/pages/bbc-1.html'), 'utf8')))).toBe(true);
    expect(isProbablyReaderable(parse('<body><ul><li><a href="/a">A story</a></li></ul></body>'))).toBe(false);
  });
});
