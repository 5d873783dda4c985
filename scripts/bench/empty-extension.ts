/**
 * A copy of the built extension whose content scripts are empty files: the same manifest (same
 * matches, all_frames, run_at, CSS), so Chromium does all of its per-frame injection work — the
 * isolated world, the extension's CSS — but runs none of our code. The memory and time the real
 * extension costs above this copy are what our script costs, apart from what any extension with a
 * content script costs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentScriptFiles } from './injected-size';

export interface ExtensionCopy {
  dir: string;
  remove(): void;
}

export function emptyContentScriptCopy(extensionDir: string): ExtensionCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-empty-extension-'));
  fs.cpSync(extensionDir, dir, { recursive: true });
  for (const file of contentScriptFiles(extensionDir)) fs.writeFileSync(path.join(dir, file), '');
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
