/**
 * The background with WXT's fake browser: badge counts per tab and frame, the compiled pack index
 * kept in step with the packs, and messages of the wrong shape ignored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTENSION_VERSION } from '@/utils/extension-version';
import { bundledPack } from '@/utils/pack/bundled-pack';
import { packIndexItem } from '@/utils/pack/pack-index';
import { packsItem } from '@/utils/pack/pack-store';
import { updateSettings } from '@/utils/settings';
import { flushDiagnostics, loadDiagnostics, totalErrors } from '@/utils/diagnostics';
import background from './index';

const VERSION = EXTENSION_VERSION;
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

/** Delivers `message` from a frame of a tab, as a content script would send it. */
async function fromFrame(message: unknown, tabId?: number, frameId = 0): Promise<unknown[]> {
  const sender = tabId === undefined ? {} : { tab: { id: tabId } as never, frameId };
  return fakeBrowser.runtime.onMessage.trigger(message, sender);
}

type CommandListener = (command: string, tab?: { windowId?: number }) => Promise<void>;
let onCommand: CommandListener | undefined;

afterEach(() => vi.unstubAllGlobals());

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser's commands API cannot fire a command; the listener is kept to call it directly.
  onCommand = undefined;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => void (onCommand = listener as unknown as CommandListener));
  background.main();
});

describe('background', () => {
  it('adds up the mentions of every frame of a tab on its badge, and each tab on its own', async () => {
    await fromFrame({ type: 'page-mentions', state: 'active', counts: { 'vladimir-putin': 2 }, total: 2 }, 7, 0);
    await fromFrame({ type: 'page-mentions', state: 'active', counts: { 'narendra-modi': 3 }, total: 3 }, 7, 4);
    await fromFrame({ type: 'page-mentions', state: 'active', counts: { 'narendra-modi': 1 }, total: 1 }, 8, 0);
    expect(await badge(7)).toBe('5');
    expect(await badge(8)).toBe('1');
    // A frame reporting again replaces its own count, not the others'.
    await fromFrame({ type: 'page-mentions', state: 'active', counts: {}, total: 0 }, 7, 4);
    expect(await badge(7)).toBe('2');
  });

  it('shows a paused top frame as paused', async () => {
    await fromFrame({ type: 'page-mentions', state: 'paused', counts: {}, total: 0 }, 7, 0);
    expect(await badge(7)).toBe('❚❚');
  });

  it('ignores messages of the wrong shape, and mentions from no tab', async () => {
    for (const bad of [null, 'page-mentions', { type: 'page-mention' }, { kind: 'page-mentions', total: 3 }]) await fromFrame(bad, 7, 0);
    await fromFrame({ type: 'page-mentions', state: 'active', counts: { x: 3 }, total: 3 });
    expect(await badge(7)).toBe('');
  });

  it('says on the toolbar button what the badge counts and which story the names come from', async () => {
    await fromFrame({ type: 'page-mentions', state: 'active', counts: { 'vladimir-putin': 20 }, total: 20 }, 7, 0);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(`Contextual Briefings: 20 mentions of people and events from “${bundledPack.title}” on this page`);
    await fromFrame({ type: 'page-mentions', state: 'paused', counts: {}, total: 0 }, 8, 0);
    expect(await fakeBrowser.action.getTitle({ tabId: 8 })).toBe('Contextual Briefings: paused on this site');
  });

  it('retitles every open tab that reported when the interface language or the stories change, not only at its next report', async () => {
    const [reading, paused] = [(await fakeBrowser.tabs.create({})).id!, (await fakeBrowser.tabs.create({})).id!];
    await fromFrame({ type: 'page-mentions', state: 'active', counts: { 'vladimir-putin': 2 }, total: 2 }, reading, 0);
    await fromFrame({ type: 'page-mentions', state: 'paused', counts: {}, total: 0 }, paused, 0);
    // A tab that reported and closed since: nothing to retitle, and no error.
    await fromFrame({ type: 'page-mentions', state: 'active', counts: {}, total: 0 }, 999, 0);
    expect(await fakeBrowser.action.getTitle({ tabId: reading })).toMatch(/^Contextual Briefings: 2 mentions/);
    // The chosen language's messages, as the extension's own files serve them.
    vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(resolve(__dirname, '../../public', new URL(url).pathname.slice(1)))));
    await updateSettings({ language: 'ru' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: reading })).toMatch(/^Contextual Briefings: 2 упоминания/));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: paused })).toBe('Contextual Briefings: приостановлено на этом сайте'));
    await updateSettings({ language: 'en' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: reading })).toMatch(/^Contextual Briefings: 2 mentions/));
    // A second story installed reaches the tooltip too.
    const stored = (await packsItem.getValue()) ?? { imported: [] };
    await packsItem.setValue({ ...stored, imported: [{ pack: { ...bundledPack, id: 'second-story', title: 'A second story' }, installedAt: 1 }] });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: reading })).toBe('Contextual Briefings: 2 mentions of people and events from 2 stories on this page'));
    await flushDiagnostics();
    expect(totalErrors(await loadDiagnostics())).toBe(0);
  });

  it('opens the welcome page on a first install, and not on an update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1', temporary: false });
    await flush();
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await flush();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/\/welcome\.html$/);
  });

  it('compiles the pack index when the extension is installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await flush();
    expect(await packIndexItem.getValue()).toMatchObject({ version: VERSION });
  });

  it('compiles it again when the packs change, and when a frame asks', async () => {
    await fromFrame({ type: 'refresh-pack-index' }, 7, 0);
    const first = (await packIndexItem.getValue())!;
    expect(first.version).toBe(VERSION);
    await packsItem.setValue({ disabled: [bundledPack.id], imported: [] });
    await flush();
    const second = (await packIndexItem.getValue())!;
    expect(second.source).not.toBe(first.source);
    expect(second.index.entities).toEqual([]);
  });

  it('opens Chrome’s side panel beside the window the side panel command came from', async () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel = { open };
    await onCommand!('open-side-panel', { windowId: 3 });
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
  });
});
