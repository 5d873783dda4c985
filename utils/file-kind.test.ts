import { describe, expect, it } from 'vitest';
import { fileKind } from './file-kind';

describe('fileKind', () => {
  it.each([
    ['a pack', '{"format": "contextual-briefings/pack", "id": 3}', { kind: 'pack' }],
    ['a settings file', '{"format": "contextual-briefings/settings"}', { kind: 'settings' }],
    ['an object without a marker', '{"name": "x"}', { kind: 'other-json' }],
    ['another format', '{"format": "something/else"}', { kind: 'other-json' }],
    ['a list', '[{"format": "contextual-briefings/pack"}]', { kind: 'other-json' }],
    ['a string', '"contextual-briefings/pack"', { kind: 'other-json' }],
    ['broken JSON', '{\n  "format": "contextual-briefings/pack",\n  oops\n}', { kind: 'not-json', at: { line: 3, column: 3 } }],
    ['an empty file', '', { kind: 'not-json', at: { line: 1, column: 1 } }],
  ])('%s', (_, text, expected) => {
    expect(fileKind(text)).toEqual(expected);
  });
});
