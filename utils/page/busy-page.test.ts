import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_BATCHES, CALM_MS, createBusyMeter } from './busy-page';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createBusyMeter', () => {
  const meter = () => {
    const changes: boolean[] = [];
    const life = new AbortController();
    const busy = createBusyMeter((b) => changes.push(b), life.signal, () => Date.now());
    return { busy, changes, life };
  };

  it('calls a page busy once its changes keep coming, and calm after a quiet spell', () => {
    const { busy, changes } = meter();
    for (let i = 0; i < BUSY_BATCHES - 1; i++) {
      busy.changed();
      vi.advanceTimersByTime(150);
    }
    expect(busy.busy).toBe(false);
    busy.changed();
    expect(busy.busy).toBe(true);
    expect(changes).toEqual([true]);
    // Still changing: still busy.
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(150);
      busy.changed();
    }
    expect(changes).toEqual([true]);
    vi.advanceTimersByTime(CALM_MS);
    expect(busy.busy).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('does not call a page busy for changes spread thinly, or for one burst', () => {
    const { busy, changes } = meter();
    for (let i = 0; i < 30; i++) {
      busy.changed();
      vi.advanceTimersByTime(400);
    }
    vi.advanceTimersByTime(CALM_MS);
    for (let i = 0; i < 3; i++) busy.changed();
    expect(changes).toEqual([]);
  });

  it('says nothing once its signal has ended', () => {
    const { busy, changes, life } = meter();
    for (let i = 0; i < BUSY_BATCHES; i++) busy.changed();
    life.abort();
    vi.advanceTimersByTime(CALM_MS);
    busy.changed();
    expect(changes).toEqual([true]);
  });
});
