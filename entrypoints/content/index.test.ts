/**
 * The content script's wiring, bootstrap and main part together, with WXT's fake browser, the main
 * part's import replaced by a direct start, and the session replaced by a recorder: a frame whose
 * text the name gate rules out never loads its main part; settings and pack changes reach a running
 * script, the stored index is used as compiled (and a missing one is asked for), and the top frame
 * answers only well-formed messages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '@/utils/page/script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildIndex, CompiledIndexError, compileIndex, INDEX_FORMAT } from '@/utils/matcher';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';
import { EXTENSION_VERSION } from '@/utils/extension-version';
import { TEST_ENTITIES } from '@/tests/support/matcher-entities';
import type { FrameMainOptions } from '@/utils/frame-main';
import type { Session, SessionOptions } from '../frame-main/session';

const started: SessionOptions[] = [];
const sessions: { update: ReturnType<typeof vi.fn>; stop: ReturnType<typeof vi.fn>; next: ReturnType<typeof vi.fn>; rescan: ReturnType<typeof vi.fn> }[] = [];
const mainLoads = vi.hoisted(() => [] as unknown[]);
vi.mock('@/utils/frame-main', async () => {
  const { startFrameMain } = await import('../frame-main/start');
  return {
    importFrameMain: async () => {},
    loadFrameMain: async (options: FrameMainOptions) => {
      mainLoads.push(options);
      return startFrameMain(options);
    },
  };
});
vi.mock('../frame-main/session', () => ({
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
/** The compiled index as the background stores it: the head, and its gate keys apart. */
const stored = (entities = TEST_ENTITIES) => {
  const { gate, ...index } = compileIndex(buildIndex(entities));
  return { packIndex: { format: INDEX_FORMAT, version: VERSION, source: 'test', index }, packGate: { source: 'test', gate } };
};
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
  // On a page that names nobody `main` waits at the gate for good: the test goes on meanwhile.
  void content.main(ctx as never);
  for (let i = 0; i < 4; i++) await flush();
}

beforeEach(() => {
  fakeBrowser.reset();
  started.length = 0;
  sessions.length = 0;
  mainLoads.length = 0;
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
    await fakeBrowser.storage.local.set({ ...stored(), settings: { ...DEFAULT_SETTINGS, style: 'background' } });
    await run();
    expect(started).toHaveLength(1);
    expect(started[0]!.settings.style).toBe('background');
    expect(started[0]!.index.entities.map((e) => e.id)).toEqual(TEST_ENTITIES.map((e) => e.id));
  });

  it('loads nothing more on a page that names nobody, until the page changes to name someone', async () => {
    document.body.innerHTML = '<p id="live">Roses and beans in the spring.</p>';
    await fakeBrowser.storage.local.set(stored());
    await run();
    expect(mainLoads).toHaveLength(0);
    expect(started).toHaveLength(0);
    expect(sent).not.toContainEqual({ type: 'refresh-pack-index' });
    document.getElementById('live')!.append(' Then Modi spoke.');
    await vi.waitFor(() => expect(started).toHaveLength(1));
    expect(mainLoads).toHaveLength(1);
  });

  it('loads the main part when the gate admits the text but starts no session when the scanner finds no one', async () => {
    // "Modify" holds the gate key of "Modi": the gate lets it through, the scanner does not.
    document.body.innerHTML = '<p id="live">Modify the roses in the spring.</p>';
    await fakeBrowser.storage.local.set(stored());
    await run();
    await vi.waitFor(() => expect(mainLoads).toHaveLength(1));
    await flush();
    expect(started).toHaveLength(0);
  });

  it('checks the page again with the keys of a new index, and loads the main part when they admit it', async () => {
    document.body.innerHTML = '<p>The Rose Garden opened in the spring.</p>';
    await fakeBrowser.storage.local.set(stored());
    await run();
    expect(mainLoads).toHaveLength(0);
    const garden = { id: 'rose-garden', kind: 'topic' as const, aliases: ['Rose Garden'] };
    await fakeBrowser.storage.local.set(stored([...TEST_ENTITIES, garden]));
    await vi.waitFor(() => expect(started).toHaveLength(1));
    expect(mainLoads).toHaveLength(1);
  });

  it('loads the main part when the stored keys have the right shape but make the gate fail', async () => {
    document.body.innerHTML = '<p>Roses and beans in the spring.</p>';
    const { packIndex, packGate } = stored();
    // Keys that are not strings: the gate throws at the first word that starts like one.
    const broken = { ...packGate.gate!, starts: packGate.gate!.starts.map(() => 7) };
    await fakeBrowser.storage.local.set({ packIndex, packGate: { ...packGate, gate: broken } });
    await run();
    await vi.waitFor(() => expect(mainLoads).toHaveLength(1));
  });

  it('loads the main part at once when no gate keys are stored', async () => {
    document.body.innerHTML = '<p>Roses and beans in the spring.</p>';
    await run();
    expect(mainLoads).toHaveLength(1);
  });

  it('asks the background for an index it does not have, and starts when the index arrives', async () => {
    await run();
    expect(started).toHaveLength(0);
    expect(sent).toContainEqual({ type: 'refresh-pack-index' });
    await fakeBrowser.storage.local.set(stored());
    await flush();
    expect(started).toHaveLength(1);
  });

  it('asks again for an index compiled by another version, and does not use it', async () => {
    await fakeBrowser.storage.local.set({ ...stored(), packIndex: { ...storedIndex(), version: '1.0.0' } });
    await run();
    expect(started).toHaveLength(0);
    expect(sent).toContainEqual({ type: 'refresh-pack-index' });
  });

  it('asks for a new index when the scanner finds the stored one damaged', async () => {
    await fakeBrowser.storage.local.set(stored());
    await run();
    expect(sent).not.toContainEqual({ type: 'refresh-pack-index' });
    started[0]!.onError(new CompiledIndexError('edges is not base64'));
    await flush();
    expect(sent).toContainEqual({ type: 'refresh-pack-index' });
  });

  it('passes new settings to the running session, and stops it when the site is paused', async () => {
    await fakeBrowser.storage.local.set(stored());
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
    await fakeBrowser.storage.local.set(stored());
    await run();
    await fakeBrowser.storage.local.set(stored(TEST_ENTITIES.slice(0, 1)));
    await flush();
    expect(sessions[0]!.stop).toHaveBeenCalled();
    expect(started).toHaveLength(2);
    expect(started[1]!.index.entities).toHaveLength(1);
  });

  it('rescans a running session when a single-page app changes the address, and watches nothing without one', async () => {
    const intervals = vi.spyOn(globalThis, 'setInterval');
    await fakeBrowser.storage.local.set({ ...stored(), settings: { ...DEFAULT_SETTINGS, enabled: false } });
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
    await fakeBrowser.storage.local.set(stored());
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
