/**
 * `npm run bench:check`: how long `npm run check` (the content check, without the type
 * check) takes for a generated blog of 200 posts (`-- --posts 500` for another count).
 * Shown here, never asserted in a timed test. The check prints its wall-clock and CPU time;
 * on a loaded machine the CPU time is the fairer figure.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/build-site';
import { copyProject } from '../helpers/check-site';

const postsArgument = process.argv.indexOf('--posts');
const postCount = postsArgument > 0 ? Number(process.argv[postsArgument + 1]) : 200;

const root = copyProject(path.join(repoRoot, 'tests/fixtures/sites/minimal/content'));
const poster = path.join(root, 'content/reviews/good/poster.jpg');
const body = readFileSync(path.join(repoRoot, 'content/reviews/her/index.md'), 'utf8')
  .split('---')
  .slice(2)
  .join('---');
for (let index = 1; index <= postCount; index++) {
  const folder = path.join(root, `content/reviews/post-${index}`);
  mkdirSync(folder, { recursive: true });
  cpSync(poster, path.join(folder, 'poster.jpg'));
  writeFileSync(
    path.join(folder, 'index.md'),
    `---\ntitle: 리뷰 ${index}\npubDate: 2020-01-${String((index % 28) + 1).padStart(2, '0')}\nrating: ${(index % 11) / 2}\nmovie:\n  title: 영화 ${index}\n  directors: [감독 ${index % 13}]\n  poster: ./poster.jpg\n---\n${body.replace(/^(::trailer|:::gallery|!\[)[^\n]*$/gm, '')}`,
  );
}
const started = performance.now();
const output = execFileSync('npm', ['run', 'check', '--silent', '--', '--no-types'], {
  cwd: root,
  encoding: 'utf8',
});
console.log(output.trim().split('\n').at(-1));
console.log(
  `npm run check -- --no-types, ${postCount + 2} posts: ${((performance.now() - started) / 1000).toFixed(2)} s including npm start-up`,
);
rmSync(root, { recursive: true, force: true });
