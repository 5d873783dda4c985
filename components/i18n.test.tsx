/**
 * Views in another language: the translator reaches every view through `I18nProvider`, messages
 * with elements keep the translation's word order, and the pack's own words stay as they are.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTestTranslator } from '@/tests/support/locales';
import { testPack } from '@/tests/support/test-pack';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { Translator } from '@/utils/i18n';
import type { ComponentChild } from 'preact';
import { BriefingCard } from './BriefingCard';
import { I18nProvider, richText } from './i18n';
import { LanguagePicker } from './LanguagePicker';
import { PageMentionList } from './PageMentionList';
import { SettingsForm } from './SettingsForm';
import { SiteControl } from './SiteControl';

afterEach(cleanup);

const inLanguage = (i18n: Translator, view: ComponentChild) => render(<I18nProvider value={i18n}>{view}</I18nProvider>);

describe('richText', () => {
  it('puts elements where the translation has them', async () => {
    const ru = await loadTestTranslator('ru');
    const { container } = render(<p>{richText(ru, 'site_notAllowed', <strong>example.com</strong>)}</p>);
    expect(container.innerHTML).toBe('<p><strong>example.com</strong> нет в списке разрешённых сайтов.</p>');
  });
});

describe('views in Russian', () => {
  it('the popup’s mention list: heading, plural counts by the Russian rules, kind headings, names untouched', async () => {
    const ru = await loadTestTranslator('ru');
    const counts = { 'vladimir-putin': 21, 'andrei-belousov': 3, 'putin-india-visit': 5 };
    inLanguage(ru, <PageMentionList pack={testPack} state={{ status: 'ready', mentions: { counts, total: 29 } }} onReveal={vi.fn()} onNext={vi.fn()} />);
    const section = screen.getByRole('region', { name: 'На этой странице' });
    expect(within(section).getByRole('button', { name: 'Vladimir Putin, 21 упоминание' })).toBeDefined();
    expect(within(section).getByRole('button', { name: 'Andrei Belousov, 3 упоминания' })).toBeDefined();
    expect(within(section).getByRole('group', { name: 'События' }).textContent).toContain('5 упоминаний');
    expect(within(section).getByRole('button', { name: 'Следующее упоминание' })).toBeDefined();
  });

  it('the site control, with the site in the sentence', async () => {
    const ru = await loadTestTranslator('ru');
    inLanguage(ru, <SiteControl site="example.com" status="paused" onPause={vi.fn()} onResume={vi.fn()} />);
    expect(screen.getByText(/Приостановлено на/).textContent).toBe('Приостановлено на example.com.');
    expect(screen.getByRole('button', { name: 'Возобновить на этом сайте' })).toBeDefined();
  });

  it('the card: its controls in Russian, the pack’s text as written, the date in Russian', async () => {
    const ru = await loadTestTranslator('ru');
    const pack = { ...testPack, article: { ...testPack.article, published: '2025-12-04' } };
    const entity = pack.entities.find((e) => e.id === 'vladimir-putin')!;
    inLanguage(ru, <BriefingCard entity={entity} pack={pack} onSelectEntity={vi.fn()} onClose={vi.fn()} onPauseSite={vi.fn()} onOpenSettings={vi.fn()} />);
    const card = screen.getByRole('dialog', { name: 'Vladimir Putin' });
    expect(within(card).getByRole('button', { name: 'Закрыть справку' })).toBeDefined();
    expect(within(card).getByRole('button', { name: 'Настройки' })).toBeDefined();
    expect(card.querySelector('.cb-card__role')!.textContent).toBe(entity.role);
    expect(card.querySelector('.cb-card__story')!.textContent).toMatch(/^Из статьи: .* · 4 декабря 2025 г\.$/);
  });
});

describe('views in Hindi', () => {
  it('the settings form: every legend, label and hint in Hindi', async () => {
    const hi = await loadTestTranslator('hi');
    inLanguage(hi, <SettingsForm settings={DEFAULT_SETTINGS} onChange={vi.fn()} />);
    expect(screen.getByRole('switch', { name: 'वेब पेजों पर जानकारी दिखाएँ' })).toBeDefined();
    expect(screen.getByRole('checkbox', { name: 'लोग' })).toBeDefined();
    expect(screen.getByRole('radio', { name: 'हर उल्लेख' })).toBeDefined();
    expect(screen.getByRole('slider', { name: 'होवर विलंब (स्लाइडर)' }).getAttribute('aria-valuetext')).toBe('0.5 सेकंड');
    expect(document.body.textContent).toContain('(150–2,000 मि.से.; डिफ़ॉल्ट 500 मि.से.)');
  });

  it('the language picker names each language in its own words', async () => {
    const hi = await loadTestTranslator('hi');
    inLanguage(hi, <LanguagePicker value="hi" onChange={vi.fn()} />);
    const select = screen.getByRole('combobox', { name: 'एक्सटेंशन की भाषा' }) as HTMLSelectElement;
    expect(select.value).toBe('hi');
    expect([...select.options].map((option) => [option.value, option.text, option.lang])).toEqual([
      ['auto', 'ब्राउज़र जैसी', ''],
      ['en', 'English', 'en'],
      ['ru', 'Русский', 'ru'],
      ['hi', 'हिन्दी', 'hi'],
    ]);
  });
});
