/**
 * The one line that names the story a briefing comes from, so that on a page about something else
 * the card reads as background from another story: "From: <headline> · <source> · <date>".
 */
import type { Translator } from './i18n';

export interface StoryFields {
  /** The story's headline (`article.headline`). */
  title?: string;
  /** Outlet or source as the pack gives it (`source`). */
  source?: string;
  /** When the story was published (`article.published`): `2025-12-04`, or `--12-04` without a year. */
  published?: string;
}

/**
 * A pack date as a reader of the interface's language writes it: `2025-12-04` → "4 December 2025"
 * ("4 декабря 2025 г.", "4 दिसंबर 2025"), `--12-04` → "4 December". Anything else (not a calendar
 * date) is shown as given.
 */
export function formatStoryDate(i18n: Translator, date: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const withYear = match[1] !== '-';
  const month = Number(match[2]);
  const day = Number(match[3]);
  // A leap year stands in when there is none, so "--02-29" is still a day.
  const when = new Date(Date.UTC(withYear ? Number(match[1]) : 2024, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || when.getUTCDate() !== day) return date;
  return i18n.date(when, { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
}

/** The parts of the story line in order, without the ones the pack does not give. */
export function storyParts(i18n: Translator, { title, source, published }: StoryFields): string[] {
  return [title?.trim(), source?.trim(), published?.trim() && formatStoryDate(i18n, published.trim())].filter(
    (part): part is string => Boolean(part),
  );
}

/** "From: headline · source · date", or null when the pack names none of them. */
export function storyLine(i18n: Translator, fields: StoryFields): string | null {
  const parts = storyParts(i18n, fields);
  return parts.length > 0 ? i18n.t('card_storyFrom', parts.join(' · ')) : null;
}
