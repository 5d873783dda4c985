/**
 * Messages between the content script, the background and the popup. Every message is a plain
 * object with a `type`; the union is the whole protocol.
 */

/** What one frame's content script found on its page. */
export interface PageMentions {
  /** Mention count per entity id, only entities shown under the current settings. */
  counts: Record<string, number>;
  total: number;
}

/** Content script → background: the page's mentions changed (drives the toolbar badge). */
export interface PageMentionsMessage extends PageMentions {
  type: 'page-mentions';
}

/** Popup → content script: what does this page mention? Answered with `PageMentions`. */
export interface GetPageMentionsMessage {
  type: 'get-page-mentions';
}

/** Popup → content script: scroll to the next mention of this entity and open its card. */
export interface RevealEntityMessage {
  type: 'reveal-entity';
  entityId: string;
}

/** Content script → background: open the options page (content scripts cannot do it themselves). */
export interface OpenOptionsMessage {
  type: 'open-options';
}

export type ExtensionMessage = PageMentionsMessage | GetPageMentionsMessage | RevealEntityMessage | OpenOptionsMessage;

const MESSAGE_TYPES = new Set<ExtensionMessage['type']>(['page-mentions', 'get-page-mentions', 'reveal-entity', 'open-options']);

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && MESSAGE_TYPES.has(type as ExtensionMessage['type']);
}
