/**
 * `import.meta.env.EXTENSION_VERSION` for the build and the tests: package.json's version, the one
 * WXT writes into the manifest (read by utils/extension-version.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function extensionVersionDefine(root: string): Record<string, string> {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  return { 'import.meta.env.EXTENSION_VERSION': JSON.stringify(version) };
}
