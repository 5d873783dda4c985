import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, recordedTabs, recordFrame, tabSummary } from './tab-mentions';

describe('tab mentions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds up the frames of a tab, frames reporting at the same moment included', async () => {
    await Promise.all([
      recordFrame(7, 0, { counts: { 'vladimir-putin': 2 }, total: 2, state: 'active' }),
      recordFrame(7, 3, { counts: { 'narendra-modi': 1 }, total: 1, state: 'active' }),
      recordFrame(8, 0, { counts: { 'narendra-modi': 5 }, total: 5, state: 'active' }),
    ]);
    expect(await tabSummary(7)).toEqual({ counts: { 'vladimir-putin': 2, 'narendra-modi': 1 }, total: 3, state: 'active' });
  });

  it('replaces a frame’s earlier report and takes the state from the top frame', async () => {
    await recordFrame(7, 0, { counts: { 'vladimir-putin': 2 }, total: 2, state: 'active' });
    const summary = await recordFrame(7, 0, { counts: {}, total: 0, state: 'paused' });
    expect(summary).toEqual({ counts: {}, total: 0, state: 'paused' });
  });

  it('forgets a tab that closed or navigated', async () => {
    await recordFrame(7, 0, { counts: { 'vladimir-putin': 2 }, total: 2, state: 'active' });
    await forgetTab(7);
    expect((await tabSummary(7)).total).toBe(0);
  });

  it('lists the tabs that reported and are not forgotten, and nothing else stored beside them', async () => {
    await fakeBrowser.storage.session.set({ 'tab-mentions:x': {}, 'tab-mentions:': {}, other: 1 });
    await recordFrame(7, 0, { counts: {}, total: 0, state: 'active' });
    await recordFrame(12, 2, { counts: {}, total: 0, state: 'active' });
    await forgetTab(7);
    expect(await recordedTabs()).toEqual([12]);
  });
});
