import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PackInfo } from './PackInfo';
import { testPack } from './__fixtures__/test-pack';

afterEach(cleanup);

describe('PackInfo', () => {
  it('shows the pack’s title, entity count by kind and source', () => {
    render(<PackInfo pack={testPack} />);
    expect(screen.getByText(testPack.title, { exact: false })).toBeTruthy();
    expect(screen.getByText('6 entities', { exact: false }).textContent).toBe('6 entities (3 people, 2 events, 1 place)');
    expect(screen.getByText(testPack.source)).toBeTruthy();
  });
});
