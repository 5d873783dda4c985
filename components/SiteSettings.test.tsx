import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from './Panel';
import { SiteSettings, type SiteSettingsValue } from './SiteSettings';

afterEach(cleanup);

const value = (over: Partial<SiteSettingsValue> = {}): SiteSettingsValue => ({ pausedSites: ['example.com'], allowListMode: false, allowedSites: [], ...over });

describe('SiteSettings', () => {
  it('lists paused sites and shows the allowed sites only in allow-list mode', () => {
    render(<SiteSettings settings={value()} onChange={() => {}} />);
    expect(screen.getByText('example.com')).toBeTruthy();
    expect(screen.queryByText('Allowed sites')).toBeNull();
    cleanup();
    render(<SiteSettings settings={value({ allowListMode: true })} onChange={() => {}} />);
    expect(screen.getByText('Allowed sites')).toBeTruthy();
  });

  it('reports the allow-list switch as a change of that one setting', () => {
    const onChange = vi.fn();
    render(<SiteSettings settings={value()} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Only run on allowed sites' }));
    expect(onChange).toHaveBeenCalledWith({ allowListMode: true });
  });
});

describe('Panel', () => {
  it('is a region named by its heading', () => {
    render(
      <Panel id="cb-test" title="Sites">
        <p>inside</p>
      </Panel>,
    );
    expect(screen.getByRole('region', { name: 'Sites' }).textContent).toContain('inside');
  });
});
