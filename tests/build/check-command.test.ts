import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../helpers/build-site';
import { copyProject, runCheck } from '../helpers/check-site';

/** `npm run check` lists every problem of every post at once, then the count, and fails. */
const fixture = path.join(repoRoot, 'tests/fixtures/sites/minimal/content');

function addPost(root: string, folder: string, frontmatter: string, body = 'Text.') {
  const target = path.join(root, 'content/reviews', folder);
  mkdirSync(target, { recursive: true });
  cpSync(path.join(fixture, 'reviews/good/poster.jpg'), path.join(target, 'poster.jpg'));
  writeFileSync(path.join(target, 'index.md'), `---\n${frontmatter}\n---\n\n${body}\n`);
}

test('every problem, one a line in the build format, then the count; exit code 1', async () => {
  const root = copyProject(fixture, (site) => {
    addPost(
      site,
      'typos',
      'title: Typos\npubDate: 2024-02-30\nratng: 4\nmovie:\n  title: X\n  director: [A]',
    );
    addPost(
      site,
      'body',
      'title: Body\npubDate: 2024-01-02\nmovie:\n  title: X',
      'Text.\n\n::trailr{youtube="ne6p6MfLBxc"}',
    );
    addPost(
      site,
      'links',
      'title: Links\npubDate: 2024-01-02\nmovie:\n  title: X',
      'See [her](../her/) and [good](../good/).',
    );
    addPost(
      site,
      'images',
      'title: Images\npubDate: 2024-01-02\ncover: ../good/poster.jpg\nmovie:\n  title: X\n  poster: ./nope.jpg',
    );
    addPost(site, 'Good', 'title: Case\npubDate: 2024-01-02\nmovie:\n  title: X');
  });
  const { code, output } = await runCheck(root, ['--no-types']);
  rmSync(root, { recursive: true, force: true });
  const lines = output.split('\n').filter((line) => line.startsWith('content/'));
  expect(lines).toEqual([
    'content/reviews/body/index.md:10:1 ::trailr: unknown directive; Marquee knows ::trailer, :::gallery and :::spoiler',
    'content/reviews/good/index.md:1:1 slug (folder name): found "good", the same slug as content/reviews/Good/index.md ("Good", which differs only in letter case); expected a slug of its own: rename one folder or set a different "slug:"',
    `content/reviews/images/index.md:4:1 cover: found "../good/poster.jpg", which leads out of the post's folder; expected an image in the post's folder or below it, such as ./poster.jpg`,
    'content/reviews/images/index.md:7:3 movie.poster: image "./nope.jpg" was not found next to the post',
    'content/reviews/links/index.md:8:5 link: found a link to the review "her" (../her/), but no review has that slug; expected the folder name (or slug:) of an existing review',
    'content/reviews/typos/index.md:3:1 pubDate: found 2024-02-30, that day does not exist in that month; expected a real calendar day such as 2022-06-18',
    'content/reviews/typos/index.md:4:1 ratng: unknown key; did you mean "rating"?',
    'content/reviews/typos/index.md:7:3 movie.director: unknown key; did you mean "directors"?',
  ]);
  expect(output).toMatch(/\n8 problems in 7 reviews \(/);
  expect(code).toBe(1);
});

test('a clean site passes', async () => {
  const root = copyProject(fixture);
  const { code, output } = await runCheck(root, ['--no-types']);
  rmSync(root, { recursive: true, force: true });
  expect(output).toMatch(/No problems in 2 reviews/);
  expect(code).toBe(0);
});
