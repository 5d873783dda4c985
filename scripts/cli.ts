/** What the command-line tools share: errors meant for the user, and reading a file or stdin. */
import { readFileSync } from 'node:fs';

/** An error the user caused (a missing file, a bad option): printed to stderr without a stack. */
export class CliError extends Error {}

/** Reads a file as UTF-8, or standard input for `-`; a failure names the file. */
export function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}
