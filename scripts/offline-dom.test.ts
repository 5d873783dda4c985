import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOffline } from './offline-dom';

describe('parseOffline', () => {
  it('parses a saved page with stylesheets, scripts and frames without fetching any of them', async () => {
    const page = parseOffline(readFileSync(resolve(__dirname, '../tests/fixtures/pages/bbc-1.html'), 'utf8'));
    expect(page.document.querySelectorAll('link[rel="stylesheet"], iframe, script[src]').length).toBeGreaterThan(5);
    expect(page.document.querySelector('h1')?.textContent).toContain('Obama');
    await new Promise((done) => setTimeout(done, 200));
    expect(page.refused).toEqual([]);
    await page.close();
  });
});
