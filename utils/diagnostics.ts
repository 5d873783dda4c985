/**
 * The extension's own errors, kept where the user can see them and nowhere else: counts by place
 * and the last few messages, in `local:diagnostics`, shown by the options page. Errors are caught
 * where they happen (a failed batch, a card that could not open) and handed to `recordError`, which
 * never throws, so nothing of ours reaches the page's console as an error.
 *
 * What is kept is deliberately small and plain: the error's name and message only (no stack, which
 * carries file positions and, from some engines, page script URLs), with web addresses replaced by
 * `<address>` and every string capped, so a page cannot fill storage through our error path.
 */
import { readLocal, removeLocal, watchLocal, writeLocal } from './local-store';
import { isRecord } from './is-record';

/** One recorded error. */
export interface DiagnosticEntry {
  /** Where it was caught: a short fixed label from our code (`content/scan`, `card/open`). */
  where: string;
  /** `Name: message`, cleaned and capped (see `describeError`). */
  message: string;
  /** When, in ms since the epoch. */
  at: number;
}

/** What `local:diagnostics` holds (version 1). */
export interface Diagnostics {
  /** Errors caught since the last clear, by place. */
  counts: Record<string, number>;
  /** The most recent errors, newest first, at most `DIAGNOSTIC_LIMITS.maxRecent`. */
  recent: DiagnosticEntry[];
}

export const DIAGNOSTIC_LIMITS = {
  /** Messages kept; counts are kept for every place. */
  maxRecent: 10,
  /** Characters kept of one message. */
  maxMessageChars: 200,
  /** Characters kept of a place label. */
  maxWhereChars: 60,
  /** Distinct places counted; further places are counted under `OTHER_PLACE`. */
  maxPlaces: 50,
  /**
   * One page writes at most once per this interval: an error that repeats on every mutation batch
   * (every 10 ms on some pages) must not turn into a storage write per batch.
   */
  writeIntervalMs: 2_000,
} as const;

/** Where errors are counted once `maxPlaces` distinct places have been seen. */
export const OTHER_PLACE = '(other)';

const EMPTY: Diagnostics = { counts: {}, recent: [] };

const KEY = 'diagnostics';

/**
 * Where the diagnostics are kept (`storage.local`, key `diagnostics`), by raw key so that every
 * frame's content script can record without carrying the storage library. Only what recording
 * needs is here; the options page's clear and watch use the key directly, so frames do not carry
 * them.
 */
export const diagnosticsStore = {
  get: async (): Promise<unknown> => (await readLocal([KEY]))[KEY],
  set: (value: Diagnostics): Promise<void> => writeLocal({ [KEY]: value }),
};

/** Errors recorded on this page and not yet written. */
let pending: Diagnostics = { counts: {}, recent: [] };
let timer: ReturnType<typeof setTimeout> | undefined;
let lastWrite = Number.NEGATIVE_INFINITY;
let writing: Promise<void> = Promise.resolve();

/**
 * Counts `error` under `where` and keeps its message. Never throws and never logs: this is the
 * last stop for our errors. The write happens at once when this page has not written for
 * `writeIntervalMs`, otherwise when the interval is up, with everything recorded meanwhile.
 */
export function recordError(where: string, error: unknown): void {
  try {
    const entry: DiagnosticEntry = { where: cleanWhere(where), message: describeError(error), at: Date.now() };
    pending = merge(pending, { counts: { [entry.where]: 1 }, recent: [entry] });
    scheduleWrite();
  } catch {
    // Recording an error must never become an error of its own.
  }
}

function scheduleWrite(): void {
  if (timer !== undefined) return;
  const wait = Math.max(0, lastWrite + DIAGNOSTIC_LIMITS.writeIntervalMs - Date.now());
  timer = setTimeout(() => {
    timer = undefined;
    void flushDiagnostics();
  }, wait);
}

/**
 * Writes what this page has recorded now, ignoring the interval: for a page that is going away
 * (the content script's `ctx.onInvalidated`) and for tests. Resolves once written; never rejects.
 */
export function flushDiagnostics(): Promise<void> {
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
  writing = writing.then(async () => {
    if (pending.recent.length === 0) return;
    const batch = pending;
    pending = { counts: {}, recent: [] };
    lastWrite = Date.now();
    try {
      // Read-modify-write: two tabs writing in the same instant can lose one batch's counts, which
      // is acceptable for a diagnostic count and far cheaper than a cross-tab lock.
      const stored = normalizeDiagnostics(await diagnosticsStore.get());
      await diagnosticsStore.set(merge(stored, batch));
    } catch {
      // Storage unavailable (extension reloaded, quota): these errors are dropped, not retried forever.
    }
  });
  return writing;
}

/** What storage holds, plus what this page has recorded but not yet written. */
export async function loadDiagnostics(): Promise<Diagnostics> {
  let stored: Diagnostics = EMPTY;
  try {
    stored = normalizeDiagnostics(await diagnosticsStore.get());
  } catch {
    // Unreadable storage shows as "nothing recorded" plus this page's own errors.
  }
  return merge(stored, pending);
}

/** Forgets every recorded error, on this page and in storage. */
export async function clearDiagnostics(): Promise<void> {
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
  pending = { counts: {}, recent: [] };
  await writing;
  await removeLocal(KEY);
}

/** Calls `onChange` with the diagnostics whenever any page writes them; returns the teardown. */
export function watchDiagnostics(onChange: (diagnostics: Diagnostics) => void): () => void {
  return watchLocal([KEY], () => void loadDiagnostics().then(onChange, () => undefined));
}

/** Total errors recorded, over every place. */
export function totalErrors(diagnostics: Diagnostics): number {
  return Object.values(diagnostics.counts).reduce((sum, count) => sum + count, 0);
}

/** Reads any stored value as `Diagnostics`, dropping what is malformed (storage edited by hand). */
export function normalizeDiagnostics(raw: unknown): Diagnostics {
  if (!isRecord(raw)) return EMPTY;
  const counts: Record<string, number> = Object.create(null) as Record<string, number>;
  if (isRecord(raw.counts)) {
    for (const [where, count] of Object.entries(raw.counts)) {
      if (typeof count === 'number' && Number.isSafeInteger(count) && count > 0) counts[cleanWhere(where)] = count;
    }
  }
  const recent: DiagnosticEntry[] = [];
  for (const entry of Array.isArray(raw.recent) ? raw.recent : []) {
    if (!isRecord(entry) || typeof entry.where !== 'string' || typeof entry.message !== 'string') continue;
    const at = typeof entry.at === 'number' && Number.isFinite(entry.at) ? entry.at : 0;
    recent.push({ where: cleanWhere(entry.where), message: clip(clean(entry.message), DIAGNOSTIC_LIMITS.maxMessageChars), at });
  }
  return merge(EMPTY, { counts, recent });
}

/** Adds `more` to `base`: counts summed, places capped, newest messages first. */
function merge(base: Diagnostics, more: Diagnostics): Diagnostics {
  // A null-prototype record: place labels are our own strings, but storage can be edited by hand.
  const counts: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, base.counts);
  for (const [where, count] of Object.entries(more.counts)) {
    const place = where in counts || Object.keys(counts).length < DIAGNOSTIC_LIMITS.maxPlaces ? where : OTHER_PLACE;
    counts[place] = Math.min(Number.MAX_SAFE_INTEGER, (counts[place] ?? 0) + count);
  }
  const recent = [...more.recent, ...base.recent]
    .sort((a, b) => b.at - a.at)
    .slice(0, DIAGNOSTIC_LIMITS.maxRecent);
  return { counts: { ...counts }, recent };
}

/** Web addresses, which could name the page the user was reading. */
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s"'<>)]*/gi;
/** Line breaks, tabs and invisible or bidi characters, shown as spaces. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]+/gu;

function clean(text: string): string {
  return text.replace(UNPRINTABLE, ' ').replace(ADDRESS, '<address>').replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function cleanWhere(where: string): string {
  return clip(clean(String(where)), DIAGNOSTIC_LIMITS.maxWhereChars) || 'unknown';
}

/**
 * `Name: message` for an `Error` (or anything shaped like one: errors from another realm fail
 * `instanceof`), the text of a string, and the type of anything else. Never the stack.
 */
export function describeError(error: unknown): string {
  let text: string;
  if (isRecord(error) && typeof error.message === 'string') {
    const name = typeof error.name === 'string' && error.name !== '' ? error.name : 'Error';
    text = error.message === '' ? name : `${name}: ${error.message}`;
  } else if (typeof error === 'string') {
    text = error;
  } else {
    text = `thrown ${error === null ? 'null' : typeof error}`;
  }
  return clip(clean(text), DIAGNOSTIC_LIMITS.maxMessageChars) || 'Error';
}
