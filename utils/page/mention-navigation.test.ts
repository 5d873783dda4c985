/** Mention navigation: next goes on from the mention opened last, else from the first on screen; reveal cycles one entity's mentions. */
import { describe, expect, it } from 'vitest';
import type { MentionRecord } from './highlight-registry';
import { createMentionNavigation } from './mention-navigation';

function record(entityId: string, top: number): MentionRecord {
  const range = { getBoundingClientRect: () => new DOMRect(0, top, 50, 20) } as unknown as Range;
  return { entityId, range } as unknown as MentionRecord;
}

describe('createMentionNavigation', () => {
  const above = record('vladimir-putin', -200);
  const first = record('narendra-modi', 100);
  const second = record('vladimir-putin', 300);

  it('starts from the first mention not above the viewport, then goes on in order and wraps', () => {
    const opened: MentionRecord[] = [];
    const nav = createMentionNavigation(() => [above, first, second], (r) => opened.push(r));
    expect(nav.next()).toBe(true);
    expect(nav.next()).toBe(true);
    expect(nav.next()).toBe(true);
    expect(opened).toEqual([first, second, above]);
  });

  it('goes on from the mention revealed last', () => {
    const opened: MentionRecord[] = [];
    const nav = createMentionNavigation(() => [above, first, second], (r) => opened.push(r));
    nav.reveal('narendra-modi');
    nav.next();
    expect(opened).toEqual([first, second]);
  });

  it('starts again on screen when a rescan replaced the mention visited last', () => {
    let all = [above, first, second];
    const opened: MentionRecord[] = [];
    const nav = createMentionNavigation(() => all, (r) => opened.push(r));
    nav.next();
    all = [above, record('narendra-modi', 100), second];
    nav.next();
    expect(opened[1]).toBe(all[1]);
  });

  it('cycles through one entity’s mentions, and says when there are none', () => {
    const opened: MentionRecord[] = [];
    const nav = createMentionNavigation(() => [above, first, second], (r) => opened.push(r));
    nav.reveal('vladimir-putin');
    nav.reveal('vladimir-putin');
    nav.reveal('vladimir-putin');
    expect(opened).toEqual([above, second, above]);
    expect(nav.reveal('andrei-belousov')).toBe(false);
    expect(createMentionNavigation(() => [], () => {}).next()).toBe(false);
  });

  it('opens a mention by its place in the list, or the entity’s next one when the list has changed', () => {
    const opened: MentionRecord[] = [];
    const nav = createMentionNavigation(() => [above, first, second], (r) => opened.push(r));
    expect(nav.at(2, 'vladimir-putin')).toBe(true);
    expect(nav.at(1, 'vladimir-putin')).toBe(true);
    expect(nav.at(7, 'andrei-belousov')).toBe(false);
    expect(opened).toEqual([second, above]);
    nav.next();
    expect(opened[2]).toBe(first);
  });
});
