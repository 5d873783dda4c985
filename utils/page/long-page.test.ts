/** isLongPage: read from the navigation entry's decoded body size; no entry is not long. */
import { describe, expect, it } from 'vitest';
import { isLongPage, LONG_PAGE_BYTES } from './long-page';

const perfWith = (entries: object[]) => ({ getEntriesByType: (type: string) => (type === 'navigation' ? entries : []) }) as unknown as Performance;

describe('isLongPage', () => {
  it('is true above the threshold and false at or below it', () => {
    expect(isLongPage(perfWith([{ decodedBodySize: 4 * 1024 * 1024 }]))).toBe(true);
    expect(isLongPage(perfWith([{ decodedBodySize: LONG_PAGE_BYTES }]))).toBe(false);
    expect(isLongPage(perfWith([{ decodedBodySize: 20_000 }]))).toBe(false);
  });

  it('is false without a navigation entry or its size', () => {
    expect(isLongPage(perfWith([]))).toBe(false);
    expect(isLongPage(perfWith([{}]))).toBe(false);
  });
});
