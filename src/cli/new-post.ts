/**
 * `npm run new -- "그녀" --original "Her" --year 2013 [--slug her] [--content content]`:
 * a new draft review bundle. Without a title, in a terminal, it asks for each value.
 * `npm run new -- --tmdb 152601` fills the film's facts in from TMDB.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CliError } from './content-folder';
import { parseNewPostArgs, parseYear, USAGE } from './new-post-args';
import { loadSiteSettings } from './site-config';
import { createReview, type NewReview } from './scaffold';
import { createReviewFromTmdb } from './tmdb/new-from-tmdb';

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
  const command = parseNewPostArgs(
    process.argv.slice(2),
    process.env,
    Boolean(process.stdin.isTTY && process.stdout.isTTY),
  );
  if (command.kind === 'help') return void console.log(USAGE);
  if (command.kind === 'tmdb') {
    const contentDir = path.resolve(command.content);
    const site = await loadSiteSettings(contentDir);
    const { file, notes } = await createReviewFromTmdb(
      contentDir,
      command.id,
      command.review,
      site,
      {
        env: process.env,
        cwd: process.cwd(),
      },
    );
    console.log(`Created ${path.relative(process.cwd(), file)} (a draft) with TMDB's facts.`);
    for (const line of notes) console.log(`  - ${line}`);
    console.log(
      'Preview it with `npm run dev` at http://127.0.0.1:4321/ ; remove `draft: true` to publish it.',
    );
    return;
  }
  const review =
    command.kind === 'create' ? command.review : { ...(await ask()), slug: command.slug };
  const contentDir = path.resolve(command.content);
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
