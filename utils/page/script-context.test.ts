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
    expect(older.isValid).toBe(true);
    const newer = make();
    expect(older.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(newer.isValid).toBe(true);
  });

  it('removes listeners, frames and timers when it ends', () => {
    vi.useFakeTimers();
    const ctx = make();
    const onClick = vi.fn();
    const onTimer = vi.fn();
    ctx.addEventListener(document, 'click', onClick);
    ctx.setTimeout(onTimer, 10);
    document.body.click();
    expect(onClick).toHaveBeenCalledTimes(1);
    ctx.abort();
    document.body.click();
    vi.advanceTimersByTime(20);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onTimer).not.toHaveBeenCalled();
    const removeLater = vi.fn();
    ctx.addEventListener(document, 'click', removeLater);
    document.body.click();
    expect(removeLater).not.toHaveBeenCalled();
  });

  it('lets an onInvalidated callback be taken back', () => {
    const ctx = make();
    const callback = vi.fn();
    const remove = ctx.onInvalidated(callback);
    remove();
    ctx.abort();
    expect(callback).not.toHaveBeenCalled();
  });

  it('reports an address change without a new document (wxt:locationchange), by reading the address where there is no Navigation API', () => {
    vi.useFakeTimers();
    const ctx = make();
    const seen: string[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (event) => seen.push(event.newUrl.pathname));
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
