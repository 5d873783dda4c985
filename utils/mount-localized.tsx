/**
 * How an extension page starts: it reads the language setting, loads the translator, names the
 * document (`lang`, `<title>`), and renders its view inside an `I18nProvider`; when the setting
 * changes (the options page, another tab), the page renders again in the new language.
 */
import { render, type ComponentChild } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { extensionTranslator } from './extension-i18n';
import type { MessageKey, Translator } from './i18n';
import { loadSettings, watchSettings } from './settings';

export async function mountLocalized(root: HTMLElement, titleKey: MessageKey, view: () => ComponentChild): Promise<void> {
  const show = (i18n: Translator) => {
    document.documentElement.lang = i18n.language;
    document.title = i18n.t(titleKey);
    render(<I18nProvider value={i18n}>{view()}</I18nProvider>, root);
  };
  let language = (await loadSettings()).language;
  show(await extensionTranslator(language));
  watchSettings((settings) => {
    if (settings.language === language) return;
    const asked = (language = settings.language);
    void extensionTranslator(asked).then((i18n) => asked === language && show(i18n));
  });
}
