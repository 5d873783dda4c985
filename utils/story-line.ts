/**
 * The one line that names the story a briefing comes from, so that on a page about something else
 * the card reads as background from another story: "From: <headline> · <source> · <date>".
 */

export interface StoryFields {
  /** The story's headline (`article.headline`). */
  title?: string;
  /** Outlet or source as the pack gives it (`source`). */
  source?: string;
  /** When the story was published (`article.published`): `2025-12-04`, or `--12-04` without a year. */
  published?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A pack date as a reader writes it: `2025-12-04` → "4 December 2025", `--12-04` → "4 December".
 * Anything else (not a calendar date) is shown as given.
 */
export function formatStoryDate(date: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  if (!match || !month || day < 1 || day > 31) return date;
  return match[1] === '-' ? `${day} ${month}` : `${day} ${month} ${match[1]}`;
}

/** The parts of the story line in order, without the ones the pack does not give. */
export function storyParts({ title, source, published }: StoryFields): string[] {
  return [title?.trim(), source?.trim(), published?.trim() && formatStoryDate(published.trim())].filter(
    (part): part is string => Boolean(part),
  );
}

/** "From: headline · source · date", or null when the pack names none of them. */
export function storyLine(fields: StoryFields): string | null {
  const parts = storyParts(fields);
  return parts.length > 0 ? `From: ${parts.join(' · ')}` : null;
}
