/** Counts the live `Range`s made from now on in a happy-dom test; `Range` stays a working constructor. */
import { vi } from 'vitest';

export function countRanges(): { readonly made: number } {
  const counter = { made: 0 };
  const Original = globalThis.Range;
  vi.stubGlobal(
    'Range',
    class extends Original {
      constructor() {
        super();
        counter.made++;
      }
    },
  );
  return counter;
}
