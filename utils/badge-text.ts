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

const NAME = 'Contextual Briefings';

/**
 * The toolbar button's tooltip for a tab: what the badge's number counts and which story the
 * names come from ("20 mentions of people and events from “Belousov in India…” on this page").
 * `stories` are the titles of the enabled packs.
 */
export function badgeTitle({ state, total }: BadgeTitleInput, stories: readonly string[]): string {
  if (state === 'off') return `${NAME}: switched off`;
  if (state === 'paused') return `${NAME}: paused on this site`;
  if (!Number.isFinite(total) || total <= 0) return `${NAME}: no mentions on this page`;
  const count = `${Math.floor(total)} ${total === 1 ? 'mention' : 'mentions'}`;
  if (stories.length === 0) return `${NAME}: ${count} on this page`;
  const from = stories.length === 1 ? `“${stories[0]}”` : `${stories.length} stories`;
  return `${NAME}: ${count} of people and events from ${from} on this page`;
}
