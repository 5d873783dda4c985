import type { MessageKey, PluralKey, Translator } from '@/utils/i18n';
import type { EntityKind } from '@/utils/pack/schema';

const KIND: Record<EntityKind, MessageKey> = {
  person: 'kind_person',
  event: 'kind_event',
  organization: 'kind_organization',
  place: 'kind_place',
  topic: 'kind_topic',
};

const KIND_GROUP: Record<EntityKind, MessageKey> = {
  person: 'kindGroup_person',
  event: 'kindGroup_event',
  organization: 'kindGroup_organization',
  place: 'kindGroup_place',
  topic: 'kindGroup_topic',
};

const KIND_COUNT: Record<EntityKind, PluralKey> = {
  person: 'kindCount_person',
  event: 'kindCount_event',
  organization: 'kindCount_organization',
  place: 'kindCount_place',
  topic: 'kindCount_topic',
};

/** The word on an entity's kind chip: "Person". */
export const kindLabel = (i18n: Translator, kind: EntityKind) => i18n.t(KIND[kind]);

/** Headings for lists grouped by kind, and the labels of the options page's kind checkboxes: "People". */
export const kindGroupLabel = (i18n: Translator, kind: EntityKind) => i18n.t(KIND_GROUP[kind]);

/** A count of one kind in running text: "1 person", "3 people". */
export const kindCount = (i18n: Translator, kind: EntityKind, count: number) => i18n.plural(KIND_COUNT[kind], count);
