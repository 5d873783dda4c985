/**
 * A private copy of the built extension for one benchmark run. `.output/chrome-mv3` is rewritten by
 * every `wxt build`, and a build during a run would change the extension under the browsers (or
 * leave it half written); the run loads this copy instead. The copy is taken once the build looks
 * complete — the manifest parses, every file it names for the content scripts and the service
 * worker exists, and nothing in the folder changed for a moment.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sleep } from './format';

const STILL_MS = 2_000;
const WAIT_MS = 120_000;

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  background?: { service_worker?: string };
}

function newestChange(dir: string): number {
  let newest = fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The manifest parses and every file it names for the content scripts and the worker exists. */
function hasAllFiles(dir: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const files = [...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]), manifest.background?.service_worker].filter(
      (f): f is string => typeof f === 'string',
    );
    return files.every((f) => fs.existsSync(path.join(dir, f)));
  } catch {
    return false;
  }
}

const looksComplete = (dir: string) => hasAllFiles(dir) && Date.now() - newestChange(dir) >= STILL_MS;

export interface BuildSnapshot {
  dir: string;
  remove(): void;
}

export async function snapshotBuild(extensionDir: string): Promise<BuildSnapshot> {
  const start = Date.now();
  while (!looksComplete(extensionDir)) {
    if (Date.now() - start > WAIT_MS) throw new Error(`${extensionDir} is not a complete build (is a build running?)`);
    await sleep(500);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-extension-'));
  const copiedAt = Date.now();
  fs.cpSync(extensionDir, dir, { recursive: true });
  if (!hasAllFiles(dir) || newestChange(extensionDir) >= copiedAt) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`${extensionDir} changed while it was copied (a build started?); run again`);
  }
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
