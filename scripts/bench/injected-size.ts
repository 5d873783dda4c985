/**
 * The bytes a built extension injects into every frame: the `js` files of each `content_scripts`
 * entry of its manifest.json, raw and gzipped (level 9, what a download or a cache would hold).
 * The list is read from the manifest so the figure follows whatever the build names its files.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface InjectedSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

interface ContentScriptEntry {
  js?: string[];
}

/** The manifest's `content_scripts[].js` paths, each once, in manifest order. */
export function contentScriptFiles(extensionDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScriptEntry[] };
  return [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))];
}

export function injectedSize(extensionDir: string): InjectedSize {
  const files = contentScriptFiles(extensionDir);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(extensionDir, file));
    rawBytes += bytes.length;
    gzipBytes += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
