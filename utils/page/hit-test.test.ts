/** The innermost mention under a point wins; a point outside every box hits nothing. */
import { describe, expect, it } from 'vitest';
import type { MentionRecord } from './highlight-registry';
import { innermostAt } from './hit-test';

const box = (left: number, top: number, width: number, height = 20) => ({ left, top, right: left + width, bottom: top + height }) as DOMRect;
const record = (text: string, ...rects: DOMRect[]) => ({ length: text.length, range: { getClientRects: () => rects } }) as unknown as MentionRecord;

describe('innermostAt', () => {
  it('takes the person inside an event phrase under the point, and the phrase beside the person', () => {
    const event = record('the visit of Vladimir Putin to India', box(0, 0, 300));
    const person = record('Vladimir Putin', box(100, 0, 110));
    expect(innermostAt([event, person], 150, 10)?.record).toBe(person);
    expect(innermostAt([event, person], 20, 10)?.record).toBe(event);
  });

  it('finds a mention broken over two lines by its second line box, with a pixel to spare', () => {
    const wrapped = record('Droupadi Murmu', box(500, 0, 80), box(0, 24, 60));
    expect(innermostAt([wrapped], 61, 30)?.rect.top).toBe(24);
    expect(innermostAt([wrapped], 65, 30)).toBeNull();
  });
});
