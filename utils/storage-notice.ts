/**
 * The options page's sentences for stored settings or packs that could not be used as they were:
 * what was left out, what is in use instead, and what the next change does. The field paths and
 * pack names inside are quoted as stored.
 */
import type { Translator } from './i18n';
import type { PacksNotice } from './pack/pack-store';
import type { SettingsNotice } from './settings';

export function settingsNoticeSentence(i18n: Translator, notice: SettingsNotice): string {
  if (notice.kind === 'read-failed') return i18n.t('notice_settingsReadFailed', notice.reason);
  const what =
    notice.kind === 'unreadable'
      ? [i18n.t('notice_settingsUnreadable')]
      : [
          ...(notice.repaired.length > 0 ? [i18n.t('notice_settingsRepaired', notice.repaired.join(', '))] : []),
          ...(notice.missing.length > 0 ? [i18n.t('notice_settingsMissing', notice.missing.join(', '))] : []),
        ];
  return `${what.join(' ')} ${i18n.t('notice_settingsNextChange')}`;
}

export function packsNoticeSentence(i18n: Translator, notice: PacksNotice): string {
  if (notice.kind === 'read-failed') return i18n.t('notice_packsReadFailed', notice.reason);
  const listed = notice.problems.join('; ');
  return notice.more > 0 ? i18n.plural('notice_packsLeftOutMore', notice.more, listed) : i18n.t('notice_packsLeftOut', listed);
}
