/** Toolbar badge text for a mention count: the count, "999+" past three digits, nothing for zero. */
export function badgeText(total: number): string {
  if (!Number.isFinite(total) || total <= 0) return '';
  return total > 999 ? '999+' : String(Math.floor(total));
}
