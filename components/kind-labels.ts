import type { EntityKind } from '@/utils/pack/schema';

/** The word on an entity's kind chip. */
export const KIND_LABEL: Record<EntityKind, string> = {
  person: 'Person',
  event: 'Event',
  organization: 'Organization',
  place: 'Place',
  topic: 'Topic',
};

/** Headings for lists grouped by kind, and the labels of the options page's kind checkboxes. */
export const KIND_GROUP_LABEL: Record<EntityKind, string> = {
  person: 'People',
  event: 'Events',
  organization: 'Organizations',
  place: 'Places',
  topic: 'Topics',
};
