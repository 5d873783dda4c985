export { draftPack, draftPackAsync, draftSteps, toAlias, toId, DEFAULT_ROLE } from './draft-pack';
export type { DraftDiagnostics, DraftOptions, DraftResult } from './draft-pack';
export { splitSentences } from './split-sentences';
