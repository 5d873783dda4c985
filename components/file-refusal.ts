/**
 * One sentence for each reason a pack or settings file is refused: what the file is and what was
 * expected. The field-level detail (the result's `message`) goes behind a toggle below it.
 */
import type { TextPlace } from '@/utils/json-error';
import type { ImportRefusal } from '@/utils/pack/pack-store';
import type { SettingsRefusal } from '@/utils/settings-file';

const notJson = (at: TextPlace | null) => `This file is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}.`;

export function packRefusalSentence(refusal: ImportRefusal): string {
  switch (refusal.kind) {
    case 'not-json':
      return notJson(refusal.at);
    case 'too-large':
      return 'This file is too large to be a briefing pack.';
    case 'settings-file':
      return 'This file is a settings file, not a briefing pack: import it under “Your settings”.';
    case 'not-a-pack':
      return 'This file is not a briefing pack.';
    case 'invalid-pack':
      return `This briefing pack has ${refusal.issueCount === 1 ? 'a mistake' : `${refusal.issueCount} mistakes`}, so it was not installed.`;
    case 'built-in-id':
      return `This pack uses the built-in pack’s id (“${refusal.id}”), which cannot be replaced: give it another id.`;
    case 'id-taken':
      return `A pack with the id “${refusal.id}” (“${refusal.title}”) is already installed: replace it, or give the new pack another id.`;
    case 'storage-refused':
      return 'The browser refused to store this pack, so it was not installed.';
  }
}

export function settingsRefusalSentence(refusal: SettingsRefusal): string {
  switch (refusal.kind) {
    case 'not-json':
      return notJson(refusal.at);
    case 'too-large':
      return 'This file is too large to be a settings file.';
    case 'pack-file':
      return 'This file is a briefing pack, not a settings file: import it under “Briefing packs”.';
    case 'not-settings':
      return 'This file is not a Contextual Briefings settings file.';
    case 'unknown-version':
      return 'This settings file comes from a version of the extension this one cannot read.';
    case 'invalid-settings':
      return 'This settings file has a setting this version cannot use.';
  }
}
