/**
 * Drafts a briefing pack from an article.
 *
 *   npm run --silent pack:draft -- article.txt [--title TEXT] [--id ID] [--source TEXT] [--out pack.json]
 *
 * `.html`/`.htm` is a saved page, read as the popup reads the page in a tab: parsed with happy-dom,
 * then the article Readability finds in it (utils/article/extract-article.ts), so the draft comes
 * from the article's paragraphs, not the page's menus, captions, credits and related links; its
 * title, site, byline and published day are the pack's defaults. A page that is not an article,
 * or not in English, is refused with the reason. Anything else is read as plain text, and `-`
 * reads stdin. The pack JSON goes to stdout (or --out); a summary of what
 * was found goes to stderr. Exit 2 on a usage or input error, 1 when the draft does not validate.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { DraftInput } from '../utils/article/draft-input';
import { draftPack, noteSentence } from '../utils/draft/index';
import { packToJsonText } from '../utils/draft/pack-json';
import { englishTranslator } from '../utils/i18n';
import { formatPackIssues } from '../utils/pack/validate-pack';
import { CliError, readText } from './cli';

const USAGE = 'usage: npm run --silent pack:draft -- FILE [--title TEXT] [--id ID] [--source TEXT] [--out pack.json]   (FILE: .txt, .html, or - for stdin)';

interface Options {
  file: string;
  title?: string;
  id?: string;
  source?: string;
  out?: string;
}

function parseArgs(argv: readonly string[]): Options {
  let file: string | undefined;
  const options: Partial<Options> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const valued = ['--title', '--id', '--source', '--out'].find((name) => arg === name || arg.startsWith(`${name}=`));
    if (valued) {
      const value = arg.includes('=') ? arg.slice(valued.length + 1) : argv[++i];
      if (value === undefined || value === '') throw new CliError(`${valued} needs a value`);
      options[valued.slice(2) as 'title' | 'id' | 'source' | 'out'] = value;
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option ${arg}`);
    else if (file !== undefined) throw new CliError('give one article at a time');
    else file = arg;
  }
  if (file === undefined) throw new CliError('no article file');
  return { ...options, file };
}

/** The article's text and, for a saved page, its title, source line and published day. */
export async function readArticle(file: string, raw: string): Promise<Partial<DraftInput> & { text: string }> {
  if (!/\.html?$/i.test(file)) return { text: raw };
  // happy-dom and Readability load only for pages: a text article starts the drafter at once.
  const [{ parseOffline }, { extractArticle }, { draftInputOf }, { refusalSentence }] = await Promise.all([
    import('./offline-dom'),
    import('../utils/article/extract-article'),
    import('../utils/article/draft-input'),
    import('../utils/article/refusal-sentence'),
  ]);
  const page = parseOffline(raw);
  try {
    const extraction = extractArticle(page.document);
    if (!extraction.ok) throw new CliError(`${file}: ${refusalSentence(englishTranslator, extraction)}`);
    return draftInputOf(extraction.article);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  try {
    const options = parseArgs(process.argv.slice(2));
    const article = await readArticle(options.file, readText(options.file));
    if (!article.text.trim()) throw new CliError(`${options.file} has no text to draft from`);
    const { pack, diagnostics } = draftPack(article.text, {
      title: options.title ?? article.title,
      id: options.id,
      source: options.source ?? article.source ?? (options.file === '-' ? undefined : basename(options.file)),
      published: article.published,
    });
    const { counts } = diagnostics;
    const people = pack.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    process.stderr.write(
      `pack:draft: ${diagnostics.sentenceCount} sentences; ${counts.person} people, ${counts.organization} organisations, ` +
        `${counts.place} places, ${counts.event} events; ${pack.article.timeline.length} dates\n` +
        (people.length ? `  people: ${people.join(', ')}\n` : '') +
        diagnostics.notes.map((note) => `  note: ${noteSentence(englishTranslator, note)}\n`).join(''),
    );
    if (diagnostics.issues.length) {
      process.stderr.write(`pack:draft: the draft is not a valid pack:\n${formatPackIssues(diagnostics.issues)}\n`);
      process.exit(1);
    }
    const json = packToJsonText(pack);
    if (options.out) {
      try {
        writeFileSync(options.out, json);
      } catch (error) {
        throw new CliError(`cannot write ${options.out}: ${(error as Error).message}`);
      }
      process.stderr.write(`pack:draft: wrote ${options.out}\n`);
    } else process.stdout.write(json);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`pack:draft: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
}

// Run only as a script, so scripts/draft-accuracy.ts can draft pages with `readArticle`.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) void main();
