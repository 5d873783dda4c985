/**
 * Writes the golden drafts (tests/fixtures/draft-golden/*.json): `draftPack`'s pack and diagnostics
 * for each text in tests/support/draft-golden-cases.ts. Run only to change what is drafted on
 * purpose: `npx tsx scripts/draft-golden.ts`; utils/draft/draft-golden.test.ts compares with them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { GOLDEN_CASES, GOLDEN_DIR, goldenFile } from '../tests/support/draft-golden-cases';
import { draftPack } from '../utils/draft/draft-pack';

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const { name, load } of GOLDEN_CASES) {
  const { text, title } = load();
  const result = draftPack(text, { title });
  writeFileSync(goldenFile(name), `${JSON.stringify(result, null, 1)}\n`);
  console.log(`${name}: ${result.pack.entities.length} entities`);
}
