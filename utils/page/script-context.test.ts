/** The lean content-script context: one signal ends everything, a newer copy ends the older one. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from './script-context';

const contexts: ContentScriptContext[] = [];
const make = (name = 'content') => {
  const ctx = new ContentScriptContext(name, {});
  contexts.push(ctx);
  return ctx;
};
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
  vi.useRealTimers();
});

describe('ContentScriptContext', () => {
  it('ends when a newer copy of the same script starts in the document, and not before', () => {
    const older = make();
    const ended = vi.fn();
    older.onInvalidated(ended);
    make('other-script');
    expect(older.isInvalid).toBe(false);
    const newer = make();
    expect(older.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(newer.isInvalid).toBe(false);
  });

  it('cancels its animation frames when it ends', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const ctx = make();
    const onFrame = vi.fn();
    ctx.requestAnimationFrame(onFrame);
    ctx.abort();
    vi.advanceTimersByTime(50);
    expect(onFrame).not.toHaveBeenCalled();
  });

  it('lets an onInvalidated callback be taken back', () => {
    const ctx = make();
    const callback = vi.fn();
    const remove = ctx.onInvalidated(callback);
    remove();
    ctx.abort();
    expect(callback).not.toHaveBeenCalled();
  });

  it('reports an address change without a new document, by reading the address where there is no Navigation API', () => {
    vi.useFakeTimers();
    const ctx = make();
    const seen: string[] = [];
    ctx.onLocationChange(window, (url) => seen.push(url.pathname));
    vi.advanceTimersByTime(1_500);
    expect(seen).toEqual([]);
    history.pushState({}, '', '/story/next');
    vi.advanceTimersByTime(1_000);
    expect(seen).toEqual(['/story/next']);
    ctx.abort();
    history.pushState({}, '', '/story/after');
    vi.advanceTimersByTime(2_000);
    expect(seen).toEqual(['/story/next']);
  });
});
