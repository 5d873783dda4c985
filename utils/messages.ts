/**
 * Messages between the content script, the background and the popup. Every message is a plain
 * object with a `type`; the union is the whole protocol.
 */

/** What a page (or one frame of it) mentions. */
export interface PageMentions {
  /** Mention count per entity key (see utils/pack/catalog.ts), only entities shown under the current settings. */
  counts: Record<string, number>;
  total: number;
}

/** A page or frame that mentions no one (shared, never mutated). */
export const NO_MENTIONS: PageMentions = Object.freeze({ counts: Object.freeze({}), total: 0 }) as PageMentions;

/** Whether briefings run in a frame: `paused` covers a paused site and a site outside the allow-list. */
export type FrameState = 'active' | 'paused' | 'off';

/** Content script (any frame) → background: this frame's mentions changed (drives the badge). */
export interface PageMentionsMessage extends PageMentions {
  type: 'page-mentions';
  state: FrameState;
}

/** Popup → content script (top frame answers): what does this tab mention, across its frames? */
export interface GetPageMentionsMessage {
  type: 'get-page-mentions';
}

/** Content script → background: the totals of every frame of the sender's tab. */
export interface GetTabMentionsMessage {
  type: 'get-tab-mentions';
}

/** Popup → content script: scroll to the next mention of this entity and open its card. */
export interface RevealEntityMessage {
  type: 'reveal-entity';
  entityId: string;
}

/** Background → content script (keyboard command): go to the next mention on the page and open its card. */
export interface NextMentionMessage {
  type: 'next-mention';
}

/**
 * Side panel → content script (top frame answers): the page's own sentences that mention each
 * entity. Collected only when asked, by code loaded on demand (utils/page/mention-sentences.ts).
 */
export interface GetPageSentencesMessage {
  type: 'get-page-sentences';
}

/** One sentence of the page that mentions an entity, quoted as the page has it. */
export interface PageSentence {
  /** The entity's catalog key, as in `PageMentions.counts`. */
  entityId: string;
  /** The sentence, its white space collapsed. */
  text: string;
  /** Where the mention lies in `text` (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** The mention's place in the page's list of mentions when it was collected: where a jump goes. */
  mention: number;
}

/** Side panel → content script: scroll to this mention (by its place in the page's list) and open its card. */
export interface RevealMentionMessage {
  type: 'reveal-mention';
  entityId: string;
  mention: number;
}

/** Content script → background: open the options page (content scripts cannot do it themselves). */
export interface OpenOptionsMessage {
  type: 'open-options';
}

/** Content script → background: the stored compiled index is missing, stale or damaged; compile it again. */
export interface RefreshPackIndexMessage {
  type: 'refresh-pack-index';
}

export type ExtensionMessage =
  | PageMentionsMessage
  | GetPageMentionsMessage
  | GetTabMentionsMessage
  | RevealEntityMessage
  | NextMentionMessage
  | OpenOptionsMessage
  | RefreshPackIndexMessage
  | GetPageSentencesMessage
  | RevealMentionMessage;

const MESSAGE_TYPES = new Set<ExtensionMessage['type']>([
  'page-mentions',
  'get-page-mentions',
  'get-tab-mentions',
  'reveal-entity',
  'next-mention',
  'open-options',
  'refresh-pack-index',
  'get-page-sentences',
  'reveal-mention',
]);

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && MESSAGE_TYPES.has(type as ExtensionMessage['type']);
}

/** Whether an answer (from a tab or the background) is a `PageMentions`. */
export function isPageMentions(value: unknown): value is PageMentions {
  if (typeof value !== 'object' || value === null) return false;
  const { counts, total } = value as Partial<PageMentions>;
  return typeof total === 'number' && typeof counts === 'object' && counts !== null;
}

/** Whether an answer from a tab is a list of `PageSentence`s. */
export function isPageSentences(value: unknown): value is PageSentence[] {
  return (
    Array.isArray(value) &&
    value.every((item: Partial<PageSentence> | null) => typeof item?.entityId === 'string' && typeof item.text === 'string' && typeof item.mention === 'number')
  );
}

/** Adds up the mentions of a tab's frames. */
export function sumMentions(frames: Iterable<PageMentions>): PageMentions {
  const counts: Record<string, number> = {};
  let total = 0;
  for (const frame of frames) {
    for (const [key, count] of Object.entries(frame.counts)) counts[key] = (counts[key] ?? 0) + count;
    total += frame.total;
  }
  return { counts, total };
}
