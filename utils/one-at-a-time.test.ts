/** oneAtATime: runs never overlap, calls during a run give exactly one more run, errors are reported. */
import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('oneAtATime', () => {
  it('runs once per call when calls do not overlap', async () => {
    let runs = 0;
    const run = oneAtATime(async () => void runs++, () => {});
    run();
    await settle();
    run();
    await settle();
    expect(runs).toBe(2);
  });

  it('gives the calls made during a run exactly one more run, after it', async () => {
    const log: string[] = [];
    const releases: (() => void)[] = [];
    const run = oneAtATime(async () => {
      log.push('start');
      await new Promise<void>((resolve) => releases.push(resolve));
      log.push('end');
    }, () => {});
    run();
    run();
    run();
    expect(log).toEqual(['start']);
    releases.shift()!();
    await settle();
    expect(log).toEqual(['start', 'end', 'start']);
    releases.shift()!();
    await settle();
    expect(log).toEqual(['start', 'end', 'start', 'end']);
  });

  it('reports a failed run and keeps working', async () => {
    const errors: unknown[] = [];
    let fail = true;
    let runs = 0;
    const run = oneAtATime(async () => {
      runs++;
      if (fail) throw new Error('read failed');
    }, (error) => errors.push(error));
    run();
    await settle();
    fail = false;
    run();
    await settle();
    expect(runs).toBe(2);
    expect(errors).toEqual([new Error('read failed')]);
  });
});
