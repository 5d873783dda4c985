import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '@/utils/pack/pack-store';
import type { Pack } from '@/utils/pack/schema';
import { parsePackJson } from '@/utils/pack/validate-pack';
import { loadTestTranslator } from '@/tests/support/locales';
import { DraftReview } from './DraftReview';
import { I18nProvider } from './i18n';
import { PackDrafter, type DraftOutcome } from './PackDrafter';

const sentences = ['Russian President Vladimir Putin will visit India.', 'Putin met Modi.', 'President Putin spoke.', 'Prime Minister Narendra Modi agreed.'];
const entity = (id: string, name: string, aliases: string[], sources: number[]) => ({
  id, kind: 'person' as const, name, role: 'Person named in the article', aliases, sources, related: [],
  briefing: sources.map((i) => sentences[i]).join(' '),
});
const PACK: Pack = {
  format: 'contextual-briefings/pack', formatVersion: 1, id: 'draft', title: 'Draft', language: 'en', source: 'test',
  article: { headline: 'Draft', summary: sentences[0]!, keyPoints: [sentences[0]!], timeline: [], sentences },
  entities: [
    entity('vladimir-putin', 'Vladimir Putin', ['Vladimir Putin'], [0]),
    entity('putin', 'Putin', ['Putin'], [2]),
    { ...entity('narendra-modi', 'Narendra Modi', ['Narendra Modi', 'Modi'], [3]), related: ['putin'] },
  ],
};

type Install = (json: string, options: { replace?: boolean }) => Promise<ImportResult>;
function setup(onInstall = vi.fn<Install>(async (json: string) => {
  const checked = parsePackJson(json);
  return checked.ok ? { ok: true as const, pack: checked.pack, replaced: false } : { ok: false as const, refusal: { kind: 'invalid-pack' as const, issueCount: checked.issues.length }, message: 'This pack was not installed: bad' };
})) {
  render(<DraftReview initialPack={PACK} onInstall={onInstall} onDiscard={() => undefined} />);
  return onInstall;
}
afterEach(cleanup);

const installed = (onInstall: ReturnType<typeof setup>) => JSON.parse(onInstall.mock.calls.at(-1)![0]) as Pack;
const open = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('DraftReview', () => {
  it('lists each entity on one line: kind, name, role, mentions; the sure ones ticked; Install before the list', () => {
    setup();
    const rows = within(screen.getByRole('list', { name: 'Drafted entities' })).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      ' PersonVladimir PutinPerson named in the article1 mention',
      ' PersonPutinPerson named in the article2 mentions',
      ' PersonNarendra ModiPerson named in the article2 mentions',
    ]);
    // A person with a title is sure; so is a name the article repeats.
    expect(['Vladimir Putin', 'Putin', 'Narendra Modi'].map((n) => (screen.getByLabelText(`Install ${n}`) as HTMLInputElement).checked)).toEqual([true, true, true]);
    const install = screen.getByRole('button', { name: 'Install pack' });
    expect(install.compareDocumentPosition(rows[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The editors stay closed until a name is opened.
    expect(screen.queryByLabelText('Role')).toBeNull();
  });

  it('installs only the ticked entities', async () => {
    const onInstall = setup();
    fireEvent.click(screen.getByLabelText('Install Putin'));
    fireEvent.click(screen.getByRole('button', { name: 'Install pack' }));
    await waitFor(() => expect(onInstall).toHaveBeenCalled());
    const pack = installed(onInstall);
    expect(pack.entities.map((e) => e.id)).toEqual(['vladimir-putin', 'narendra-modi']);
    expect(pack.entities[1]!.related).toEqual([]);
  });

  it('merges duplicates opened from the list: aliases and sources joined, references moved to the survivor', async () => {
    const onInstall = setup();
    open('Vladimir Putin');
    open('Putin');
    fireEvent.click(screen.getByLabelText('Select Vladimir Putin'));
    fireEvent.click(screen.getByLabelText('Select Putin'));
    fireEvent.click(screen.getByRole('button', { name: 'Merge selected (2)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Install pack' }));
    await waitFor(() => expect(onInstall).toHaveBeenCalled());
    const pack = installed(onInstall);
    expect(pack.entities.map((e) => e.id)).toEqual(['vladimir-putin', 'narendra-modi']);
    expect(pack.entities[0]).toMatchObject({ aliases: ['Vladimir Putin', 'Putin'], sources: [0, 2], briefing: `${sentences[0]} ${sentences[2]}` });
    expect(pack.entities[1]!.related).toEqual(['vladimir-putin']);
    expect((await screen.findByRole('status')).textContent).toBe('Installed “Draft”: its briefings show on open tabs now.');
  });

  it('edits names, roles, aliases and the title; briefings only from article sentences', async () => {
    const onInstall = setup();
    open('Narendra Modi');
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Prime Minister' } });
    fireEvent.change(screen.getByLabelText('Aliases (comma-separated)'), { target: { value: 'Narendra Modi, Modi, NaMo' } });
    fireEvent.input(screen.getByLabelText('Pack title'), { target: { value: 'Putin in India' } });
    // Sentence 1 names Modi too: offered and ticked.
    const modiItem = document.querySelector<HTMLElement>('[data-entity-id="narendra-modi"]')!;
    fireEvent.click(within(modiItem).getByRole('checkbox', { name: sentences[1] }));
    open('Putin');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Putin' }));
    fireEvent.click(screen.getByRole('button', { name: 'Install pack' }));
    await waitFor(() => expect(onInstall).toHaveBeenCalled());
    const pack = installed(onInstall);
    expect(pack).toMatchObject({ id: 'putin-in-india', title: 'Putin in India' });
    const modi = pack.entities.find((e) => e.id === 'narendra-modi')!;
    expect(modi).toMatchObject({ role: 'Prime Minister', aliases: ['Narendra Modi', 'Modi', 'NaMo'], related: [] });
    expect(modi.sources).toEqual([3, 1]);
    expect(modi.briefing).toBe(`${sentences[3]} ${sentences[1]}`);
  });

  it('an emptied role is no role', async () => {
    const onInstall = setup();
    open('Narendra Modi');
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Install pack' }));
    await waitFor(() => expect(onInstall).toHaveBeenCalled());
    expect(installed(onInstall).entities.find((e) => e.id === 'narendra-modi')!.role).toBeUndefined();
  });

  it('adds a name the draft missed, ticked, with its sentences; refuses one the article lacks', async () => {
    const onInstall = setup();
    const form = screen.getByRole('form', { name: 'Add a name the draft missed' });
    fireEvent.input(within(form).getByLabelText('Missed name'), { target: { value: 'India' } });
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'place' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect((screen.getByLabelText('Install India') as HTMLInputElement).checked).toBe(true);
    fireEvent.input(within(form).getByLabelText('Missed name'), { target: { value: 'Delhi' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(within(form).getByRole('alert').textContent).toBe('The article does not name “Delhi”: type it as the article writes it.');
    fireEvent.click(screen.getByRole('button', { name: 'Install pack' }));
    await waitFor(() => expect(onInstall).toHaveBeenCalled());
    expect(installed(onInstall).entities.at(-1)).toMatchObject({ id: 'india', kind: 'place', sources: [0], briefing: sentences[0] });
  });

  it('shows the import’s refusal as an alert', async () => {
    setup();
    open('Vladimir Putin');
    fireEvent.change(screen.getByLabelText('Aliases (comma-separated)'), { target: { value: 'Putin*' } });
    fireEvent.click(screen.getByRole('button', { name: 'Install pack' }));
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('p')!.textContent).toMatch(/^This briefing pack has (a mistake|\d+ mistakes), so it was not installed\.$/);
    expect(alert.querySelector('details')!.textContent).toContain('This pack was not installed: bad');
  });

  it('when the id is taken, replaces the installed pack or keeps both, as the reader chooses', async () => {
    const taken = new Set(['draft', 'draft-2']);
    const onInstall = vi.fn<Install>(async (json, { replace }) => {
      const pack = JSON.parse(json) as Pack;
      if (taken.has(pack.id) && !replace) return { ok: false, refusal: { kind: 'id-taken', id: pack.id, title: pack.title }, message: 'taken', conflictId: pack.id } as ImportResult;
      taken.add(pack.id);
      return { ok: true, pack, replaced: Boolean(replace) } as ImportResult;
    });
    setup(onInstall);
    fireEvent.click(screen.getByRole('button', { name: 'Install pack' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep both' }));
    expect((await screen.findByRole('status')).textContent).toBe('Installed “Draft (3)”: its briefings show on open tabs now.');
    expect(onInstall.mock.calls.map(([json, options]) => [JSON.parse(json).id, options.replace])).toEqual([['draft', false], ['draft-2', false], ['draft-3', false]]);

    fireEvent.click(screen.getByRole('button', { name: 'Install pack' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace the installed pack' }));
    expect((await screen.findByRole('status')).textContent).toBe('Replaced “Draft”: its briefings show on open tabs now.');
  });
});

describe('PackDrafter', () => {
  it('drafts pasted text with progress, then shows the review', async () => {
    let report: (f: number) => void = () => undefined;
    let finish: (o: DraftOutcome) => void = () => undefined;
    const draft = vi.fn((_text: string, options: { onProgress(f: number): void }) => {
      report = options.onProgress;
      return new Promise<DraftOutcome>((resolve) => (finish = resolve));
    });
    render(<PackDrafter draft={draft} onInstall={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Draft a pack' }));
    expect((screen.getByRole('alert')).textContent).toContain('Paste an article');
    fireEvent.input(screen.getByLabelText('Article text'), { target: { value: sentences.join('\n') } });
    fireEvent.click(screen.getByRole('button', { name: 'Draft a pack' }));
    await waitFor(() => expect(draft).toHaveBeenCalledWith(sentences.join('\n'), expect.anything()));
    report(0.5);
    expect((await screen.findByRole('progressbar')).getAttribute('aria-valuetext')).toBe('50%');
    finish({ pack: PACK, diagnostics: { sentenceCount: 4, notes: [] } });
    expect(await screen.findByRole('heading', { name: 'Review the draft' })).toBeTruthy();
  });

  it('reads in Russian when that is the chosen language: plural counts by the Russian rules, names and roles as drafted', async () => {
    const ru = await loadTestTranslator('ru', (key) => expect.fail(`no Russian for ${key}`));
    const onInstall = vi.fn<Install>(async (json: string) => ({ ok: true as const, pack: JSON.parse(json) as Pack, replaced: false }));
    render(
      <I18nProvider value={ru}>
        <DraftReview initialPack={PACK} notes={[{ kind: 'not-found', name: 'Delhi' }]} onInstall={onInstall} onDiscard={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Проверьте черновик' })).toBeTruthy();
    expect(screen.getByText(/^Отмечено 3 из 3 имён \(статья из 4 предложений\)\./)).toBeTruthy();
    const rows = within(screen.getByRole('list', { name: 'Найденные сущности' })).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.cb-review__count')!.textContent)).toEqual(['1 упоминание', '2 упоминания', '2 упоминания']);
    expect(rows[0]!.textContent).toContain('Person named in the article');
    expect(screen.getByLabelText('Установить: Vladimir Putin')).toBeTruthy();
    expect(screen.getByText('Заметки к черновику (1)')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Заметки к черновику' })).getByRole('listitem').textContent).toBe('«Delhi» пропущено: поиск не находит это имя в статье.');
    expect(screen.getByRole('button', { name: 'Начать заново' })).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Добавить имя, пропущенное в черновике' });
    fireEvent.input(within(form).getByLabelText('Пропущенное имя'), { target: { value: 'Delhi' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Добавить' }));
    expect(within(form).getByRole('alert').textContent).toBe('В статье нет имени «Delhi»: введите его так, как оно написано в статье.');

    fireEvent.click(screen.getByRole('button', { name: 'Установить пакет' }));
    expect((await screen.findByRole('status')).textContent).toBe('Пакет «Draft» установлен: его справки уже видны в открытых вкладках.');
  });
});
