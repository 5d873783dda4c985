import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from '@/utils/pack/bundled-pack';
import type { Pack } from '@/utils/pack/schema';
import { findSample, WelcomeGuide } from './WelcomeGuide';

afterEach(cleanup);

const shortcut = (key: string | undefined) => ({ shortcut: key, browserName: 'chrome' as const, onOpenShortcutSettings: vi.fn(async () => true) });

describe('findSample', () => {
  it('takes a person whose own source sentence names them, split around the name', () => {
    const sample = findSample(bundledPack)!;
    expect(sample.entity.kind).toBe('person');
    expect(`${sample.before}${sample.name}${sample.after}`).toBe(bundledPack.article.sentences[sample.entity.sources[0]!]);
    expect(sample.name).toBe(sample.entity.name);
  });

  it('finds none when no sentence names its entity as written', () => {
    const pack: Pack = { ...bundledPack, entities: bundledPack.entities.map((entity) => ({ ...entity, name: `${entity.name} (renamed)` })) };
    expect(findSample(pack)).toBeNull();
  });
});

describe('WelcomeGuide', () => {
  it('shows the real card for the sample name, which the name’s button closes and opens', () => {
    render(<WelcomeGuide pack={bundledPack} shortcut={shortcut('Alt+Shift+M')} onOpenSettings={() => undefined} />);
    const sample = findSample(bundledPack)!;
    const name = screen.getByRole('button', { name: sample.name });
    expect(name.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('dialog', { name: new RegExp(sample.entity.name) })).toBeTruthy();
    fireEvent.click(name);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(name);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows the shortcut, pausing a site and where stories come from', () => {
    const onOpenSettings = vi.fn();
    render(<WelcomeGuide pack={bundledPack} shortcut={shortcut('Alt+Shift+M')} onOpenSettings={onOpenSettings} />);
    expect(screen.getByText('Alt+Shift+M').tagName).toBe('KBD');
    expect(screen.getByRole('region', { name: 'Pause it on a site' }).textContent).toContain('Pause on this site');
    const stories = screen.getByRole('region', { name: 'Where stories come from' });
    expect(stories.textContent).toContain('Draft a pack from an article');
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(onOpenSettings).toHaveBeenCalled();
  });

  it('says when no shortcut is set', () => {
    render(<WelcomeGuide pack={bundledPack} shortcut={shortcut('')} onOpenSettings={() => undefined} />);
    expect(screen.getByText('No keyboard shortcut is set')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set a shortcut' })).toBeTruthy();
  });
});
