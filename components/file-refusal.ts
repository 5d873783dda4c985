/**
 * One sentence for each reason a pack or settings file is refused: what the file is and what was
 * expected. The field-level detail (the result's `message`) goes behind a toggle below it.
 */
import type { Translator } from '@/utils/i18n';
import type { TextPlace } from '@/utils/json-error';
import type { ImportRefusal } from '@/utils/pack/pack-store';
import type { SettingsRefusal } from '@/utils/settings-file';

const notJson = (i18n: Translator, at: TextPlace | null) => (at ? i18n.t('refusal_notJsonAt', at.line, at.column) : i18n.t('refusal_notJson'));

export function packRefusalSentence(i18n: Translator, refusal: ImportRefusal): string {
  switch (refusal.kind) {
    case 'not-json':
      return notJson(i18n, refusal.at);
    case 'too-large':
      return i18n.t('refusal_packTooLarge');
    case 'settings-file':
      return i18n.t('refusal_packIsSettings', i18n.t('options_yourSettings'));
    case 'not-a-pack':
      return i18n.t('refusal_notAPack');
    case 'invalid-pack':
      return i18n.plural('refusal_invalidPack', refusal.issueCount);
    case 'built-in-id':
      return i18n.t('refusal_builtInId', refusal.id);
    case 'id-taken':
      return i18n.t('refusal_idTaken', refusal.id, refusal.title);
    case 'storage-refused':
      return i18n.t('refusal_storageRefused');
  }
}

export function settingsRefusalSentence(i18n: Translator, refusal: SettingsRefusal): string {
  switch (refusal.kind) {
    case 'not-json':
      return notJson(i18n, refusal.at);
    case 'too-large':
      return i18n.t('refusal_settingsTooLarge');
    case 'pack-file':
      return i18n.t('refusal_settingsIsPack', i18n.t('options_packs'));
    case 'not-settings':
      return i18n.t('refusal_notSettings');
    case 'unknown-version':
      return i18n.t('refusal_unknownVersion');
    case 'invalid-settings':
      return i18n.t('refusal_invalidSettings');
  }
}
