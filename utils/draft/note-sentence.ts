/** A note on the draft in one sentence of the reader's language: the review shows it, the CLI prints it in English. */
import type { Translator } from '../i18n';
import type { DraftNote } from './draft-pack';

export function noteSentence(i18n: Translator, note: DraftNote): string {
  switch (note.kind) {
    case 'truncated':
      return i18n.t('review_noteTruncated', note.count, note.kept);
    case 'alias-left-out':
      return i18n.t('review_noteAliasLeftOut', note.name);
    case 'shared-surname':
      return i18n.plural('review_noteSharedSurname', note.count, note.surname);
    case 'not-found':
      return i18n.t('review_noteNotFound', note.name);
  }
}
