/** A plain object (not null, not an array): how stored values are read before they are trusted. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
