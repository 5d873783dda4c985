/**
 * What the extension should highlight in tests/fixtures/mentions.html, one sentence block per row.
 * Blocks not listed (the namesake "Lalit Modi", the plain sentence, the heading, the form, scripts,
 * styles, JSON-LD, the template) must carry no highlight at all.
 */
export const EXPECTED_MENTIONS: Record<string, string[]> = {
  'full-name': ['cb-person vladimir-putin'],
  possessive: ['cb-person vladimir-putin'],
  'prime-minister': ['cb-person narendra-modi'],
  president: ['cb-person droupadi-murmu'],
  'defense-minister': ['cb-person andrei-belousov'],
  split: ['cb-person vladimir-putin'],
  event: ['cb-event war-in-ukraine'],
};

/**
 * Surface forms we accept for each entity. The matcher may or may not include a title
 * ("Prime Minister"), a possessive ("’s") or a leading "the"; anything else — a partial word, a
 * namesake, text from a script — has no entry and shows up as `?<text>` in the diff.
 */
const SURFACES: Record<string, string> = {
  'vladimir putin': 'vladimir-putin',
  putin: 'vladimir-putin',
  'narendra modi': 'narendra-modi',
  modi: 'narendra-modi',
  'droupadi murmu': 'droupadi-murmu',
  murmu: 'droupadi-murmu',
  'andrei belousov': 'andrei-belousov',
  belousov: 'andrei-belousov',
  'war in ukraine': 'war-in-ukraine',
};

export function entityForSurface(text: string): string {
  const normalized = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/['’]s$/, '')
    .replace(/^(the|president|prime minister|defense minister|russian president) /, '');
  return SURFACES[normalized] ?? `?${text}`;
}
