/**
 * Builds the React fixture (tests/fixtures/dynamic/react-app/) at test time with esbuild (a WXT
 * dependency): the client bundle, and the page with its server-rendered markup — so the browser
 * hydrates real `renderToString` output, exactly as a server-rendered React site does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { fixturesDir } from './paths';

const appDir = path.join(fixturesDir, 'dynamic', 'react-app');

/** Served paths → contents, for `startServer({ generated })`. */
export async function buildReactFixture(): Promise<Map<string, string>> {
  // Development React: hydration mismatches and key warnings are reported on the console.
  const client = await build({
    entryPoints: [path.join(appDir, 'client.mjs')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  const ssr = await build({
    entryPoints: [path.join(appDir, 'ssr.mjs')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-react-ssr-'));
  try {
    const file = path.join(dir, 'ssr.mjs');
    fs.writeFileSync(file, ssr.outputFiles[0]!.contents);
    const { render } = (await import(pathToFileURL(file).href)) as { render(): string };
    const html = fs.readFileSync(path.join(appDir, 'index.html'), 'utf8').replace('<!--ssr-->', render());
    return new Map([
      ['/dynamic/react-app.html', html],
      ['/dynamic/react-app.js', client.outputFiles[0]!.text],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
