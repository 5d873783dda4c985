/**
 * Copies of the built extension with stand-in content scripts, the same manifest otherwise (same
 * matches, all_frames, run_at, CSS), so Chromium does all of its per-frame injection work:
 *
 * - empty: content scripts that are empty files. The memory and time the real extension costs
 *   above this copy are what our script costs, apart from what any extension with a content script
 *   costs.
 * - minimal: a content script that reads one stored value and the page's text, and does nothing
 *   with them: the least any content script that reads its settings and the page can cost. In
 *   Chromium a frame's first touch of the document and of `storage` each build bindings, which is
 *   most of this floor.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentScriptFiles } from './injected-size';

export interface ExtensionCopy {
  dir: string;
  remove(): void;
}

const MINIMAL_CONTENT_SCRIPT = "chrome.storage.local.get(['settings']).then(() => void document.body?.textContent?.length);\n";

function copyWithContentScripts(extensionDir: string, name: string, source: string): ExtensionCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cb-bench-${name}-extension-`));
  fs.cpSync(extensionDir, dir, { recursive: true });
  for (const file of contentScriptFiles(extensionDir)) fs.writeFileSync(path.join(dir, file), source);
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const emptyContentScriptCopy = (extensionDir: string): ExtensionCopy => copyWithContentScripts(extensionDir, 'empty', '');

export const minimalContentScriptCopy = (extensionDir: string): ExtensionCopy => copyWithContentScripts(extensionDir, 'minimal', MINIMAL_CONTENT_SCRIPT);
