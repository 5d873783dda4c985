/**
 * User settings: one versioned `@wxt-dev/storage` item read by every part of the extension.
 * Content scripts watch it, so a change in the options page or popup applies to open tabs at once.
 */
import { storage } from '@wxt-dev/storage';
import { ENTITY_KINDS, type EntityKind } from './pack/schema';

export type HighlightStyle = 'underline' | 'background';
export type Density = 'first-per-block' | 'every';

export interface Settings {
  /** Master switch: off means no scanning, no highlights and no card in any tab. */
  enabled: boolean;
  /** Which kinds of entity are highlighted. */
  kinds: Record<EntityKind, boolean>;
  style: HighlightStyle;
  /** Mark each entity's first mention per block of text, or every mention. */
  density: Density;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  kinds: { person: true, event: true, organization: true, place: true, topic: true },
  style: 'underline',
  density: 'first-per-block',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads whatever storage holds into a complete `Settings`, field by field: a missing or malformed
 * field falls back to its default and the well-formed ones are kept, so one bad value never costs
 * the user their other choices.
 */
export function normalizeSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const kindsIn = isRecord(input.kinds) ? input.kinds : {};
  const kinds = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [
      kind,
      typeof kindsIn[kind] === 'boolean' ? (kindsIn[kind] as boolean) : DEFAULT_SETTINGS.kinds[kind],
    ]),
  ) as Record<EntityKind, boolean>;
  return {
    enabled: typeof input.enabled === 'boolean' ? input.enabled : DEFAULT_SETTINGS.enabled,
    kinds,
    style: input.style === 'underline' || input.style === 'background' ? input.style : DEFAULT_SETTINGS.style,
    density: input.density === 'every' || input.density === 'first-per-block' ? input.density : DEFAULT_SETTINGS.density,
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with normalised settings whenever they change; returns the teardown. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
