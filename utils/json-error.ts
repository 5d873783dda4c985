/**
 * Where `JSON.parse` gave up, as a line and column a person can find in an editor. Engines say it
 * differently: V8 gives a character position (and, in newer versions, the line and column), or
 * "Unexpected end of JSON input"; SpiderMonkey gives "at line 3 column 5 of the JSON data".
 */

/** A place in a text, both counted from 1. */
export interface TextPlace {
  line: number;
  column: number;
}

/** The line and column of character `index` of `text` (columns count UTF-16 units, as engines do). */
export function placeOf(text: string, index: number): TextPlace {
  const before = text.slice(0, Math.max(0, Math.min(index, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/** Where the parse of `text` failed, from the engine's message; `null` when the message does not say. */
export function jsonErrorPlace(text: string, error: unknown): TextPlace | null {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/i.exec(message);
  if (position) return placeOf(text, Number(position[1]));
  if (/end of (JSON|data)/i.test(message) || text.trim() === '') return placeOf(text, text.length);
  return null;
}
