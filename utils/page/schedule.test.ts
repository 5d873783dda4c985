import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from './schedule';

describe('scheduler', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'requestIdleCallback', 'cancelIdleCallback'] }));
  afterEach(() => vi.useRealTimers());

  it('runs urgent jobs first, then the rest in order', async () => {
    const order: string[] = [];
    const scheduler = createScheduler(8, () => {});
    scheduler.push(() => (order.push('a'), true));
    scheduler.push(() => (order.push('b'), true));
    scheduler.push(() => (order.push('urgent'), true), true);
    await vi.runAllTimersAsync();
    expect(order).toEqual(['urgent', 'a', 'b']);
    expect(scheduler.pending).toBe(0);
  });

  it('runs a job pushed first ahead of an unfinished urgent walk, even one queued after it, and the walk resumes after', async () => {
    const order: string[] = [];
    const scheduler = createScheduler(8, () => {});
    let steps = 0;
    // A walk that takes three slices.
    scheduler.push((deadline) => {
      order.push(`walk ${steps}`);
      vi.advanceTimersByTime(Math.max(0, deadline - performance.now()));
      return ++steps === 3;
    }, true);
    scheduler.push(() => (order.push('later'), true));
    scheduler.runNow();
    scheduler.push(() => (order.push('urgent'), true), true);
    scheduler.pushFirst(() => (order.push('on screen'), true));
    scheduler.pushFirst(() => (order.push('on screen, next'), true));
    await vi.runAllTimersAsync();
    expect(order).toEqual(['walk 0', 'on screen', 'on screen, next', 'walk 1', 'walk 2', 'urgent', 'later']);
    expect(scheduler.pending).toBe(0);
  });

  it('spreads a long job over slices, never running past the budget within one', async () => {
    const slices: number[] = [];
    let steps = 0;
    const scheduler = createScheduler(8, () => {});
    scheduler.push((deadline) => {
      slices.push(steps);
      while (performance.now() < deadline) {
        vi.advanceTimersByTime(1);
        if (++steps === 30) return true;
      }
      return false;
    });
    await vi.runAllTimersAsync();
    expect(steps).toBe(30);
    expect(slices.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps going after a job throws, reporting the error', async () => {
    const errors: unknown[] = [];
    const ran: string[] = [];
    const scheduler = createScheduler(8, (error) => errors.push(error));
    scheduler.push(() => {
      throw new Error('boom');
    });
    scheduler.push(() => (ran.push('after'), true));
    await vi.runAllTimersAsync();
    expect(errors).toHaveLength(1);
    expect(ran).toEqual(['after']);
  });

  it('drops queued jobs on clear and destroy', async () => {
    const ran: string[] = [];
    const scheduler = createScheduler(8, () => {});
    scheduler.push(() => (ran.push('x'), true));
    scheduler.clear();
    scheduler.push(() => (ran.push('y'), true));
    scheduler.destroy();
    await vi.runAllTimersAsync();
    expect(ran).toEqual([]);
  });

  it('runs a slice at once when asked, and the rest at idle time as before', async () => {
    const order: string[] = [];
    const scheduler = createScheduler(8, () => {});
    scheduler.push(() => (order.push('first'), true), true);
    scheduler.push((deadline) => {
      order.push('long');
      while (performance.now() < deadline) vi.advanceTimersByTime(1);
      return order.filter((o) => o === 'long').length === 2;
    });
    scheduler.runNow();
    expect(order).toEqual(['first', 'long']);
    await vi.runAllTimersAsync();
    expect(order).toEqual(['first', 'long', 'long']);
    expect(scheduler.pending).toBe(0);
  });
});
