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
  it('ends when a newer copy of the same script claims the document, and not before', () => {
    const older = make();
    older.claimDocument();
    const ended = vi.fn();
    older.onInvalidated(ended);
    make('other-script').claimDocument();
    const newer = make();
    // Starting is not claiming: a copy that never gets to work stops no one.
    expect(older.isInvalid).toBe(false);
    newer.claimDocument();
    expect(older.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(newer.isInvalid).toBe(false);
    // Claiming again changes nothing, and an older copy that never claimed stops nobody.
    newer.claimDocument();
    expect(newer.isInvalid).toBe(false);
    make().abort();
    expect(newer.isInvalid).toBe(false);
  });

  it('sends no event and adds no listener until it claims the document', () => {
    const heard = vi.fn();
    document.addEventListener('contextual-briefings:script-started:content', heard);
    const listen = vi.spyOn(document, 'addEventListener');
    const ctx = make();
    expect(heard).not.toHaveBeenCalled();
    expect(listen).not.toHaveBeenCalled();
    ctx.claimDocument();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(listen).toHaveBeenCalledTimes(1);
    listen.mockRestore();
    document.removeEventListener('contextual-briefings:script-started:content', heard);
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
