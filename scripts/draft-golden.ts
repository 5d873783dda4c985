/**
 * Writes the golden drafts (tests/fixtures/draft-golden/*.json): `draftPack`'s pack and diagnostics
 * for each text in tests/support/draft-golden-cases.ts. Run only to change what is drafted on
 * purpose: `npx tsx scripts/draft-golden.ts`; utils/draft/draft-golden.test.ts compares with them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { GOLDEN_CASES, GOLDEN_DIR, goldenDraft, goldenFile } from '../tests/support/draft-golden-cases';

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const goldenCase of GOLDEN_CASES) {
  const result = goldenDraft(goldenCase);
  writeFileSync(goldenFile(goldenCase.name), `${JSON.stringify(result, null, 1)}\n`);
  console.log(`${goldenCase.name}: ${result.pack.entities.length} entities`);
}
