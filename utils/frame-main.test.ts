/** Loading a frame's main part: the starter it registers runs, and the copy claims the document. */
import { afterEach, describe, expect, it } from 'vitest';
import { FRAME_MAIN_KEY, loadFrameMain, registerFrameMain, type FrameMainOptions } from './frame-main';
import { ContentScriptContext } from './page/script-context';

afterEach(() => {
  delete (globalThis as { [FRAME_MAIN_KEY]?: unknown })[FRAME_MAIN_KEY];
});

describe('loadFrameMain', () => {
  it('runs the registered starter with the options, after claiming the document from an older copy', async () => {
    const older = new ContentScriptContext('content');
    older.claimDocument();
    const ctx = new ContentScriptContext('content');
    const seen: { options: FrameMainOptions; olderEnded: boolean }[] = [];
    registerFrameMain((options) => {
      seen.push({ options, olderEnded: older.isInvalid });
      return { current: () => 'session', report: () => {} };
    });
    const main = await loadFrameMain<string>({ ctx, isTop: true });
    expect(main.current()).toBe('session');
    expect(seen).toEqual([{ options: { ctx, isTop: true }, olderEnded: true }]);
    expect(ctx.isInvalid).toBe(false);
    ctx.abort();
  });
});
