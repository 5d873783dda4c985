/**
 * Runs the mention engine over files, as the extension would over a page.
 *
 *   npm run --silent scan -- [--pack FILE] [--json] FILE...
 *
 * `.txt` (and any other extension) is scanned as is, `-` reads stdin, `.html`/`.htm` is parsed with
 * linkedom and each block the content script would scan (utils/page/text-blocks.ts) is scanned on
 * its own. With `--json`, one object per mention and line; offsets are UTF-16 offsets into the
 * file's text (for HTML, into the block's text, and `block` says which).
 */
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildIndex, findMentions, type Mention, type MentionIndex } from '../utils/matcher/index';
import { formatPackIssues, parsePackJson } from '../utils/pack/validate-pack';
import { collectTextBlocks } from '../utils/page/text-blocks';
import { CliError, readText } from './cli';

const USAGE = 'usage: npm run --silent scan -- [--pack FILE] [--json] FILE...   (FILE: .txt, .html, or - for stdin)';
const DEFAULT_PACK = resolve(import.meta.dirname, '../data/briefing-pack.json');

interface Options {
  pack: string;
  json: boolean;
  files: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { pack: DEFAULT_PACK, json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--pack') {
      const file = argv[++i];
      if (!file) throw new CliError('--pack needs a file');
      options.pack = file;
    } else if (arg.startsWith('--pack=')) options.pack = arg.slice('--pack='.length);
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new CliError('no input files');
  return options;
}

function loadIndex(file: string): MentionIndex {
  const checked = parsePackJson(readText(file));
  if (!checked.ok) throw new CliError(`invalid pack ${file}:\n${formatPackIssues(checked.issues)}`);
  return buildIndex(checked.pack.entities);
}

interface Row {
  file: string;
  block?: number;
  mention: Mention;
}

function scanFile(file: string, index: MentionIndex): Row[] {
  const text = readText(file);
  if (!/\.html?$/i.test(file)) return findMentions(text, index).map((mention) => ({ file, mention }));
  const { document } = parseHTML(text);
  const rows: Row[] = [];
  collectTextBlocks(document.body ?? document.documentElement).forEach((block, n) => {
    for (const mention of findMentions(block.text, index)) rows.push({ file, block: n, mention });
  });
  return rows;
}

function printJson(rows: readonly Row[]): void {
  for (const { file, block, mention: m } of rows) {
    const record = { file, ...(block === undefined ? {} : { block }), entity: m.entityId, kind: m.kind, text: m.text, start: m.start, end: m.end };
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
}

function printTable(rows: readonly Row[]): void {
  const cells = rows.map(({ file, block, mention: m }) => [
    file,
    block === undefined ? `${m.start}-${m.end}` : `${block}:${m.start}-${m.end}`,
    m.kind,
    m.entityId,
    m.text.replace(/\s+/g, ' '),
  ]);
  const header = ['file', 'where', 'kind', 'entity', 'text'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((s, i) => (i === c.length - 1 ? s : s.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
  console.log(`${rows.length} mention${rows.length === 1 ? '' : 's'}`);
}

function main(): void {
  // `scan … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    const options = parseArgs(process.argv.slice(2));
    const index = loadIndex(options.pack);
    const rows = options.files.flatMap((file) => scanFile(file, index));
    if (options.json) printJson(rows);
    else printTable(rows);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`scan: ${error.message}\n${error.message === 'no input files' ? `${USAGE}\n` : ''}`);
    process.exit(2);
  }
}

main();
