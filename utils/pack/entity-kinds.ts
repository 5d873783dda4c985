/**
 * The kinds of entity a pack can hold. A module of its own so that code which only needs the list
 * (settings, the content script) does not pull in the pack schema and its validator.
 */
export const ENTITY_KINDS = ['person', 'event', 'organization', 'place', 'topic'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
