import { describe, expect, it } from 'vitest';
import { extensionCpuMs } from './visit-metrics';

describe('extensionCpuMs', () => {
  it('counts the samples with extension code anywhere on their stack, browser functions it called included', () => {
    const ext = 'chrome-extension://abc/content-scripts/content.js';
    const profile = {
      nodes: [
        { id: 1, callFrame: { url: '' }, children: [2, 3] }, // (root)
        { id: 2, callFrame: { url: ext }, children: [4] }, // our function
        { id: 3, callFrame: { url: 'http://127.0.0.1/page.js' } }, // the page's
        { id: 4, callFrame: { url: '' } }, // a browser function ours called
      ],
      // A sample's time runs to the next one: 1 ms (ours), 2 ms (native under ours), 4 ms (page), 8 ms (root).
      samples: [2, 4, 3, 1, 2],
      timeDeltas: [0, 1000, 2000, 4000, 8000],
    };
    expect(extensionCpuMs(profile)).toBe(3);
  });
});
