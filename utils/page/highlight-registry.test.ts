import { describe, expect, it } from 'vitest';
import { compareComposed, HighlightRegistry } from './highlight-registry';
import { MentionRecord } from './mention-record';

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

describe('HighlightRegistry.recordsIn', () => {
  const mention = (node: Text, container: Element, nodes: Text[] = [node]) =>
    new MentionRecord('vladimir-putin', 'person', node, 0, nodes[nodes.length - 1]!, 1, 1, nodes, container, true);

  it('finds the mentions covering a node through inline elements, nested blocks and a shadow root', () => {
    document.body.innerHTML = '<div id="outer">Before <p id="inner"><b>Vladimir</b> Putin</p> after</div><div id="host"></div>';
    const outer = document.getElementById('outer')!;
    const inner = document.getElementById('inner')!;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = 'Modi';
    const [vladimir, putin] = [inner.querySelector('b')!.firstChild as Text, inner.lastChild as Text];
    const after = outer.lastChild as Text;
    const registry = new HighlightRegistry('underline');
    const split = mention(vladimir!, inner, [vladimir!, putin!]);
    const tail = mention(after, outer);
    const inShadow = mention(shadow.firstChild as Text, document.getElementById('host')!);
    [split, tail, inShadow].forEach((r) => registry.add(r));
    expect(registry.recordsIn(vladimir!)).toEqual([split]);
    expect(registry.recordsIn(putin!)).toEqual([split]);
    expect(registry.recordsIn(after)).toEqual([tail]);
    expect(registry.recordsIn(outer.firstChild as Text)).toEqual([]);
    expect(registry.recordsIn(shadow.firstChild as Text)).toEqual([inShadow]);
    registry.remove(split);
    expect(registry.recordsIn(putin!)).toEqual([]);
    registry.clear();
  });
});
