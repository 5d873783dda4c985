import { describe, expect, it } from 'vitest';
import { createWriteQueue } from './write-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('write queue', () => {
  it('runs read-modify-write tasks one after another, so none is lost', async () => {
    const queue = createWriteQueue();
    let stored: string[] = [];
    const add = (item: string) =>
      queue(async () => {
        const read = [...stored];
        await tick();
        stored = [...read, item];
      });
    await Promise.all([add('a'), add('b'), add('c')]);
    expect(stored).toEqual(['a', 'b', 'c']);
  });

  it('goes on after a failed task, which rejects only its own caller', async () => {
    const queue = createWriteQueue();
    const failed = queue(async () => {
      throw new Error('quota');
    });
    const next = queue(async () => 'written');
    await expect(failed).rejects.toThrow('quota');
    await expect(next).resolves.toBe('written');
  });
});
