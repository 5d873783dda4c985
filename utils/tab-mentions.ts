/**
 * What each tab's frames mention, kept by the background for the badge and the popup. Held in
 * `storage.session` where the browser has it, so an MV3 service worker that was put to sleep
 * wakes up knowing its tabs; in memory otherwise.
 */
import { browser } from 'wxt/browser';
import { sumMentions, type FrameState, type PageMentions } from './messages';
import { createWriteQueue } from './write-queue';

export interface FrameMentions extends PageMentions {
  state: FrameState;
}

export interface TabSummary extends PageMentions {
  /** The top frame's state: the badge greys out when briefings are paused or off there. */
  state: FrameState;
}

type TabFrames = Record<string, FrameMentions>;

const memory = new Map<number, TabFrames>();
const sessionArea = () => (browser.storage as { session?: typeof browser.storage.local }).session;
const KEY_PREFIX = 'tab-mentions:';
const keyOf = (tabId: number) => `${KEY_PREFIX}${tabId}`;

async function readTab(tabId: number): Promise<TabFrames> {
  const area = sessionArea();
  if (!area) return memory.get(tabId) ?? {};
  const stored = (await area.get(keyOf(tabId)))[keyOf(tabId)];
  return typeof stored === 'object' && stored !== null ? (stored as TabFrames) : {};
}

async function writeTab(tabId: number, frames: TabFrames): Promise<void> {
  const area = sessionArea();
  if (!area) memory.set(tabId, frames);
  else await area.set({ [keyOf(tabId)]: frames });
}

export function summarize(frames: TabFrames): TabSummary {
  const { counts, total } = sumMentions(Object.values(frames));
  return { counts, total, state: frames['0']?.state ?? 'active' };
}

/**
 * Every read-modify-write goes through one chain: frames of one page report at the same moment,
 * and two interleaved updates would lose one frame's counts.
 */
const serially = createWriteQueue();

/** Records one frame's mentions and returns the tab's new totals. */
export function recordFrame(tabId: number, frameId: number, mentions: FrameMentions): Promise<TabSummary> {
  return serially(async () => {
    const frames = await readTab(tabId);
    frames[String(frameId)] = { counts: mentions.counts, total: mentions.total, state: mentions.state };
    await writeTab(tabId, frames);
    return summarize(frames);
  });
}

export function tabSummary(tabId: number): Promise<TabSummary> {
  return serially(async () => summarize(await readTab(tabId)));
}

/** The tabs whose frames have reported, so far as this background knows. */
export function recordedTabs(): Promise<number[]> {
  return serially(async () => {
    const area = sessionArea();
    if (!area) return [...memory.keys()];
    return Object.keys(await area.get(null))
      .filter((key) => key.startsWith(KEY_PREFIX) && /^\d+$/.test(key.slice(KEY_PREFIX.length)))
      .map((key) => Number(key.slice(KEY_PREFIX.length)));
  });
}

/** Drops a tab's frames: it closed, or its top frame started loading a new document. */
export function forgetTab(tabId: number): Promise<void> {
  return serially(async () => {
    memory.delete(tabId);
    await sessionArea()?.remove(keyOf(tabId));
  });
}
