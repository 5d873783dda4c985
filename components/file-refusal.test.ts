import { describe, expect, it } from 'vitest';
import { packRefusalSentence, settingsRefusalSentence } from './file-refusal';

describe('file refusals in words', () => {
  it('names the place broken JSON stops, when the browser said', () => {
    expect(packRefusalSentence({ kind: 'not-json', at: { line: 3, column: 5 } })).toBe('This file is not valid JSON (line 3, column 5).');
    expect(settingsRefusalSentence({ kind: 'not-json', at: null })).toBe('This file is not valid JSON.');
  });

  it('says what a file is and what was expected', () => {
    expect(packRefusalSentence({ kind: 'not-a-pack' })).toBe('This file is not a briefing pack.');
    expect(packRefusalSentence({ kind: 'settings-file' })).toMatch(/^This file is a settings file, not a briefing pack/);
    expect(settingsRefusalSentence({ kind: 'pack-file' })).toMatch(/^This file is a briefing pack, not a settings file/);
    expect(settingsRefusalSentence({ kind: 'not-settings' })).toBe('This file is not a Contextual Briefings settings file.');
  });

  it('counts a pack’s mistakes in one sentence', () => {
    expect(packRefusalSentence({ kind: 'invalid-pack', issueCount: 1 })).toBe('This briefing pack has a mistake, so it was not installed.');
    expect(packRefusalSentence({ kind: 'invalid-pack', issueCount: 9 })).toBe('This briefing pack has 9 mistakes, so it was not installed.');
  });
});
