import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTestTranslator } from '@/tests/support/locales';
import { BriefFromPage } from './BriefFromPage';
import { I18nProvider } from './i18n';

afterEach(cleanup);

describe('BriefFromPage', () => {
  it('shows nothing on a page that is not an article', () => {
    const { container } = render(<BriefFromPage state={{ status: 'hidden' }} onStart={() => {}} />);
    expect(container.textContent).toBe('');
  });

  it('offers the button and starts on click', () => {
    const onStart = vi.fn();
    render(<BriefFromPage state={{ status: 'ready' }} onStart={onStart} />);
    fireEvent.click(screen.getByRole('button', { name: 'Make briefings from this page' }));
    expect(onStart).toHaveBeenCalledOnce();
  });

  it('shows progress while reading, with the button disabled', () => {
    render(<BriefFromPage state={{ status: 'reading' }} onStart={() => {}} />);
    expect((screen.getByRole('button', { name: 'Make briefings from this page' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Reading the article…');
  });

  it('says why a page was refused, and keeps the button to try again', () => {
    render(<BriefFromPage state={{ status: 'refused', refusal: { kind: 'language', language: 'fr' } }} onStart={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe('This article is in French; the drafter reads only English.');
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(false);
  });

  it('speaks the chosen language, naming the article’s language in it', async () => {
    const ru = await loadTestTranslator('ru', (key) => expect.fail(`no Russian for ${key}`));
    const { rerender } = render(
      <I18nProvider value={ru}>
        <BriefFromPage state={{ status: 'refused', refusal: { kind: 'language', language: 'fr' } }} onStart={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Сделать справки по этой странице' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Статья написана на другом языке (французский); черновик составляется только по статьям на английском.');
    rerender(
      <I18nProvider value={ru}>
        <BriefFromPage state={{ status: 'reading' }} onStart={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain('Читаем статью…');
    expect(screen.getByRole('progressbar', { name: 'Читаем статью' })).toBeTruthy();
  });
});
