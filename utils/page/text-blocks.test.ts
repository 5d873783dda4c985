import { describe, expect, it } from 'vitest';
import { collectTextBlocks, iterateTextBlocks, locateOffset } from './text-blocks';

function blocksOf(html: string): string[] {
  document.body.innerHTML = html;
  return collectTextBlocks(document.body).map((block) => block.text);
}

describe('collectTextBlocks', () => {
  it('joins inline elements into one block so split names stay whole', () => {
    expect(blocksOf('<p><b>Vladimir</b> Putin met <a href="#">Narendra <i>Modi</i></a>.</p>')).toEqual([
      'Vladimir Putin met Narendra Modi.',
    ]);
  });

  it('starts a new block at every block-level element', () => {
    expect(blocksOf('<ul><li>Putin</li><li>Modi</li></ul><h2>Murmu</h2><table><tr><td>Belousov</td></tr></table>')).toEqual([
      'Putin',
      'Modi',
      'Murmu',
      'Belousov',
    ]);
  });

  it('keeps text after a nested block as its own block', () => {
    expect(blocksOf('<div>Before <p>inside</p> after</div>')).toEqual(['Before ', 'inside', ' after']);
  });

  it.each([
    ['script', '<script>var name = "Putin";</script>'],
    ['style', '<style>.Putin { color: red }</style>'],
    ['noscript', '<noscript>Putin</noscript>'],
    ['template', '<template><p>Putin</p></template>'],
    ['textarea', '<textarea>Putin</textarea>'],
    ['code', '<pre><code>Putin()</code></pre>'],
    ['hidden', '<p hidden>Putin</p>'],
    ['aria-hidden', '<p aria-hidden="true">Putin</p>'],
    ['contenteditable', '<div contenteditable="true">Putin</div>'],
    ['opt-out attribute', '<div data-briefings-ignore><p>Putin</p></div>'],
    ['our own host', '<cb-briefing-host>Putin</cb-briefing-host>'],
  ])('never scans text in %s', (_, html) => {
    expect(blocksOf(`<p>Shown</p>${html}`)).toEqual(['Shown']);
  });

  it('treats <br> as a line break between words', () => {
    expect(blocksOf('<p>Vladimir<br>Putin</p>')).toEqual(['Vladimir\nPutin']);
  });

  it('drops blocks with no letters', () => {
    expect(blocksOf('<p>   </p><p>12:30</p><p>Modi</p>')).toEqual(['Modi']);
  });
});

describe('locateOffset', () => {
  it('maps block offsets back to text nodes, preferring the node a span starts or ends in', () => {
    document.body.innerHTML = '<p><b>Vladimir</b> Putin</p>';
    const [block] = collectTextBlocks(document.body);
    const start = locateOffset(block!, 0, false)!;
    const boundaryAsStart = locateOffset(block!, 8, false)!;
    const boundaryAsEnd = locateOffset(block!, 8, true)!;
    expect([start.node.data, start.offset]).toEqual(['Vladimir', 0]);
    expect([boundaryAsStart.node.data, boundaryAsStart.offset]).toEqual([' Putin', 0]);
    expect([boundaryAsEnd.node.data, boundaryAsEnd.offset]).toEqual(['Vladimir', 8]);
  });
});

describe('iterateTextBlocks', () => {
  it('walks open shadow roots and reports them', () => {
    document.body.innerHTML = '<p>Light</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow Putin</p>';
    const seen: ShadowRoot[] = [];
    const texts = [...iterateTextBlocks(document.body, (root) => seen.push(root))].map((block) => block.text);
    expect(texts).toEqual(['Light', 'Shadow Putin']);
    expect(seen).toEqual([shadow]);
  });

  it('reports subtrees left out for their hidden attribute, and only those', () => {
    document.body.innerHTML =
      '<p>Shown Putin</p><section hidden><p>Later Modi</p></section><p aria-hidden="true">Ticker</p><p data-briefings-ignore>Own</p><script>x</script>';
    const hidden: Element[] = [];
    const texts = [...iterateTextBlocks(document.body, undefined, (element) => hidden.push(element))].map((block) => block.text);
    expect(texts).toEqual(['Shown Putin']);
    expect(hidden.map((element) => element.localName)).toEqual(['section']);
  });
});
