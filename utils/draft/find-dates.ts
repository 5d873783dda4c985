/** Dates as the article states them ("December 4-5", "5 March 2024"), with ISO forms as precise as the text. */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;
const MONTH_NAMES = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

/** "December 4", "December 4-5", "December 4–5, 2025". */
const MONTH_FIRST = new RegExp(`\\b${MONTH_NAMES} (\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[-–]\\s?(\\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\\d{4}))?\\b`, 'g');
/** "4 December", "4-5 December 2025". */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:\\s?[-–]\\s?(\\d{1,2}))? ${MONTH_NAMES}(?:,? (\\d{4}))?\\b`, 'g');

export interface FoundDate {
  /** The date as written in the sentence. */
  text: string;
  start?: string;
  end?: string;
  /** Offset in the sentence. */
  index: number;
}

export function findDates(sentence: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of sentence.matchAll(MONTH_FIRST)) {
    found.push(toDate(m[0], m.index, m[1]!, m[2]!, m[3], m[4]));
  }
  for (const m of sentence.matchAll(DAY_FIRST)) {
    if (found.some((d) => m.index < d.index + d.text.length && d.index < m.index + m[0].length)) continue;
    found.push(toDate(m[0], m.index, m[3]!, m[1]!, m[2], m[4]));
  }
  return found.sort((a, b) => a.index - b.index);
}

function toDate(text: string, index: number, monthName: string, day: string, endDay: string | undefined, year: string | undefined): FoundDate {
  const month = MONTHS.findIndex((name) => name.startsWith(monthName.toLowerCase().replace('.', '').slice(0, 3))) + 1;
  const iso = (d: string) => {
    const n = Number(d);
    if (month < 1 || n < 1 || n > 31) return undefined;
    return `${year ?? '-'}-${String(month).padStart(2, '0')}-${String(n).padStart(2, '0')}`;
  };
  const start = iso(day);
  const end = endDay ? iso(endDay) : undefined;
  return { text: text.trim(), index, ...(start ? { start } : {}), ...(end && start && end > start ? { end } : {}) };
}
