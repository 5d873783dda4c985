/**
 * Keyboard and popup navigation between the page's mentions: the next-mention command goes on
 * from the mention it (or the popup) opened last, its card open or closed since — hovering does
 * not move that place, so the command walks the page in order; with no place yet, or one a rescan
 * replaced, it starts from the first mention not above the viewport. The popup's "reveal" cycles
 * through one entity's mentions; the side panel opens one mention by its place in the list.
 */
import type { MentionRecord } from './highlight-registry';

export interface MentionNavigation {
  /** Opens the entity's next mention; false when the page has none. */
  reveal(entityKey: string): boolean;
  /** Opens the mention after the one opened last (or the first on screen); false when the page has none. */
  next(): boolean;
  /**
   * Opens the mention at `place` in the page's list if it is still the entity's (the side panel
   * read the list a moment ago), else the entity's next one; false when the page has none.
   */
  at(place: number, entityKey: string): boolean;
}

export function createMentionNavigation(mentions: () => MentionRecord[], open: (record: MentionRecord) => void): MentionNavigation {
  let visited: MentionRecord | undefined;
  const revealed = new Map<string, number>();
  const go = (record: MentionRecord) => {
    visited = record;
    open(record);
  };
  const navigation: MentionNavigation = {
    reveal(entityKey) {
      const matches = mentions().filter((record) => record.entityId === entityKey);
      if (matches.length === 0) return false;
      const next = ((revealed.get(entityKey) ?? -1) + 1) % matches.length;
      revealed.set(entityKey, next);
      go(matches[next]!);
      return true;
    },
    next() {
      const all = mentions();
      if (all.length === 0) return false;
      // indexOf gives -1 for no place or a replaced one, so 0, and the first on screen is taken.
      const start =
        all.indexOf(visited as MentionRecord) + 1 ||
        Math.max(0, all.findIndex((record) => record.range.getBoundingClientRect().bottom > 0));
      go(all[start % all.length]!);
      return true;
    },
    at(place, entityKey) {
      const record = mentions()[place];
      if (record?.entityId !== entityKey) return navigation.reveal(entityKey);
      go(record);
      return true;
    },
  };
  return navigation;
}
