/**
 * `npm run new -- "그녀" --original "Her" --year 2013 [--slug her] [--content content]`:
 * a new draft review bundle. Without a title, in a terminal, it asks for each value.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { CliError } from './content-folder';
import { loadSiteSettings } from './site-config';
import { createReview, type NewReview } from './scaffold';

const USAGE =
  'usage: npm run new -- "<film title>" [--original "<original title>"] [--year 2013] [--slug <folder>]';

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1870 || year > 2100)
    throw new CliError(`--year: expected a year such as 2013, found "${value}"`);
  return year;
}

async function ask(): Promise<NewReview> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const title = (await prompt.question('Film title (영화 제목): ')).trim();
    const originalTitle =
      (await prompt.question('Original title (원제, optional): ')).trim() || undefined;
    const year = parseYear(await prompt.question('Year (제작 연도, optional): '));
    return { title, originalTitle, year };
  } finally {
    prompt.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      original: { type: 'string' },
      year: { type: 'string' },
      slug: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  let review: NewReview;
  if (positionals.length)
    review = {
      title: positionals.join(' '),
      originalTitle: values.original,
      year: parseYear(values.year),
      slug: values.slug,
    };
  else if (process.stdin.isTTY) review = { ...(await ask()), slug: values.slug };
  else throw new CliError(USAGE);
  const contentDir = path.resolve(values.content);
  const file = createReview(contentDir, review, await loadSiteSettings(contentDir));
  console.log(`Created ${path.relative(process.cwd(), file)} (a draft).`);
  console.log(
    'Preview it with `npm run dev` at http://127.0.0.1:4321/ ; remove `draft: true` to publish it.',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof CliError ? error.message : error);
  process.exitCode = 1;
});
