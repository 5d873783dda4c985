import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '@/utils/pack/pack-store';
import { PackManager } from './PackManager';

afterEach(cleanup);

describe('install outcome (pack import)', () => {
  it('offers to replace a pack whose id is taken, and replaces it on request', async () => {
    const onImport = vi.fn(async (_text: string, { replace }: { replace?: boolean }): Promise<ImportResult> =>
      replace
        ? ({ ok: true, replaced: true, pack: { title: 'Story' } } as unknown as ImportResult)
        : ({ ok: false, refusal: { kind: 'id-taken', id: 'story', title: 'Story' }, message: 'id: a pack with the id "story" is installed', conflictId: 'story' } as ImportResult),
    );
    render(<PackManager packs={[]} onToggle={() => undefined} onRemove={() => undefined} onImport={onImport} onExport={() => undefined} />);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{"id":"story"}'], 'story.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });

    expect((await screen.findByRole('alert')).querySelector('p')!.textContent).toBe('story.json: A pack with the id “story” (“Story”) is already installed: replace it, or give the new pack another id.');
    fireEvent.click(screen.getByRole('button', { name: 'Replace the installed pack' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Replaced “Story” from story.json.'));
    expect(onImport).toHaveBeenLastCalledWith('{"id":"story"}', { replace: true });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers no replacement for any other refusal', async () => {
    const onImport = vi.fn(async (): Promise<ImportResult> => ({ ok: false, refusal: { kind: 'invalid-pack', issueCount: 1 }, message: 'entities[0].aliases: must list at least one alias' }) as ImportResult);
    render(<PackManager packs={[]} onToggle={() => undefined} onRemove={() => undefined} onImport={onImport} onExport={() => undefined} />);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [new File(['{}'], 'bad.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('p')!.textContent).toBe('bad.json: This briefing pack has a mistake, so it was not installed.');
    // The field-level detail waits behind a closed toggle.
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('entities[0].aliases: must list at least one alias');
    expect(screen.queryByRole('button', { name: 'Replace the installed pack' })).toBeNull();
  });
});
