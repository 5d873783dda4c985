import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasVisibleText, isTinyFrame, whenFrameWorthAnnotating } from './frame-gate';

/** A child frame's window: this document, a size, and its own resize events. */
function childFrame(width: number, height: number) {
  const events = new EventTarget();
  const view = {
    top: {},
    innerWidth: width,
    innerHeight: height,
    document,
    MutationObserver: window.MutationObserver,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  const resize = (w: number, h: number) => {
    view.innerWidth = w;
    view.innerHeight = h;
    events.dispatchEvent(new Event('resize'));
  };
  return { view: view as unknown as Window & typeof globalThis, resize };
}

/** Whether `promise` has settled once pending timers and microtasks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await vi.advanceTimersByTimeAsync(300);
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => vi.useRealTimers());

describe('hasVisibleText', () => {
  it.each([
    ['an empty body', '', false],
    ['white space and an image', ' \n <img alt="ad">  ', false],
    ['only scripts, styles and templates', '<script>var a = "Putin";</script><style>p{}</style><template>Modi</template><noscript>x</noscript>', false],
    ['a word', '<div><span>Sponsored</span></div>', true],
    ['a word beside a script', '<script>var a = 1;</script><p>Sponsored</p>', true],
    ['a word inside a template only, beside white space', '<template><p>Sponsored</p></template>\n<div> </div>', false],
  ])('%s → %s', (_, html, expected) => {
    document.body.innerHTML = html;
    expect(hasVisibleText(document)).toBe(expected);
  });
});

describe('isTinyFrame', () => {
  it.each([
    [0, 0, true],
    [1, 1, true],
    [300, 2, true],
    [3, 3, false],
    [728, 90, false],
  ])('%i×%i → %s', (w, h, expected) => {
    expect(isTinyFrame({ innerWidth: w, innerHeight: h } as Window)).toBe(expected);
  });
});

describe('whenFrameWorthAnnotating', () => {
  it('lets the top frame through at once, even empty', async () => {
    expect(await settled(whenFrameWorthAnnotating(window, new AbortController().signal))).toBe(true);
  });

  it('lets a child frame with a size and text through at once', async () => {
    document.body.textContent = 'Putin arrives in New Delhi';
    const { view } = childFrame(728, 90);
    expect(await settled(whenFrameWorthAnnotating(view, new AbortController().signal))).toBe(true);
  });

  it('holds a 1×1 frame until it grows, however much text it has', async () => {
    document.body.textContent = 'Putin arrives in New Delhi';
    const { view, resize } = childFrame(1, 1);
    const gate = whenFrameWorthAnnotating(view, new AbortController().signal);
    expect(await settled(gate)).toBe(false);
    resize(2, 2);
    expect(await settled(gate)).toBe(false);
    resize(300, 250);
    expect(await settled(gate)).toBe(true);
  });

  it('holds a frame without text until text appears, then lets it through', async () => {
    document.body.innerHTML = '<img alt="">';
    const { view } = childFrame(300, 250);
    const gate = whenFrameWorthAnnotating(view, new AbortController().signal);
    document.body.append(document.createElement('div'));
    expect(await settled(gate)).toBe(false);
    document.body.append('Modi and Putin');
    expect(await settled(gate)).toBe(true);
  });

  it('does not watch a tiny frame for text', async () => {
    const observe = vi.spyOn(window.MutationObserver.prototype, 'observe');
    const { view } = childFrame(0, 0);
    void whenFrameWorthAnnotating(view, new AbortController().signal);
    expect(observe).not.toHaveBeenCalled();
  });

  it('rejects and stops watching when the extension goes away first', async () => {
    const disconnect = vi.spyOn(window.MutationObserver.prototype, 'disconnect');
    const { view } = childFrame(300, 250);
    const controller = new AbortController();
    const gate = whenFrameWorthAnnotating(view, controller.signal);
    controller.abort(new Error('invalidated'));
    await expect(gate).rejects.toThrow('invalidated');
    expect(disconnect).toHaveBeenCalled();
  });
});
