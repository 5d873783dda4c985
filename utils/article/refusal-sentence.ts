/**
 * Why there is no article to draft, in one sentence of the reader's language: the popup shows it
 * under "Make briefings from this page", the CLI prints it in English.
 */
import type { Translator } from '../i18n';
import type { ArticleRefusal } from './extract-article';

/** The page's refusal, or a tab the extension could not read at all (a browser page, a closed tab). */
export type BriefRefusal = ArticleRefusal | { kind: 'unreachable' };

/** The refusal as a sentence; numbers and the article's language are written in `i18n`'s language. */
export function refusalSentence(i18n: Translator, refusal: BriefRefusal): string {
  switch (refusal.kind) {
    case 'not-article':
      return i18n.t('brief_notArticle');
    case 'no-article':
      return i18n.t('brief_noArticle');
    case 'too-large':
      return i18n.t('brief_tooLarge', refusal.count, refusal.limit);
    case 'too-short':
      return i18n.t('brief_tooShort', refusal.count, refusal.limit);
    case 'too-long':
      return i18n.t('brief_tooLong', refusal.count, refusal.limit);
    case 'language':
      return refusal.language ? i18n.t('brief_otherLanguage', languageName(i18n.locale, refusal.language)) : i18n.t('brief_notEnglish');
    case 'unreachable':
      return i18n.t('brief_unreachable');
  }
}

/** "French", "французский", "फ़्रेंच": the language's name in the interface's language, or its tag. */
function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
