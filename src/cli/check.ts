/**
 * `npm run check`: every post checked without building the site, with the validators the
 * build uses (the review schema with the image checks, the slug rules, and the Markdown
 * body through THE plugin list of `src/plugins/index.ts`, links between reviews included),
 * then `astro check`'s type check. Every problem is printed at once, one a line as
 * `file:line:column field: what is wrong, what was expected`, then a count; the exit code
 * is 1 when there is any.
 *
 *   npm run check                 content check, then the type check
 *   npm run check -- --no-types   the content check only (what `npm run bench` times)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    types: { type: 'boolean', default: true },
    'no-types': { type: 'boolean' },
    root: { type: 'string', default: '.' },
  },
});
const root = path.resolve(values.root);
const started = performance.now();
const lines: string[] = [];
/** What Marquee did on an author's behalf that they may not have meant; not problems. */
const warnings: string[] = [];

/** A problem thrown while loading something (the site settings): its message, as written. */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let posts = 0;
try {
  // Messages name files relative to the working folder, as the build does.
  process.chdir(root);
  const { checkReviews } = await import('../lib/check/check-reviews');
  const { formatProblem } = await import('../lib/rules/problem');
  const { setKnownReviews } = await import('../lib/check/review-links');
  const { withQuietMarkdownErrors } = await import('../lib/check/quiet-markdown-errors');
  const { checkMarkdown } = await import('./check-markdown');
  const { site } = await import('../lib/site');
  const reviewsFolder = path.join(root, 'content/reviews');
  const checked = await checkReviews({
    root,
    reviewsFolder,
    contentRoot: path.join(root, 'content'),
    language: site.language,
  });
  warnings.push(...checked.warnings);
  // Film lists, against the reviews as written (a list may name a draft).
  const { checkLists, checkedPostRefs } = await import('../lib/check/check-lists');
  const { listTexts, shiftLines } = await import('../lib/lists/list-text');
  const lists = await checkLists({
    root,
    listsFolder: path.join(root, 'content/lists'),
    contentRoot: path.join(root, 'content'),
    reviews: checkedPostRefs(checked.posts),
  });
  posts = checked.posts.length;
  setKnownReviews(checked.posts.flatMap((post) => (post.slug === undefined ? [] : [post.slug])));
  const bodyProblems = await withQuietMarkdownErrors(async () => {
    const found: (string | undefined)[] = [];
    const check = (markdown: string, file: string, lineShift = 0) =>
      checkMarkdown(markdown, file).then(
        (found) => void warnings.push(...found.map((warning) => shiftLines(warning, lineShift))),
        (error: Error & { reason?: string }) =>
          shiftLines(error.reason ?? messageOf(error), lineShift),
      );
    for (const { post, frontmatter } of checked.posts)
      found.push(await check(frontmatter.body, post.file));
    // A list's introduction and notes go through the same plugins.
    for (const list of lists.lists)
      for (const { markdown, lineShift } of listTexts(list.frontmatter))
        found.push(await check(markdown, list.file, lineShift));
    return found;
  });
  const byLine = [
    ...checked.problems.map((problem) => formatProblem(problem)),
    ...lists.problems.map((problem) => formatProblem(problem)),
    ...bodyProblems.flatMap((found) => (found ? found.split('\n') : [])),
  ];
  lines.push(...[...new Set(byLine)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
} catch (error) {
  lines.push(...messageOf(error).split('\n'));
}

const cpu = process.cpuUsage();
const seconds = `${((performance.now() - started) / 1000).toFixed(2)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`;
for (const warning of warnings) console.log(`warning: ${warning}`);
for (const line of lines) console.log(line);
// One problem a line (a settings error, also in the one format, is one line per setting).
const count = lines.length;
console.log(
  count
    ? `\n${count} problem${count === 1 ? '' : 's'} in ${posts} reviews (${seconds})`
    : `No problems in ${posts} reviews (${seconds})`,
);

let exitCode = count ? 1 : 0;
if (values.types && !values['no-types']) {
  console.log('\nType check (astro check):');
  const types = spawnSync('astro', ['check'], {
    stdio: 'inherit',
    cwd: root,
    shell: process.platform === 'win32',
  });
  if (types.status !== 0) exitCode = 1;
}
process.exit(exitCode);
