import { describe, expect, it } from 'vitest';
import { isExtensionMessage, isPageMentions, isPageSentences, sumMentions } from './messages';

describe('messages', () => {
  it.each([
    [{ type: 'get-page-mentions' }, true],
    [{ type: 'next-mention' }, true],
    [{ type: 'get-page-sentences' }, true],
    [{ type: 'reveal-mention', entityId: 'vladimir-putin', mention: 3 }, true],
    [{ type: 'page-mentions', counts: {}, total: 0, state: 'active' }, true],
    [{ type: 'something-else' }, false],
    [{ type: 42 }, false],
    [null, false],
    ['get-page-mentions', false],
  ])('recognises %j: %s', (value, expected) => {
    expect(isExtensionMessage(value)).toBe(expected);
  });

  it.each([
    [{ counts: { 'vladimir-putin': 1 }, total: 1 }, true],
    [{ counts: {}, total: 0 }, true],
    [{ total: 1 }, false],
    [{ counts: null, total: 1 }, false],
    [undefined, false],
  ])('reads %j as page mentions: %s', (value, expected) => {
    expect(isPageMentions(value)).toBe(expected);
  });

  it.each([
    [[], true],
    [[{ entityId: 'vladimir-putin', text: 'Putin arrived.', start: 0, end: 5, mention: 0 }], true],
    [[{ entityId: 'vladimir-putin', text: 'Putin arrived.' }], false],
    [[null], false],
    [{ entityId: 'vladimir-putin' }, false],
    [undefined, false],
  ])('reads %j as page sentences: %s', (value, expected) => {
    expect(isPageSentences(value)).toBe(expected);
  });

  it('adds up the mentions of a tab’s frames', () => {
    expect(
      sumMentions([
        { counts: { 'vladimir-putin': 2 }, total: 2 },
        { counts: { 'vladimir-putin': 1, 'narendra-modi': 3 }, total: 4 },
      ]),
    ).toEqual({ counts: { 'vladimir-putin': 3, 'narendra-modi': 3 }, total: 6 });
  });
});
