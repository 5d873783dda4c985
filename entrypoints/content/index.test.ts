/**
 * The content script's wiring, with WXT's fake browser and the session replaced by a recorder:
 * settings and pack changes reach a running script, the stored index is used as compiled (and a
 * missing one is asked for), and the top frame answers only well-formed messages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '@/utils/page/script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildIndex, CompiledIndexError, compileIndex, INDEX_FORMAT } from '@/utils/matcher';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';
import { EXTENSION_VERSION } from '@/utils/extension-version';
import { TEST_ENTITIES } from '@/tests/support/matcher-entities';
import type { Session, SessionOptions } from './session';

const started: SessionOptions[] = [];
const sessions: { update: ReturnType<typeof vi.fn>; stop: ReturnType<typeof vi.fn>; next: ReturnType<typeof vi.fn>; rescan: ReturnType<typeof vi.fn> }[] = [];
vi.mock('./session', () => ({
  startSession: (options: SessionOptions): Session => {
    started.push(options);
    const session = { update: vi.fn(), stop: vi.fn(), next: vi.fn(() => true), rescan: vi.fn() };
    sessions.push(session);
    return {
      ...session,
      pageMentions: () => ({ counts: { 'vladimir-putin': 2 }, total: 2 }),
      reveal: vi.fn(() => true),
      revealAt: vi.fn((place: number, entityId: string) => place === 3 && entityId === 'vladimir-putin'),
      sentences: async () => [SENTENCE],
    };
  },
}));

const SENTENCE = { entityId: 'vladimir-putin', text: 'Putin met Modi.', start: 0, end: 5, mention: 0 };
const VERSION = EXTENSION_VERSION;
const storedIndex = (entities = TEST_ENTITIES) => ({ format: INDEX_FORMAT, version: VERSION, source: 'test', index: compileIndex(buildIndex(entities)) });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

type Listener = (message: unknown, sender: unknown, respond: (reply: unknown) => void) => unknown;

let ctx: ContentScriptContext;
let sent: unknown[];
/** The `onMessage` listeners the content script added. */
let listeners: Listener[];

async function run(): Promise<void> {
  const { default: content } = await import('./index');
  ctx = new ContentScriptContext('content', content);
  // WXT's entry wrapper passes this class in the build (wxt.config.ts aliases it for WXT's).
  await content.main(ctx as never);
  await flush();
}

beforeEach(() => {
  fakeBrowser.reset();
  started.length = 0;
  sessions.length = 0;
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => void sent.push(message));
  listeners = [];
  const addListener = fakeBrowser.runtime.onMessage.addListener.bind(fakeBrowser.runtime.onMessage);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
    listeners.push(listener as Listener);
    addListener(listener);
  });
  document.body.innerHTML = '<p>Putin met Modi.</p>';
});
afterEach(() => ctx?.abort());

describe('content script', () => {
  it('starts a session on the stored compiled index and the stored settings', async () => {
    await fakeBrowser.storage.local.set({ packIndex: storedIndex(), settings: { ...DEFAULT_SETTINGS, style: 'background' } });
    await run();
    expect(started).toHaveLength(1);
    expect(started[0]!.settings.style).toBe('background');
    expect(started[0]!.index.entities.map((e) => e.id)).toEqual(TEST_ENTITIES.map((e) => e.id));
  });

  it('starts no session on a page that names nobody, until the page changes to name someone', async () => {
    document.body.innerHTML = '<p id="live">Roses and beans in the spring.</p>';
    await fakeBrowser.storage.local.set({ packIndex: storedIndex() });
    await run();
    expect(started).toHaveLength(0);
    expect(sent).not.toContainEqual({ type: 'refresh-pack-index' });
    document.getElementById('live')!.append(' Then Modi spoke.');
    await vi.waitFor(() => expect(started).toHaveLength(1));
  });

  it('asks the background for an index it does not have, and starts when the index arrives', async () => {
    await run();
    expect(started).toHaveLength(0);
    expect(sent).toContainEqual({ type: 'refresh-pack-index' });
    await fakeBrowser.storage.local.set({ packIndex: storedIndex() });
    await flush();
    expect(started).toHaveLength(1);
  });

  it('asks again for an index compiled by another version, and does not use it', async () => {
    await fakeBrowser.storage.local.set({ packIndex: { ...storedIndex(), version: '1.0.0' } });
    await run();
    expect(started).toHaveLength(0);
    expect(sent).toContainEqual({ type: 'refresh-pack-index' });
  });

  it('asks for a new index when the scanner finds the stored one damaged', async () => {
    await fakeBrowser.storage.local.set({ packIndex: storedIndex() });
    await run();
    expect(sent).not.toContainEqual({ type: 'refresh-pack-index' });
    started[0]!.onError(new CompiledIndexError('edges is not base64'));
    await flush();
    expect(sent).toContainEqual({ type: 'refresh-pack-index' });
  });

  it('passes new settings to the running session, and stops it when the site is paused', async () => {
    await fakeBrowser.storage.local.set({ packIndex: storedIndex() });
    await run();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 900 } });
    await flush();
    expect(sessions[0]!.update).toHaveBeenCalledWith(expect.objectContaining({ hoverDelayMs: 900 }));
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
    await flush();
    expect(sessions[0]!.stop).toHaveBeenCalled();
    expect(sent).toContainEqual({ type: 'page-mentions', state: 'off', counts: {}, total: 0 });
  });

  it('restarts on a new index when the packs change', async () => {
    await fakeBrowser.storage.local.set({ packIndex: storedIndex() });
    await run();
    await fakeBrowser.storage.local.set({ packIndex: storedIndex(TEST_ENTITIES.slice(0, 1)) });
    await flush();
    expect(sessions[0]!.stop).toHaveBeenCalled();
    expect(started).toHaveLength(2);
    expect(started[1]!.index.entities).toHaveLength(1);
  });

  it('rescans a running session when a single-page app changes the address, and watches nothing without one', async () => {
    const intervals = vi.spyOn(globalThis, 'setInterval');
    await fakeBrowser.storage.local.set({ packIndex: storedIndex(), settings: { ...DEFAULT_SETTINGS, enabled: false } });
    await run();
    expect(started).toHaveLength(0);
    expect(intervals).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ settings: DEFAULT_SETTINGS });
    await flush();
    expect(started).toHaveLength(1);
    history.pushState({}, '', '/live/next-update');
    // happy-dom has no Navigation API: the address is read every second.
    await vi.waitFor(() => expect(sessions[0]!.rescan).toHaveBeenCalledTimes(1), { timeout: 2_500 });
  });

  it('answers the keyboard command, the popup and the side panel in the top frame, and ignores malformed messages', async () => {
    await fakeBrowser.storage.local.set({ packIndex: storedIndex() });
    await run();
    const answers = async (message: unknown) => {
      const replies: unknown[] = [];
      for (const listener of listeners) {
        await new Promise<void>((resolve) => {
          const kept = listener(message, {}, (reply: unknown) => {
            replies.push(reply);
            resolve();
          });
          if (kept !== true) resolve();
        });
      }
      return replies;
    };
    expect(await answers({ type: 'next-mention' })).toContainEqual(true);
    expect(sessions[0]!.next).toHaveBeenCalled();
    expect(await answers({ type: 'reveal-entity', entityId: 'vladimir-putin' })).toContainEqual(true);
    expect(await answers({ type: 'reveal-mention', entityId: 'vladimir-putin', mention: 3 })).toContainEqual(true);
    expect(await answers({ type: 'get-page-sentences' })).toContainEqual([SENTENCE]);
    for (const bad of [null, 'next-mention', { type: 'no-such-message' }, { kind: 'next-mention' }]) expect(await answers(bad)).toEqual([]);
  });
});
