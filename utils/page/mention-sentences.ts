/**
 * "What this page says about them": for each mention on the page, the page's own sentence around
 * it, quoted as the page has it (white space collapsed). Run only when the side panel asks, by the
 * card's code loaded on demand (entrypoints/card-ui), never by the per-frame script at start.
 *
 * A mention's sentence is cut from the text of the block it was found in (a paragraph, list item,
 * heading, cell) by `Intl.Segmenter`, so abbreviations and other languages' punctuation are the
 * engine's business, not ours.
 */
import type { PageSentence } from '../messages';
import type { MentionRecord } from './highlight-registry';

/** One entity's sentences past this many are left out: the panel is a digest, not a transcript. */
export const MAX_SENTENCES_PER_ENTITY = 12;
/** A "sentence" longer than this (a run-on list, a block with no full stops) is cut around the mention. */
export const MAX_SENTENCE_CHARS = 320;

/**
 * The sentences of `mentions` (in page order), one per distinct sentence and entity, at most
 * `MAX_SENTENCES_PER_ENTITY` for each entity. `mention` is the index into `mentions`.
 */
export function mentionSentences(mentions: readonly MentionRecord[], locale?: string): PageSentence[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const blockText = new Map<Element, string>();
  const seen = new Set<string>();
  const perEntity = new Map<string, number>();
  const sentences: PageSentence[] = [];
  mentions.forEach((record, index) => {
    const taken = perEntity.get(record.entityId) ?? 0;
    if (taken >= MAX_SENTENCES_PER_ENTITY || record.range.collapsed) return;
    const block = record.container;
    let text = blockText.get(block);
    if (text === undefined) blockText.set(block, (text = collapse(block.textContent ?? '')));
    const before = textBefore(block, record.range);
    if (before === null) return;
    // Offsets into the collapsed text: a run of spaces before the mention collapses as in the whole.
    const start = collapse(before).length;
    const sentence = sentenceAround(segmenter, text, start, start + collapse(record.range.toString()).length);
    if (!sentence) return;
    const key = `${record.entityId}\u0000${sentence.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    perEntity.set(record.entityId, taken + 1);
    sentences.push({ entityId: record.entityId, ...sentence, mention: index });
  });
  return sentences;
}

/**
 * White space as a reader sees it: a line break in the source is a space on screen, and the
 * segmenter would take it for the end of a sentence.
 */
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** `block`'s text before the range, or null when the range has left the block. */
function textBefore(block: Element, range: Range): string | null {
  if (!block.contains(range.startContainer)) return null;
  const before = block.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString();
}

/**
 * The sentence of `text` (white space already collapsed) that holds [start, end), trimmed, with the
 * mention's offsets in it; cut to `MAX_SENTENCE_CHARS` around the mention, at spaces, with "…".
 */
export function sentenceAround(
  segmenter: Intl.Segmenter,
  text: string,
  start: number,
  end: number,
): { text: string; start: number; end: number } | null {
  const segment = segmenter.segment(text).containing(start);
  if (!segment) return null;
  const from = segment.index;
  let to = from + segment.segment.length;
  // A name with an initial ("G. C. Murmu") may be split by the engine: the sentence runs on to the mention's end.
  while (to < Math.min(end, text.length)) {
    const next = segmenter.segment(text).containing(to);
    if (!next) break;
    to = next.index + next.segment.length;
  }
  const lead = text.slice(from, start).replace(/^ /, '');
  const name = text.slice(start, end);
  const tail = text.slice(end, to).replace(/ $/, '');
  return clip(lead, name, tail);
}

/** `lead + name + tail`, cut on both sides to about `MAX_SENTENCE_CHARS` with the name kept whole. */
function clip(lead: string, name: string, tail: string): { text: string; start: number; end: number } {
  const room = Math.max(0, MAX_SENTENCE_CHARS - name.length);
  let before = lead;
  let after = tail;
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    const keepBefore = Math.min(before.length, Math.max(half, room - after.length));
    const keepAfter = Math.min(after.length, room - keepBefore);
    if (keepBefore < before.length) before = `…${before.slice(before.length - keepBefore).replace(/^\S*\s/, '')}`;
    if (keepAfter < after.length) after = `${after.slice(0, keepAfter).replace(/\s\S*$/, '')}…`;
  }
  return { text: before + name + after, start: before.length, end: before.length + name.length };
}
