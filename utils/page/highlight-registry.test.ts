import { describe, expect, it } from 'vitest';
import { compareComposed } from './highlight-registry';

function rangeOver(node: Node): Range {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range;
}

describe('compareComposed', () => {
  it('orders mentions across the document and open shadow roots as a reader meets them', () => {
    document.body.innerHTML = '<p id="a">First</p><div id="host"></div><p id="c">Third</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="b">Second</p>';
    const first = rangeOver(document.getElementById('a')!.firstChild!);
    const second = rangeOver(shadow.getElementById('b')!.firstChild!);
    const third = rangeOver(document.getElementById('c')!.firstChild!);
    const sorted = [third, second, first].sort(compareComposed).map((r) => r.toString());
    expect(sorted).toEqual(['First', 'Second', 'Third']);
  });
});
