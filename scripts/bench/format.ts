/** Small statistics and text-table helpers shared by the page benchmark's sections. */

export const min = (xs: readonly number[]) => Math.min(...xs);

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export const ms = (x: number, digits = 1) => x.toFixed(digits);

export const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`);

export const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

/** A plain-text table: left-aligned where `rightAlign(i)` is false, a dashed rule under the header. */
export function table(header: string[], rows: string[][], rightAlign = (i: number) => i > 0): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAlign(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
