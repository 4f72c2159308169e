/**
 * `npm run publish -- <slug>… [--content <folder>]` or `npm run publish -- --all-drafts`:
 * removes `draft: true` from the named drafts (or from every draft) and says what it published.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliError } from './content-folder';
import { publishDrafts } from './publish-drafts';

const USAGE = 'usage: npm run publish -- <slug> [more …]\n       npm run publish -- --all-drafts';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'all-drafts': { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const all = values['all-drafts'];
  if (values.help || (!positionals.length && !all)) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const reviewsDir = path.resolve(values.content, 'reviews');
  const { published, already } = publishDrafts(reviewsDir, { slugs: positionals, all });
  const shown = (entry: string) =>
    path.relative(process.cwd(), path.join(reviewsDir, entry)).split(path.sep).join('/');
  for (const entry of published) console.log(`✓ published ${shown(entry)}`);
  for (const entry of already) console.log(`- ${shown(entry)} was not a draft; left as it is`);
  console.log(
    published.length
      ? `${published.length} review${published.length === 1 ? '' : 's'} published; the next build puts ${published.length === 1 ? 'it' : 'them'} on the site.`
      : 'Nothing published: no drafts found.',
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof CliError ? error.message : error);
  process.exitCode = 1;
}
