/** A mention's live range is made on first use, once, and a record never made one reads as not collapsed. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countRanges } from '../../tests/support/count-ranges';
import { MentionRecord } from './mention-record';

function recordOver(node: Text, start: number, end: number): MentionRecord {
  return new MentionRecord('vladimir-putin', 'person', node, start, node, end, end - start, [node], node.parentElement!, true, node.data, node.data);
}

afterEach(() => vi.unstubAllGlobals());

describe('MentionRecord', () => {
  it('makes its range on first use and keeps that one', () => {
    document.body.innerHTML = '<p>President Vladimir Putin arrived.</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    const ranges = countRanges();
    const record = recordOver(node, 10, 24);
    expect(ranges.made).toBe(0);
    expect(record.collapsed).toBe(false);
    expect(record.range.toString()).toBe('Vladimir Putin');
    expect(record.range).toBe(record.range);
    expect(ranges.made).toBe(1);
  });

  it('clamps offsets into a node the page shortened before the range was made', () => {
    document.body.innerHTML = '<p>President Vladimir Putin arrived.</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    const record = recordOver(node, 10, 24);
    node.data = 'Gone';
    expect(record.range.collapsed).toBe(true);
    expect(record.collapsed).toBe(true);
  });

  it('makes a collapsed range when the page rewrote the text between the scan and first use', () => {
    document.body.innerHTML = '<p>Live 99: Vladimir Putin is speaking.</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    const shifted = recordOver(node, 9, 23);
    node.data = 'Live 100: Vladimir Putin is speaking.';
    expect(shifted.range.collapsed).toBe(true);
    expect(shifted.collapsed).toBe(true);

    node.data = 'Live 12: Vladimir Putin is speaking.';
    const swapped = recordOver(node, 9, 23);
    node.data = 'Live 14: Droupadi Murmu is speaking.';
    expect(swapped.range.toString()).toBe('');
  });

  it('reads as collapsed once its made range collapses (the browser collapses it when the text goes)', () => {
    document.body.innerHTML = '<p>President Vladimir Putin arrived.</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    const record = recordOver(node, 10, 24);
    expect(record.range.collapsed).toBe(false);
    expect(record.collapsed).toBe(false);
    record.range.collapse(true);
    expect(record.collapsed).toBe(true);
  });
});
