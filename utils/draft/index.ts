export { draftPack, draftPackAsync, draftSteps, toAlias, toId } from './draft-pack';
export type { DraftDiagnostics, DraftNote, DraftOptions, DraftResult } from './draft-pack';
export { noteSentence } from './note-sentence';
export { splitSentences } from './split-sentences';
