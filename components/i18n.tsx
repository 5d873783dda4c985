/**
 * The translator for views: entry points wrap their view in `<I18nProvider value={translator}>`,
 * views read it with `useI18n()`. Without a provider (component tests, a view rendered alone) views
 * speak English.
 */
import { createContext, type ComponentChild, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { englishTranslator, type MessageKey, type Translator } from '@/utils/i18n';

const I18nContext = createContext<Translator>(englishTranslator);

export function I18nProvider({ value, children }: { value: Translator; children: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext);
}

/** Private-use characters that stand for the parts while the message is filled in. */
const marker = (index: number) => String.fromCharCode(0xe000 + index);
const MARKERS = /([\ue000-\ue0ff])/;

/**
 * A message whose placeholders are elements (`Paused on <strong>site</strong>.`): each part is
 * given to the message as a marker and put back in its place, so the words around it stay the
 * translation's own order.
 */
export function richText(i18n: Translator, key: MessageKey, ...parts: ComponentChild[]): ComponentChild[] {
  const filled = i18n.t(key, ...parts.map((_, index) => marker(index)));
  return filled
    .split(MARKERS)
    .filter((piece) => piece !== '')
    .map((piece) => (piece.length === 1 && MARKERS.test(piece) ? parts[piece.charCodeAt(0) - 0xe000] : piece));
}

/** `richText` as an element: `<Rich k="siteControl_pausedOn" parts={[<strong>{site}</strong>]} />`. */
export function Rich({ k, parts }: { k: MessageKey; parts: ComponentChild[] }) {
  const i18n = useI18n();
  return <>{richText(i18n, k, ...parts)}</>;
}
