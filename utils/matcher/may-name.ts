/**
 * Whether a text names anyone of an index, for the page's check before a session starts
 * (utils/page/mention-check.ts): the scanner itself, so a page passes only if it will be marked.
 * A first word whose phrases are not loaded yet counts as a name.
 */
import type { MentionIndex } from './build-index';
import { TrieNotLoadedError } from './compiled-index';
import { findMentions } from './find-mentions';

export function indexMayName(index: MentionIndex): (text: string) => boolean {
  return (text) => {
    try {
      return findMentions(text, index).length > 0;
    } catch (error) {
      if (error instanceof TrieNotLoadedError) return true;
      throw error;
    }
  };
}
