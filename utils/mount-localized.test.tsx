/**
 * An extension page's start with WXT's fake browser: the language setting picks the translator
 * (a chosen language's file fetched from the extension, as `extensionTranslator` does), the
 * document is named in it, and a change of the setting renders the page again in the new language.
 */
import { waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useI18n } from '@/components/i18n';
import { readLocaleFile } from '@/tests/support/locales';
import { mountLocalized } from './mount-localized';
import { updateSettings } from './settings';

function Probe() {
  const i18n = useI18n();
  return <p>{i18n.t('site_allow')}</p>;
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="app"></div>';
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const match = /_locales\/(en|ru|hi)\/messages\.json$/.exec(String(input));
    return match ? new Response(JSON.stringify(readLocaleFile(match[1] as 'ru'))) : new Response('', { status: 404 });
  });
});

describe('mountLocalized', () => {
  it('speaks English when the browser has no messages to give (the fake browser has none)', async () => {
    await mountLocalized(document.getElementById('app')!, 'options_documentTitle', () => <Probe />);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Contextual Briefings — Settings');
    expect(document.body.textContent).toBe('Allow this site');
  });

  it('loads a chosen language from the extension’s files and follows a change of the setting', async () => {
    await updateSettings({ language: 'ru' });
    await mountLocalized(document.getElementById('app')!, 'options_documentTitle', () => <Probe />);
    expect(fetch).toHaveBeenCalledWith(expect.stringMatching(/\/_locales\/ru\/messages\.json$/));
    expect(document.documentElement.lang).toBe('ru');
    expect(document.title).toBe('Contextual Briefings — настройки');
    expect(document.body.textContent).toBe('Разрешить этот сайт');

    await updateSettings({ language: 'hi' });
    await waitFor(() => expect(document.body.textContent).toBe('इस साइट को अनुमति दें'));
    expect(document.documentElement.lang).toBe('hi');
  });
});
