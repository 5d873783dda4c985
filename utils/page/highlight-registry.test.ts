import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

describe('HighlightRegistry batches', () => {
  const mentionIn = (p: Element) => {
    const node = p.firstChild as Text;
    return new MentionRecord('narendra-modi', 'person', node, 0, node, 4, 4, [node], p, true);
  };
  // happy-dom has no CSS Custom Highlight API: a Highlight is a set of ranges in a named registry.
  const highlights = new Map<string, Set<Range>>();
  beforeAll(() => {
    vi.stubGlobal('Highlight', class extends Set<Range> {});
    vi.stubGlobal('CSS', { highlights });
  });
  afterAll(() => vi.unstubAllGlobals());
  const registered = () => [...highlights.values()].reduce((n, h) => n + h.size, 0);

  it('registers the mentions of a block measured on screen at the end of the task, the rest at the next frame', async () => {
    document.body.innerHTML = '<p id="a">Modi</p><p id="b">Modi</p>';
    const frames: Array<() => void> = [];
    const view = Object.assign(Object.create(window), {
      IntersectionObserver: class { observe() {} unobserve() {} disconnect() {} },
      requestAnimationFrame: (callback: () => void) => frames.push(callback),
      cancelAnimationFrame: () => {},
    }) as Window;
    const registry = new HighlightRegistry('underline', view);
    const a = document.getElementById('a')!;
    registry.markNear(a);
    registry.add(mentionIn(a));
    expect(registered()).toBe(0);
    await Promise.resolve();
    expect(registered()).toBe(1);
    expect(frames).toHaveLength(0);
    registry.add(mentionIn(document.getElementById('b')!));
    await Promise.resolve();
    expect(registered()).toBe(1);
    registry.clear();
  });
  it('registers only the blocks on screen while the page is busy changing, and the near ones again once it calms', () => {
    document.body.innerHTML = '<p id="a">Modi</p><p id="b">Modi</p>';
    const observers: { margin: string; targets: Element[]; report(entries: { target: Element; isIntersecting: boolean }[]): void; live: boolean }[] = [];
    const view = Object.assign(Object.create(window), {
      IntersectionObserver: class {
        readonly state;
        constructor(callback: (entries: unknown[]) => void, options: { rootMargin: string }) {
          this.state = { margin: options.rootMargin, targets: [] as Element[], report: (entries: unknown[]) => callback(entries), live: true };
          observers.push(this.state);
        }
        observe(target: Element) {
          this.state.targets.push(target);
        }
        unobserve() {}
        disconnect() {
          this.state.live = false;
        }
      },
      requestAnimationFrame: (callback: () => void) => frames.push(callback),
      cancelAnimationFrame: () => {},
    }) as Window;
    const frames: Array<() => void> = [];
    const report = (observer: (typeof observers)[number], entries: { target: Element; isIntersecting: boolean }[]) => {
      observer.report(entries);
      for (const frame of frames.splice(0)) frame();
    };
    const registry = new HighlightRegistry('underline', view);
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    registry.add(mentionIn(a));
    registry.add(mentionIn(b));
    report(observers[0]!, [{ target: a, isIntersecting: true }, { target: b, isIntersecting: true }]);
    expect(registered()).toBe(2);
    registry.setBusy(true);
    expect(observers).toHaveLength(2);
    expect(observers[0]!.live).toBe(false);
    expect(observers[1]).toMatchObject({ margin: '0px', targets: [a, b], live: true });
    // Only a is on screen; b was only near it.
    report(observers[1]!, [{ target: a, isIntersecting: true }, { target: b, isIntersecting: false }]);
    expect(registered()).toBe(1);
    registry.setBusy(true);
    expect(observers).toHaveLength(2);
    registry.setBusy(false);
    expect(observers[2]!.margin).not.toBe('0px');
    report(observers[2]!, [{ target: a, isIntersecting: true }, { target: b, isIntersecting: true }]);
    expect(registered()).toBe(2);
    registry.clear();
  });
});
