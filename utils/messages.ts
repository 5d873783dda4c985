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

export type ExtensionMessage = PageMentionsMessage | GetPageMentionsMessage | RevealEntityMessage;

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'page-mentions' || type === 'get-page-mentions' || type === 'reveal-entity';
}
