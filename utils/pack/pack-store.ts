/**
 * Installed packs: the bundled pack (always present; it can be disabled but never removed) and the
 * packs the user imported, kept in one versioned storage item. Imported JSON passes through
 * `parsePackJson` in full before anything is written, so a refused file leaves storage untouched.
 */
import { storage } from '@wxt-dev/storage';
import { bundledPack } from './bundled-pack';
import { PACK_LIMITS, type Pack } from './schema';
import { formatPackIssues, parsePackJson, validatePack } from './validate-pack';
import { fileKind } from '../file-kind';
import type { TextPlace } from '../json-error';
import { isRecord } from '../is-record';
import { createWriteQueue } from '../write-queue';

/** A pack as the options page lists it. */
export interface InstalledPack {
  pack: Pack;
  /** The pack that ships with the extension: it can be disabled, not removed or replaced. */
  builtIn: boolean;
  /** Disabled packs stay installed but are not used on pages or in the popup. */
  enabled: boolean;
  /** When it was imported (ms since the epoch); `null` for the built-in pack. */
  installedAt: number | null;
}

/** What `local:packs` holds (version 1). */
export interface StoredPacks {
  /** Ids of installed packs the user disabled (the built-in one included). */
  disabled: string[];
  /** Imported packs, oldest first. */
  imported: { pack: Pack; installedAt: number }[];
}

const EMPTY: StoredPacks = { disabled: [], imported: [] };

export const packsItem = storage.defineItem<StoredPacks>('local:packs', { fallback: EMPTY, version: 1 });

/** Why an import was refused, for the page to put in words. */
export type ImportRefusal =
  | { kind: 'not-json'; at: TextPlace | null }
  | { kind: 'too-large' }
  /** A settings file, chosen where a pack was expected. */
  | { kind: 'settings-file' }
  /** JSON, but not marked as a briefing pack. */
  | { kind: 'not-a-pack' }
  /** Marked as a pack, with `issueCount` fields wrong (listed in the result's `message`). */
  | { kind: 'invalid-pack'; issueCount: number }
  | { kind: 'built-in-id'; id: string }
  | { kind: 'id-taken'; id: string; title: string }
  | { kind: 'storage-refused' };

export type ImportResult =
  | { ok: true; pack: Pack; replaced: boolean }
  /**
   * `refusal`: what went wrong, in one word; `message`: the detail behind it (each field as
   * `field: problem`). `conflictId`: the refusal is only that this id is installed; importing again
   * with `replace` would succeed.
   */
  | { ok: false; refusal: ImportRefusal; message: string; conflictId?: string };

export interface ImportOptions {
  /** Replace an imported pack that has the same id (never the built-in one). */
  replace?: boolean;
}

/**
 * Reads storage defensively: a stored pack that no longer validates (storage edited by hand, or a
 * future format) is skipped rather than trusted, and a malformed item reads as "nothing imported".
 */
async function readStored(): Promise<StoredPacks> {
  return inspectStoredPacks(await packsItem.getValue()).stored;
}

/** What `inspectStoredPacks` found: what can be used, and what had to be left out, for the user. */
export interface StoredPacksInspection {
  stored: StoredPacks;
  /** One phrase per thing left out: `imported pack 2 ("Old story": entities[0].kind: must be …)`. */
  problems: string[];
}

/** Problems a notice lists by name; the rest are counted. */
const MAX_NOTICE_PROBLEMS = 5;
/** Longest pack title quoted in a notice; a hand-edited title can be anything. */
const MAX_NOTICE_TITLE = 60;

/** Reads any value as `StoredPacks`, keeping every usable part and naming each part left out. */
export function inspectStoredPacks(raw: unknown): StoredPacksInspection {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { stored: EMPTY, problems };
  if (!isRecord(raw)) return { stored: EMPTY, problems: ['the list of installed packs'] };
  const disabled = Array.isArray(raw.disabled) ? raw.disabled.filter((id): id is string => typeof id === 'string') : [];
  if (raw.disabled !== undefined && (!Array.isArray(raw.disabled) || disabled.length !== raw.disabled.length)) {
    problems.push('the list of disabled packs');
  }
  if (raw.imported !== undefined && !Array.isArray(raw.imported)) problems.push('the list of imported packs');
  const imported: StoredPacks['imported'] = [];
  (Array.isArray(raw.imported) ? (raw.imported as unknown[]) : []).forEach((entry, index) => {
    const label = `imported pack ${index + 1}${storedTitle(entry)}`;
    if (!isRecord(entry)) {
      problems.push(label);
      return;
    }
    const checked = validatePack(entry.pack);
    if (!checked.ok) {
      const first = checked.issues[0];
      problems.push(`${label} (${first ? `${first.path || 'pack'}: ${first.message}` : 'not a pack'})`);
    } else if (checked.pack.id === bundledPack.id || imported.some((other) => other.pack.id === checked.pack.id)) {
      problems.push(`${label} (its id "${checked.pack.id}" is already in use)`);
    } else {
      imported.push({ pack: checked.pack, installedAt: typeof entry.installedAt === 'number' ? entry.installedAt : 0 });
    }
  });
  return { stored: { disabled, imported }, problems };
}

function storedTitle(entry: unknown): string {
  const title = isRecord(entry) && isRecord(entry.pack) ? entry.pack.title : undefined;
  if (typeof title !== 'string' || title.trim() === '') return '';
  const clipped = title.length > MAX_NOTICE_TITLE ? `${title.slice(0, MAX_NOTICE_TITLE - 1)}…` : title;
  // JSON quoting shows line breaks and other control characters as escapes, not as layout.
  return ` ${JSON.stringify(clipped)}`;
}

/** What went wrong reading the stored packs, for the options page to put in words (utils/storage-notice.ts). */
export type PacksNotice =
  /** Storage itself failed; `reason` is the browser's message. */
  | { kind: 'read-failed'; reason: string }
  /** Parts left out, each named (`imported pack 2 "Old story" (entities[0].kind: …)`), at most a few; `more` counts the rest. */
  | { kind: 'left-out'; problems: string[]; more: number };

/** The installed packs plus, when storage held something unusable, what went wrong. */
export interface PacksLoad {
  packs: InstalledPack[];
  /** Shown to the user (options page); absent when storage held nothing or held good packs. */
  notice?: PacksNotice;
}

/**
 * `listPacks` for the options page: also says when storage failed to read or held packs that could
 * not be used. The built-in pack is always there. Storage is left alone; the next change to the
 * packs (import, enable, remove) saves only what could be read.
 */
export async function listPacksWithNotice(): Promise<PacksLoad> {
  let raw: unknown;
  try {
    raw = await packsItem.getValue();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { packs: toInstalled(EMPTY), notice: { kind: 'read-failed', reason } };
  }
  const { stored, problems } = inspectStoredPacks(raw);
  const packs = toInstalled(stored);
  if (problems.length === 0) return { packs };
  return { packs, notice: { kind: 'left-out', problems: problems.slice(0, MAX_NOTICE_PROBLEMS), more: Math.max(0, problems.length - MAX_NOTICE_PROBLEMS) } };
}

function toInstalled(stored: StoredPacks): InstalledPack[] {
  const off = new Set(stored.disabled);
  return [
    { pack: bundledPack, builtIn: true, enabled: !off.has(bundledPack.id), installedAt: null },
    ...stored.imported.map(({ pack, installedAt }) => ({ pack, builtIn: false, enabled: !off.has(pack.id), installedAt })),
  ];
}

/** Every installed pack: the built-in one first, then imported packs, oldest first. */
export async function listPacks(): Promise<InstalledPack[]> {
  return toInstalled(await readStored());
}

/** The packs pages and the popup should use, in list order. */
export async function loadEnabledPacks(): Promise<Pack[]> {
  return enabledPacksIn(await packsItem.getValue());
}

/** The enabled packs of a raw `local:packs` value, read as `loadEnabledPacks` reads storage. */
export function enabledPacksIn(raw: unknown): Pack[] {
  return toInstalled(inspectStoredPacks(raw).stored)
    .filter((entry) => entry.enabled)
    .map((entry) => entry.pack);
}

/** Calls `onChange` with the enabled packs whenever the installed packs change; returns the teardown. */
export function watchEnabledPacks(onChange: (packs: Pack[]) => void): () => void {
  return packsItem.watch(() => void loadEnabledPacks().then(onChange, () => undefined));
}

/** Calls `onChange` with the full list whenever the installed packs change; returns the teardown. */
export function watchPacks(onChange: (packs: InstalledPack[]) => void): () => void {
  return packsItem.watch(() => void listPacks().then(onChange, () => undefined));
}

/** Changes to the packs run one after another (enable, then remove: neither is lost). */
const exclusive = createWriteQueue();

/**
 * Validates `jsonText` as a pack and installs it. Refused — with storage unchanged — when the text
 * is not a valid pack (the message lists each problem as `field: problem`), when its id is the
 * built-in pack's, or when its id is already installed and `replace` is not set.
 */
export function importPack(jsonText: string, options: ImportOptions = {}): Promise<ImportResult> {
  return exclusive(async (): Promise<ImportResult> => {
    const parsed = parsePackJson(jsonText);
    if (!parsed.ok) {
      return { ok: false, refusal: packRefusal(jsonText, parsed.issues.length), message: `This pack was not installed:\n${formatPackIssues(parsed.issues)}` };
    }
    const { pack } = parsed;
    if (pack.id === bundledPack.id) {
      return {
        ok: false,
        refusal: { kind: 'built-in-id', id: pack.id },
        message: `This pack was not installed: id: "${pack.id}" is the built-in pack's id, which cannot be replaced. Give the pack another id.`,
      };
    }
    const stored = await readStored();
    const existing = stored.imported.find((entry) => entry.pack.id === pack.id);
    if (existing && !options.replace) {
      return {
        ok: false,
        refusal: { kind: 'id-taken', id: pack.id, title: existing.pack.title },
        message: `This pack was not installed: id: a pack with the id "${pack.id}" (“${existing.pack.title}”) is already installed. Replace it, or give the new pack another id.`,
        conflictId: pack.id,
      };
    }
    const entry = { pack, installedAt: Date.now() };
    const imported = existing
      ? stored.imported.map((other) => (other.pack.id === pack.id ? entry : other))
      : [...stored.imported, entry];
    try {
      await packsItem.setValue({ ...stored, imported });
    } catch (error) {
      // Typically the storage quota (about 10 MB in Chrome without `unlimitedStorage`).
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, refusal: { kind: 'storage-refused' }, message: `This pack was not installed: the browser refused to store it (${reason}).` };
    }
    return { ok: true, pack, replaced: Boolean(existing) };
  });
}

/** Why pack text that failed validation with `issueCount` issues failed, as a kind of file. */
function packRefusal(text: string, issueCount: number): ImportRefusal {
  if (text.length > PACK_LIMITS.maxPackChars) return { kind: 'too-large' };
  const kind = fileKind(text);
  switch (kind.kind) {
    case 'not-json':
      return { kind: 'not-json', at: kind.at };
    case 'settings':
      return { kind: 'settings-file' };
    case 'other-json':
      return { kind: 'not-a-pack' };
    case 'pack':
      return { kind: 'invalid-pack', issueCount };
  }
}

/** Turns an installed pack on or off; unknown ids are ignored. */
export function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  return exclusive(async () => {
    const stored = await readStored();
    if (id !== bundledPack.id && !stored.imported.some((entry) => entry.pack.id === id)) return;
    const disabled = stored.disabled.filter((other) => other !== id);
    if (!enabled) disabled.push(id);
    await packsItem.setValue({ ...stored, disabled });
  });
}

export type RemoveResult = { ok: true } | { ok: false; message: string };

/** Uninstalls an imported pack. The built-in pack is refused (disable it instead). */
export function removePack(id: string): Promise<RemoveResult> {
  return exclusive(async (): Promise<RemoveResult> => {
    if (id === bundledPack.id) return { ok: false, message: 'The built-in pack cannot be removed; you can disable it.' };
    const stored = await readStored();
    if (!stored.imported.some((entry) => entry.pack.id === id)) return { ok: false, message: `No pack with the id "${id}" is installed.` };
    await packsItem.setValue({
      disabled: stored.disabled.filter((other) => other !== id),
      imported: stored.imported.filter((entry) => entry.pack.id !== id),
    });
    return { ok: true };
  });
}

/** A pack as pretty JSON, the same format `importPack` reads. */
export function packToJson(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** The installed pack `id` as pretty JSON, or `null` when no such pack is installed. */
export async function exportPack(id: string): Promise<string | null> {
  const found = (await listPacks()).find((entry) => entry.pack.id === id);
  return found ? packToJson(found.pack) : null;
}

/** A file name for an exported pack: `russia-india-talks.briefing-pack.json`. */
export function packFileName(pack: Pack): string {
  return `${pack.id}.briefing-pack.json`;
}
