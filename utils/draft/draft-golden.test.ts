/**
 * Drafting is deterministic and must not change by accident (making it faster, say): each golden
 * text drafts exactly the pack and diagnostics kept in tests/fixtures/draft-golden/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, goldenFile } from '../../tests/support/draft-golden-cases';
import { draftPack } from './draft-pack';

describe('golden drafts', () => {
  for (const { name, load } of GOLDEN_CASES) {
    it(`drafts ${name} as before`, () => {
      const { text, title } = load();
      const expected: unknown = JSON.parse(readFileSync(goldenFile(name), 'utf8'));
      expect(JSON.parse(JSON.stringify(draftPack(text, { title })))).toEqual(expected);
    }, 60_000);
  }
});
