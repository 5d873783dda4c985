import { useId } from 'preact/hooks';
import { UI_LANGUAGES, type LanguageSetting, type UiLanguage } from '@/utils/ui-language';
import { useI18n } from './i18n';

/** Each language by its own name, so a reader finds theirs whatever the interface speaks now. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', ru: 'Русский', hi: 'हिन्दी' };

export interface LanguagePickerProps {
  value: LanguageSetting;
  onChange(language: LanguageSetting): void;
}

/** The interface's language: the browser's (the default) or one chosen here. */
export function LanguagePicker({ value, onChange }: LanguagePickerProps) {
  const i18n = useI18n();
  const id = useId();
  return (
    <div class="cb-language">
      <label for={id} class="cb-legend">
        {i18n.t('language_label')}
      </label>
      <select
        id={id}
        class="cb-input cb-language__select"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.value as LanguageSetting)}
      >
        <option value="auto">{i18n.t('language_auto')}</option>
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="cb-radio__hint">
        {i18n.t('language_hint')}
      </p>
    </div>
  );
}
