/**
 * The frame's session kept in step, with WXT's fake browser and the session replaced by a recorder:
 * it starts only once the page may name someone, with the settings of that moment; a paused site or
 * an empty index starts nothing and says so once; a restart starts afresh; stop ends everything.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildIndex, type MentionIndex } from '@/utils/matcher';
import { ContentScriptContext } from '@/utils/page/script-context';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-model';
import { TEST_ENTITIES } from '@/tests/support/matcher-entities';
import type { Session, SessionOptions } from './session';
import { createFrameSession } from './frame-session';

const started: { options: SessionOptions; session: Session }[] = [];
vi.mock('./session', () => ({
  startSession: (options: SessionOptions): Session => {
    const session = { update: vi.fn(), stop: vi.fn(), next: vi.fn(), rescan: vi.fn(), reveal: vi.fn(), revealAt: vi.fn(), sentences: async () => [], pageMentions: () => ({ counts: {}, total: 0 }) };
    started.push({ options, session });
    return session;
  },
}));

const index: MentionIndex = buildIndex(TEST_ENTITIES);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
let ctx: ContentScriptContext;
let sent: unknown[];

function frame(isTop = true) {
  const errors: unknown[] = [];
  const f = createFrameSession({ ctx, site: 'news.example', isTop, report: (error) => errors.push(error) });
  return { f, errors };
}

beforeEach(() => {
  fakeBrowser.reset();
  started.length = 0;
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => void sent.push(message));
  ctx = new ContentScriptContext('content');
  document.body.innerHTML = '<p>Putin met Modi.</p>';
});
afterEach(() => ctx.abort());

describe('createFrameSession', () => {
  it('starts a session once the page may name someone, with the settings of that moment', async () => {
    const { f, errors } = frame();
    f.apply(DEFAULT_SETTINGS, index, false);
    const later: Settings = { ...DEFAULT_SETTINGS, hoverDelayMs: 900 };
    f.apply(later, index, false);
    await settle();
    expect(started).toHaveLength(1);
    expect(started[0]!.options.settings).toBe(later);
    expect(f.current()).toBe(started[0]!.session);
    expect(errors).toEqual([]);
  });

  it('does not start on a page that names no one', async () => {
    document.body.innerHTML = '<p>Markets were calm.</p>';
    const { f } = frame();
    f.apply(DEFAULT_SETTINGS, index, false);
    await settle();
    expect(started).toHaveLength(0);
  });

  it('starts nothing on a paused site and tells the background once', async () => {
    const { f } = frame();
    const paused: Settings = { ...DEFAULT_SETTINGS, pausedSites: ['news.example'] };
    f.apply(paused, index, false);
    f.apply(paused, index, false);
    await settle();
    expect(started).toHaveLength(0);
    expect(sent).toEqual([{ type: 'page-mentions', state: 'paused', counts: {}, total: 0 }]);
  });

  it('updates a running session, restarts it on a new index, and stops it', async () => {
    const { f } = frame();
    f.apply(DEFAULT_SETTINGS, index, false);
    await settle();
    const first = started[0]!.session;
    f.apply({ ...DEFAULT_SETTINGS, hoverDelayMs: 700 }, index, false);
    expect(first.update).toHaveBeenCalledTimes(1);
    f.apply(DEFAULT_SETTINGS, index, true);
    expect(first.stop).toHaveBeenCalledTimes(1);
    await settle();
    expect(started).toHaveLength(2);
    f.stop();
    expect(started[1]!.session.stop).toHaveBeenCalledTimes(1);
    expect(f.current()).toBeNull();
  });

  it('an empty index or briefings turned off stop the session', async () => {
    const { f } = frame();
    f.apply(DEFAULT_SETTINGS, index, false);
    await settle();
    f.apply({ ...DEFAULT_SETTINGS, enabled: false }, index, false);
    expect(started[0]!.session.stop).toHaveBeenCalledTimes(1);
    expect(sent.at(-1)).toEqual({ type: 'page-mentions', state: 'off', counts: {}, total: 0 });
    f.apply(DEFAULT_SETTINGS, null, false);
    await settle();
    expect(started).toHaveLength(1);
  });
});
