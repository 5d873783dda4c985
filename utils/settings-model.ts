/**
 * What the user's settings are, as values: the type, the defaults, site keys and site status, and
 * the reading of any stored value into complete settings. No storage here: settings.ts keeps the
 * stored item, and the content script reads the raw value through this module alone.
 *
 * Sites are stored as **site keys** (see `normalizeHostname`): a lower-case hostname without a
 * leading `www.` and without a trailing dot. A key covers its subdomains, so pausing `example.com`
 * pauses `news.example.com` too, and `www.example.com` / `example.com` are one and the same entry.
 */
import { ENTITY_KINDS, type EntityKind } from './pack/entity-kinds';
import { isRecord } from './is-record';
import { isLanguageSetting, type LanguageSetting } from './ui-language';

/** `off` draws nothing: mentions are still found, hover and the keyboard still open their cards. */
export type HighlightStyle = 'underline' | 'background' | 'off';
export type Density = 'first-per-block' | 'every';

export interface Settings {
  /** Master switch: off means no scanning, no highlights and no card in any tab. */
  enabled: boolean;
  /** Which kinds of entity are highlighted. */
  kinds: Record<EntityKind, boolean>;
  style: HighlightStyle;
  /** Mark each entity's first mention per block of text, or every mention. */
  density: Density;
  /** Site keys (see `normalizeHostname`) where briefings are paused; each covers its subdomains. */
  pausedSites: string[];
  /** When on, briefings run only on `allowedSites` (and never on a paused site). */
  allowListMode: boolean;
  /** Site keys where briefings run in allow-list mode; each covers its subdomains. */
  allowedSites: string[];
  /** How long the pointer rests on a name before its card opens, in ms (`HOVER_DELAY_LIMITS`). */
  hoverDelayMs: number;
  /** The interface's language (popup, options, card, messages); `auto` follows the browser. */
  language: LanguageSetting;
}

/**
 * The card's dwell time. 500 ms follows Wikipedia's Page Previews; below ~150 ms cards flash up as
 * the pointer merely crosses a line, above 2 s the feature feels broken.
 */
export const HOVER_DELAY_LIMITS = { min: 150, max: 2000, step: 50, default: 500 } as const;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  kinds: { person: true, event: true, organization: true, place: true, topic: true },
  style: 'underline',
  density: 'first-per-block',
  pausedSites: [],
  allowListMode: false,
  allowedSites: [],
  hoverDelayMs: HOVER_DELAY_LIMITS.default,
  language: 'auto',
};

/** One DNS label: letters, digits and inner hyphens (IDNs arrive punycoded from `URL`). */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Turns what a user types or what a tab's URL holds into a site key, or `null` when it names no
 * web site. Accepts a bare hostname (`News.Example.com.`), a hostname with a port or path, or a
 * whole URL (`https://www.example.com/a?b`). The key is lower-case, without port, without a
 * trailing dot and without one leading `www.`; IPv4 addresses and `localhost` are kept as they are.
 */
export function normalizeHostname(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  let host: string;
  try {
    // `URL` lower-cases, punycodes and strips the port and path for us.
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  const labels = host.split('.');
  if (host === '' || host.length > 253 || !labels.every((label) => LABEL.test(label))) return null;
  // A single label is only a site when it is `localhost`; `foo` typed alone is almost surely a typo.
  if (labels.length === 1 && host !== 'localhost') return null;
  return host;
}

/** Does the site key `site` cover `host` (itself or a subdomain)? Both must be site keys. */
export function covers(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** Why briefings do or do not run on a site; only `'active'` means they run. */
export type SiteStatus = 'active' | 'off' | 'paused' | 'not-allowed' | 'unsupported';

/**
 * The status of briefings on the page at `hostname` (a hostname or URL). `'off'` (master switch)
 * wins over `'paused'`, which wins over `'not-allowed'` (allow-list mode, site not listed).
 * A page without a web hostname (`file:`, `about:`) is `'unsupported'` only in allow-list mode;
 * otherwise it follows the master switch.
 */
export function siteStatus(settings: Settings, hostname: string): SiteStatus {
  if (!settings.enabled) return 'off';
  const host = normalizeHostname(hostname);
  if (host === null) return settings.allowListMode ? 'unsupported' : 'active';
  if (settings.pausedSites.some((site) => covers(site, host))) return 'paused';
  if (settings.allowListMode && !settings.allowedSites.some((site) => covers(site, host))) return 'not-allowed';
  return 'active';
}

/** Should briefings run on the page at `hostname`? The master switch, paused sites and the allow-list together. */
export function isSiteActive(settings: Settings, hostname: string): boolean {
  return siteStatus(settings, hostname) === 'active';
}

/** What `inspectSettings` found: usable settings, and the fields that had to fall back. */
export interface SettingsInspection {
  settings: Settings;
  /** Field paths whose stored value was unusable and replaced by the default (`'kinds.person'`, `'pausedSites[2]'`). */
  repaired: string[];
}

/**
 * Reads any value into complete `Settings`, field by field, and says which fields it repaired.
 * A missing or malformed field falls back to its default and the well-formed ones are kept, so
 * one bad value never costs the user their other choices. Out-of-range delays are clamped, and
 * site lists are normalised and de-duplicated; neither counts as a repair.
 */
export function inspectSettings(raw: unknown): SettingsInspection {
  const repaired: string[] = [];
  if (raw !== undefined && raw !== null && !isRecord(raw)) repaired.push('(settings)');
  const input = isRecord(raw) ? raw : {};
  const field = <T>(key: keyof Settings, ok: (value: unknown) => value is T, fallback: T): T => {
    const value = input[key];
    if (ok(value)) return value;
    if (value !== undefined) repaired.push(key);
    return fallback;
  };

  if (input.kinds !== undefined && !isRecord(input.kinds)) repaired.push('kinds');
  const kindsIn = isRecord(input.kinds) ? input.kinds : {};
  const kinds = Object.fromEntries(
    ENTITY_KINDS.map((kind) => {
      const value = kindsIn[kind];
      if (typeof value === 'boolean') return [kind, value];
      if (value !== undefined) repaired.push(`kinds.${kind}`);
      return [kind, DEFAULT_SETTINGS.kinds[kind]];
    }),
  ) as Record<EntityKind, boolean>;

  const sites = (key: 'pausedSites' | 'allowedSites'): string[] => {
    const value = input[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      repaired.push(key);
      return [];
    }
    const keys = new Set<string>();
    value.forEach((entry: unknown, index) => {
      const site = typeof entry === 'string' ? normalizeHostname(entry) : null;
      if (site === null) repaired.push(`${key}[${index}]`);
      else keys.add(site);
    });
    return [...keys];
  };

  const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
  const isStyle = (value: unknown): value is HighlightStyle => value === 'underline' || value === 'background' || value === 'off';
  const isDensity = (value: unknown): value is Density => value === 'every' || value === 'first-per-block';
  const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

  const settings: Settings = {
    enabled: field('enabled', isBoolean, DEFAULT_SETTINGS.enabled),
    kinds,
    style: field('style', isStyle, DEFAULT_SETTINGS.style),
    density: field('density', isDensity, DEFAULT_SETTINGS.density),
    pausedSites: sites('pausedSites'),
    allowListMode: field('allowListMode', isBoolean, DEFAULT_SETTINGS.allowListMode),
    allowedSites: sites('allowedSites'),
    hoverDelayMs: clampHoverDelay(field('hoverDelayMs', isFiniteNumber, DEFAULT_SETTINGS.hoverDelayMs)),
    language: field('language', isLanguageSetting, DEFAULT_SETTINGS.language),
  };
  return { settings, repaired };
}

/** `inspectSettings` without the report: what every reader of the item uses. */
export function normalizeSettings(raw: unknown): Settings {
  return inspectSettings(raw).settings;
}

export function clampHoverDelay(ms: number): number {
  return Math.min(HOVER_DELAY_LIMITS.max, Math.max(HOVER_DELAY_LIMITS.min, Math.round(ms)));
}

/** Where the settings are kept in `storage.local` (the item `local:settings` in settings.ts). */
export const SETTINGS_KEY = 'settings';
