/** The page's changes as block roots: batched, outermost only, never our own host, ended by the signal. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG } from './text-blocks';
import { blockRootOf, isOwnNode, isWithin, outermostRoots, watchMutationRoots } from './mutation-roots';

afterEach(() => vi.useRealTimers());

const start = (batchMs = 150) => {
  const batches: Node[][] = [];
  const controller = new AbortController();
  const roots = watchMutationRoots(document, { batchMs, onBatch: (set) => batches.push([...set]), onError: (error) => { throw error; }, signal: controller.signal });
  return { roots, batches, controller };
};

describe('mutation roots', () => {
  it('takes the nearest block around a change, never an inline element', () => {
    document.body.innerHTML = '<article><p id="p">A <b>bold <i id="i">move</i></b></p></article>';
    expect(blockRootOf(document.getElementById('i')!.firstChild!)).toBe(document.getElementById('p'));
  });

  it('hands changes over in one batch after the delay, as the blocks they are in', async () => {
    document.body.innerHTML = '<p id="a">one <span id="s">two</span></p><p id="b">three</p>';
    const { batches, controller } = start(50);
    document.getElementById('s')!.firstChild!.textContent = 'deux';
    document.getElementById('b')!.append(' and four');
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    expect(batches[0]!.map((n) => (n as Element).id).sort()).toEqual(['a', 'b']);
    controller.abort();
  });

  it('ignores changes inside our own card host', async () => {
    document.body.innerHTML = `<p id="a">text</p><${HOST_TAG} id="host"><span>card</span></${HOST_TAG}>`;
    const host = document.getElementById('host')!;
    expect(isOwnNode(host.firstChild!)).toBe(true);
    const { batches, controller } = start(20);
    host.append(document.createElement('div'));
    host.firstChild!.textContent = 'other card';
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(batches).toEqual([]);
    controller.abort();
  });

  it('watches open shadow roots it is given, and stops everything when the signal ends', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inner">in the shadow</p>';
    const { roots, batches, controller } = start(20);
    roots.observe(shadow);
    shadow.getElementById('inner')!.firstChild!.textContent = 'changed';
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    expect((batches[0]![0] as Element).id).toBe('inner');
    expect([...roots.shadowRoots]).toEqual([shadow]);
    controller.abort();
    shadow.getElementById('inner')!.firstChild!.textContent = 'again';
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(batches).toHaveLength(1);
  });

  it('keeps only the outermost connected roots', () => {
    document.body.innerHTML = '<div id="outer"><p id="inner">x</p></div><p id="other">y</p>';
    const detached = document.createElement('p');
    const kept = outermostRoots([document.getElementById('inner')!, document.getElementById('outer')!, document.getElementById('other')!, detached]);
    expect([...kept].map((n) => (n as Element).id).sort()).toEqual(['other', 'outer']);
  });

  it('tells whether a node is one of the roots or inside one', () => {
    document.body.innerHTML = '<div id="outer"><p id="inner">x</p></div><p id="other">y</p>';
    const roots = new Set<Node>([document.getElementById('outer')!]);
    expect(isWithin(document.getElementById('inner')!.firstChild!, roots)).toBe(true);
    expect(isWithin(document.getElementById('outer')!, roots)).toBe(true);
    expect(isWithin(document.getElementById('other')!.firstChild!, roots)).toBe(false);
  });
});
