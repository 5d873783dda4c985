import type { Translator } from './i18n';

/** Toolbar badge text for a mention count: the count, "999+" past three digits, nothing for zero. */
export function badgeText(total: number): string {
  if (!Number.isFinite(total) || total <= 0) return '';
  return total > 999 ? '999+' : String(Math.floor(total));
}

/** The state and count the toolbar button's tooltip speaks of (a tab's summary). */
export interface BadgeTitleInput {
  state: 'active' | 'paused' | 'off';
  total: number;
}

/**
 * The toolbar button's tooltip for a tab: what the badge's number counts and which story the
 * names come from ("20 mentions of people and events from “Belousov in India…” on this page").
 * `stories` are the titles of the enabled packs.
 */
export function badgeTitle(i18n: Translator, { state, total }: BadgeTitleInput, stories: readonly string[]): string {
  const name = i18n.t('extName');
  if (state === 'off') return i18n.t('badge_off', name);
  if (state === 'paused') return i18n.t('badge_paused', name);
  if (!Number.isFinite(total) || total <= 0) return i18n.t('badge_none', name);
  const count = Math.floor(total);
  if (stories.length === 0) return i18n.plural('badge_count', count, name);
  if (stories.length === 1) return i18n.plural('badge_countFromStory', count, name, stories[0]!);
  return i18n.plural('badge_countFromStories', count, name, i18n.number(stories.length));
}
