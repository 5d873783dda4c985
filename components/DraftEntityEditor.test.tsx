import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACK_LIMITS, type Entity } from '@/utils/pack/schema';
import { DraftEntityEditor } from './DraftEntityEditor';

const sentences = ['Putin will visit India.', 'Putin met Modi.', 'Modi agreed.', `Putin ${'spoke at length '.repeat(90)}.`];
const PUTIN: Entity = {
  id: 'putin', kind: 'person', name: 'Putin', role: 'President of Russia', aliases: ['Putin', 'Vladimir Putin'],
  sources: [1], related: [], briefing: sentences[1]!,
};
afterEach(cleanup);

const NAMES: Record<string, string> = { putin: 'Vladimir Putin', india: 'India' };

function setup(entity: Entity = PUTIN, selected = false) {
  const props = { onSelect: vi.fn(), onRemove: vi.fn(), onChange: vi.fn(), onToggleSource: vi.fn() };
  render(<DraftEntityEditor entity={entity} sentences={sentences} selected={selected} nameOf={(id) => NAMES[id] ?? id} {...props} />);
  return props;
}

describe('DraftEntityEditor', () => {
  it('names the entity in its group, its select box and its remove button, and reports both', () => {
    const props = setup();
    expect(screen.getByRole('group', { name: 'Putin' })).toBeTruthy();
    const select = screen.getByRole('checkbox', { name: 'Select Putin' }) as HTMLInputElement;
    expect(select.checked).toBe(false);
    fireEvent.click(select);
    expect(props.onSelect).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Putin' }));
    expect(props.onRemove).toHaveBeenCalledOnce();
  });

  it('shows the fields and reports each edit as a patch, aliases read from comma-separated text', () => {
    const props = setup(PUTIN, true);
    expect((screen.getByRole('checkbox', { name: 'Select Putin' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Aliases (comma-separated)') as HTMLInputElement).value).toBe('Putin, Vladimir Putin');
    expect((screen.getByLabelText('Kind') as HTMLSelectElement).value).toBe('person');
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Vladimir Putin' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'organization' } });
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'President' } });
    fireEvent.change(screen.getByLabelText('Aliases (comma-separated)'), { target: { value: 'Putin, , Putin, VVP' } });
    expect(props.onChange.mock.calls).toEqual([[{ name: 'Vladimir Putin' }], [{ kind: 'organization' }], [{ role: 'President' }], [{ aliases: ['Putin', 'VVP'] }]]);
  });

  it('offers the sentences naming the entity, sources first, and reports ticks', () => {
    const props = setup();
    const group = screen.getByRole('group', { name: 'Briefing sentences (the first ticked is quoted on the card)' });
    const boxes = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((box) => box.closest('label')!.textContent)).toEqual([sentences[1], sentences[0], sentences[3]]);
    fireEvent.click(screen.getByRole('checkbox', { name: sentences[0] }));
    expect(props.onToggleSource).toHaveBeenCalledWith(0, true);
  });

  it('keeps the last ticked sentence ticked, and a sentence that would make the briefing too long unticked', () => {
    expect(sentences[1]!.length + 1 + sentences[3]!.length).toBeGreaterThan(PACK_LIMITS.maxLongText);
    setup();
    expect((screen.getByRole('checkbox', { name: sentences[1] }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('checkbox', { name: sentences[0] }) as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByRole('checkbox', { name: sentences[3] }) as HTMLInputElement).disabled).toBe(true);
  });

  it("shows an event's frame by its triggers and the names it needs near them, and edits or drops it", () => {
    const frame = { triggers: ['visit'], with: [{ entities: ['putin'] }, { entities: ['india'], phrases: ['Delhi'] }] };
    const visit: Entity = { ...PUTIN, id: 'visit', kind: 'event', name: 'visit of Putin to India', aliases: ['visit of Putin to India'], frames: [frame] };
    const props = setup(visit);
    const label = 'Also found where pages describe it as (comma-separated; near Vladimir Putin, India / Delhi)';
    expect((screen.getByLabelText(label) as HTMLInputElement).value).toBe('visit');
    fireEvent.change(screen.getByLabelText(label), { target: { value: 'visit, trip' } });
    fireEvent.change(screen.getByLabelText(label), { target: { value: ' ' } });
    expect(props.onChange.mock.calls).toEqual([[{ frames: [{ ...frame, triggers: ['visit', 'trip'] }] }], [{ frames: undefined }]]);
    cleanup();
    setup();
    expect(screen.queryByLabelText(/Also found where/)).toBeNull();
  });
});
