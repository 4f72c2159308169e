import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '../helpers/build-site';

const fixture = path.join(repoRoot, 'tests/fixtures/sites/minimal/content');

/** Astro's glob loader only logs Markdown errors; Marquee must fail the build instead. */
let result: BuildResult;

/** Adds `content/reviews/<slug>/index.md` with a five-line frontmatter and `body`. */
function addPost(root: string, slug: string, body: string) {
  const folder = path.join(root, 'content/reviews', slug);
  mkdirSync(folder, { recursive: true });
  cpSync(path.join(fixture, 'reviews/good/poster.jpg'), path.join(folder, 'poster.jpg'));
  writeFileSync(
    path.join(folder, 'index.md'),
    `---\ntitle: ${slug}\npubDate: 2024-01-02\nmovie:\n  title: X\n---\n\nFirst paragraph.\n\n${body}\n`,
  );
}

beforeAll(async () => {
  result = await buildSite({
    content: fixture,
    edit(root) {
      addPost(root, 'typo', '::trailr{youtube="ne6p6MfLBxc"}');
      addPost(root, 'several', '::trailr[x]\n\n![Gone](./nope.jpg)\n\n::trailer{youtube="nope"}');
      addPost(
        root,
        'bad-attribute',
        'Text at 12:30.\n\n::trailer{youtube="ne6p6MfLBxc" autoplay="1"}',
      );
    },
  });
  result.site.remove();
}, 300_000);

test('a Markdown mistake fails the build', () => {
  expect(result.ok).toBe(false);
});

test('a misspelt directive names the file, the line and the directive', () => {
  expect(result.output).toContain('content/reviews/typo/index.md:10:1 ::trailr: unknown directive');
});

test('a bad attribute names the file, the line, the directive and the attribute', () => {
  expect(result.output).toContain(
    'content/reviews/bad-attribute/index.md:12:1 ::trailer: unknown attribute "autoplay"',
  );
});

test('every mistake of a body is listed at once, in line order, as npm run check lists them', () => {
  const lines = [
    'content/reviews/several/index.md:10:1 ::trailr: unknown directive',
    'content/reviews/several/index.md:12:1 ![Gone](./nope.jpg): image "./nope.jpg" was not found next to the post',
    'content/reviews/several/index.md:14:1 ::trailer: youtube="nope" is not a YouTube video',
  ];
  const at = lines.map((line) => result.output.indexOf(line));
  expect(
    at.every((index) => index >= 0),
    result.output,
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
});
