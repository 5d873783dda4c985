/**
 * Drafting is deterministic and must not change by accident (making it faster, say): each golden
 * text drafts exactly the pack and diagnostics kept in tests/fixtures/draft-golden/ (notes worded
 * in English, see `goldenDraft`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, goldenDraft, goldenFile } from '../../tests/support/draft-golden-cases';

describe('golden drafts', () => {
  for (const goldenCase of GOLDEN_CASES) {
    it(`drafts ${goldenCase.name} as before`, () => {
      const expected: unknown = JSON.parse(readFileSync(goldenFile(goldenCase.name), 'utf8'));
      expect(JSON.parse(JSON.stringify(goldenDraft(goldenCase)))).toEqual(expected);
    }, 60_000);
  }
});
