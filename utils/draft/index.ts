export { draftPack, draftPackAsync, draftSteps, toAlias, toId } from './draft-pack';
export type { DraftDiagnostics, DraftOptions, DraftResult } from './draft-pack';
export { splitSentences } from './split-sentences';
