/**
 * `npm run import -- <saved-post.html> [more…]` or `npm run import -- --letterboxd <export
 * folder or .zip>`: draft review bundles (and, from Letterboxd, diary entries) from an
 * existing blog. Never overwrites a post; uses the network only with `--lookup` (TMDB's facts for each draft).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteSettings } from '../site-config';
import { tmdbCredentials } from '../tmdb/client';
import { clientFor } from '../tmdb/session';
import { runImport } from './run-import';

const USAGE =
  'usage: npm run import -- <saved-post.html | folder of saved pages> [more …] [--lookup]\n       npm run import -- --letterboxd <export folder or .zip> [--lookup]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      letterboxd: { type: 'string' },
      diary: { type: 'boolean', default: false },
      lookup: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || (!positionals.length && !values.letterboxd)) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const contentDir = path.resolve(values.content);
  const site = await loadSiteSettings(contentDir);
  const command = `npm run import -- ${process.argv.slice(2).join(' ')}`;
  // Without a key, say so before anything is written.
  if (values.lookup) tmdbCredentials(process.env, command);
  const report = await runImport(contentDir, site, {
    pages: positionals,
    letterboxd: values.letterboxd,
    lookup: values.lookup
      ? {
          client: clientFor({ env: process.env, cwd: process.cwd() }, command),
          language: site.language,
        }
      : undefined,
  });
  if (values.diary)
    console.log(
      '--diary is no longer needed: every Letterboxd viewing is imported, as a diary entry in content/diary.yaml or a draft review.',
    );
  console.log(report.lines.join('\n'));
  if (report.summary) console.log(`\nSummary: ${path.relative(process.cwd(), report.summary)}`);
  console.log(
    `\n${report.written.length} draft(s) written. Check each "- " line above by hand, then preview with \`npm run dev\`.`,
  );
  if (report.counts) console.log(report.counts);
  // A re-import that finds nothing new is a success; a run that read nothing is not.
  if (!report.written.length && !report.counts) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
