/**
 * The reveal watcher with a stand-in IntersectionObserver (happy-dom has none): an element is handed
 * back only on a change from unseen to seen, once, and nothing is watched after the signal ends.
 */
import { describe, expect, it } from 'vitest';
import { MAX_REVEAL_WATCHES, watchReveals } from './reveal-watcher';

type Entry = { target: Element; isIntersecting: boolean };

function fakeView() {
  const observers: FakeObserver[] = [];
  class FakeObserver {
    readonly targets = new Set<Element>();
    constructor(readonly callback: (entries: Entry[]) => void) {
      observers.push(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
    }
    notify(entries: Entry[]) {
      this.callback(entries.filter((entry) => this.targets.has(entry.target)));
    }
  }
  return { view: { IntersectionObserver: FakeObserver } as unknown as Window, observers };
}

describe('reveal watcher', () => {
  it('hands an element back when it goes from unseen to seen, and only then', () => {
    document.body.innerHTML = '<details id="d"><p>hidden text</p></details><span id="s">x</span>';
    const { view, observers } = fakeView();
    const revealed: Element[] = [];
    const controller = new AbortController();
    const reveals = watchReveals(view, { onRevealed: (el) => revealed.push(el), onError: (e) => { throw e; }, signal: controller.signal });
    const d = document.getElementById('d')!;
    reveals.watch(d);
    const observer = observers[0]!;
    observer.notify([{ target: d, isIntersecting: true }]); // first notice: the state it was watched in
    expect(revealed).toEqual([]);
    observer.notify([{ target: d, isIntersecting: false }]);
    observer.notify([{ target: d, isIntersecting: true }]);
    expect(revealed).toEqual([d]);
    observer.notify([{ target: d, isIntersecting: false }]);
    observer.notify([{ target: d, isIntersecting: true }]);
    expect(revealed).toEqual([d]);
    controller.abort();
    reveals.watch(document.getElementById('s')!);
    expect(observer.targets.size).toBe(0);
  });

  it(`watches at most ${MAX_REVEAL_WATCHES} elements at once`, () => {
    const { view, observers } = fakeView();
    const reveals = watchReveals(view, { onRevealed: () => {}, onError: () => {}, signal: new AbortController().signal });
    for (let i = 0; i < MAX_REVEAL_WATCHES + 20; i++) reveals.watch(document.createElement('div'));
    expect(observers[0]!.targets.size).toBe(MAX_REVEAL_WATCHES);
  });
});
