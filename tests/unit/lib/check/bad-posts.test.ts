import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { checkMarkdown } from '../../../../src/cli/check-markdown';
import { checkReviews } from '../../../../src/lib/check/check-reviews';
import { withQuietMarkdownErrors } from '../../../../src/lib/check/quiet-markdown-errors';
import { setKnownReviews } from '../../../../src/lib/check/review-links';
import { formatProblem, sortProblems } from '../../../../src/lib/rules/problem';
import { hugePng } from '../../../helpers/huge-png';

/**
 * The bad-input suite: one small post per mistake, beside the one good post of the minimal
 * fixture site, checked as the build checks it before Astro reads any post (frontmatter,
 * images, slugs), then body by body through THE remark plugin list. Each mistake must be
 * reported with the exact message (file:line:column, field, what was found and expected),
 * once. `tests/build/bad-posts.test.ts` builds a few of these for real, to prove the wiring.
 */
const fixture = path.resolve('tests/fixtures/sites/minimal/content');
const poster = path.join(fixture, 'reviews/good/poster.jpg');
const sites = mkdtempSync(path.join(tmpdir(), 'marquee-bad-posts-'));
const outside = mkdtempSync(path.join(tmpdir(), 'marquee-outside-'));
afterAll(() => {
  rmSync(sites, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

// The slugs are build-wide state: forget them, for the plugin tests that run after.
afterEach(() => setKnownReviews(undefined));

interface Case {
  /** The folder under content/reviews/. */
  folder: string;
  frontmatter: string;
  body?: string;
  /** Extra files in the post's folder (made by the test). */
  files?: (folder: string) => void;
  expected: string;
}

const base = 'title: Bad\npubDate: 2024-01-02';

/** Every problem a site of the good post plus `content/reviews/<folder>/index.md` has, one a line. */
async function problemsWith({
  folder,
  frontmatter,
  body = 'Text.',
  files,
}: Case): Promise<string[]> {
  const root = mkdtempSync(path.join(sites, 'site-'));
  const reviewsFolder = path.join(root, 'content/reviews');
  cpSync(path.join(fixture, 'reviews/good'), path.join(reviewsFolder, 'good'), { recursive: true });
  const target = path.join(reviewsFolder, folder);
  mkdirSync(target, { recursive: true });
  cpSync(poster, path.join(target, 'poster.jpg'));
  writeFileSync(path.join(target, 'index.md'), `---\n${frontmatter.trim()}\n---\n\n${body}\n`);
  files?.(target);
  const checked = await checkReviews({
    root,
    reviewsFolder,
    contentRoot: path.join(root, 'content'),
  });
  if (checked.problems.length) return sortProblems(checked.problems).map(formatProblem);
  // As the build (and `npm run check`) does: bodies only once every frontmatter is right.
  setKnownReviews(checked.posts.flatMap((post) => (post.slug === undefined ? [] : [post.slug])));
  const found = await withQuietMarkdownErrors(() =>
    Promise.all(
      checked.posts.map(({ post, frontmatter }) =>
        checkMarkdown(frontmatter.body, post.file).then(
          () => undefined,
          (error: Error & { reason?: string }) => error.reason ?? error.message,
        ),
      ),
    ),
  );
  // Body messages name the file from the working folder; the build names it from the project.
  return found.flatMap((line) => (line ? [line.replace(/^\S*?(?=content\/reviews\/)/, '')] : []));
}

const cases: [string, Case][] = [
  [
    'unknown key, did you mean',
    {
      folder: 'b',
      frontmatter: `${base}\nratng: 4\nmovie:\n  title: X`,
      expected: 'content/reviews/b/index.md:4:1 ratng: unknown key; did you mean "rating"?',
    },
  ],
  [
    'misspelt key inside movie',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\n  director: [A]`,
      expected:
        'content/reviews/b/index.md:6:3 movie.director: unknown key; did you mean "directors"?',
    },
  ],
  [
    'a number in quotes',
    {
      folder: 'b',
      frontmatter: `${base}\nrating: "4.5"\nmovie:\n  title: X`,
      expected:
        'content/reviews/b/index.md:4:1 rating: found "4.5", which is text, expected a number; remove the quotes',
    },
  ],
  [
    'a rating off the steps',
    {
      folder: 'b',
      frontmatter: `${base}\nrating: 4.3\nmovie:\n  title: X`,
      expected:
        'content/reviews/b/index.md:4:1 rating: found 4.3, expected a rating in steps of 0.5, such as 3.5 or 4',
    },
  ],
  [
    'a missing required key',
    {
      folder: 'b',
      frontmatter: 'pubDate: 2024-01-02\nmovie:\n  title: X',
      expected:
        'content/reviews/b/index.md:2:1 title: missing, expected text; this key is required',
    },
  ],
  [
    'duplicate YAML keys',
    {
      folder: 'b',
      frontmatter: `${base}\ntitle: Again\nmovie:\n  title: X`,
      expected:
        'content/reviews/b/index.md:4:1 title: this key is written twice; keep one of the two',
    },
  ],
  [
    'gallery item 2 without alt',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\ngallery:\n  - src: ./poster.jpg\n    alt: ok\n  - src: ./poster.jpg`,
      expected:
        'content/reviews/b/index.md:9:5 gallery[1].alt: missing, expected text; this key is required',
    },
  ],
  [
    '30 February',
    {
      folder: 'b',
      frontmatter: 'title: Bad\npubDate: 2024-02-30\nmovie:\n  title: X',
      expected:
        'content/reviews/b/index.md:3:1 pubDate: found 2024-02-30, that day does not exist in that month; expected a real calendar day such as 2022-06-18',
    },
  ],
  [
    'month 13',
    {
      folder: 'b',
      frontmatter: `${base}\nwatched: 2024-13-01\nmovie:\n  title: X`,
      expected:
        'content/reviews/b/index.md:4:1 watched: found 2024-13-01, there is no month 13; expected a real calendar day such as 2022-06-18',
    },
  ],
  [
    '31 April release',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\n  releaseDate: 2023-04-31`,
      expected:
        'content/reviews/b/index.md:6:3 movie.releaseDate: found 2023-04-31, that day does not exist in that month; expected a real calendar day such as 2022-06-18',
    },
  ],
  [
    'javascript: website',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\n  links:\n    website: javascript:alert(1)`,
      expected:
        'content/reviews/b/index.md:7:5 movie.links.website: found "javascript:alert(1)", expected a full http or https URL such as https://example.com/',
    },
  ],
  [
    'javascript: link in the body',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X`,
      body: 'See [this](javascript:alert(1)).',
      expected:
        'content/reviews/b/index.md:8:5 link: found the link "javascript:alert(1)", expected an http:, https: or mailto: address, a relative path or a #fragment',
    },
  ],
  [
    'a link to a review that does not exist',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X`,
      body: 'See [her](../her/).',
      expected:
        'content/reviews/b/index.md:8:5 link: found a link to the review "her" (../her/), but no review has that slug; expected the folder name (or slug:) of an existing review',
    },
  ],
  [
    'a hand-written media marker',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X`,
      body: 'Text.\n\n<marquee-media type="image" src="../good/poster.jpg"></marquee-media>',
      expected:
        "content/reviews/b/index.md:10:1 <marquee-media>: found a hand-written <marquee-media> element, which only Marquee's plugins may make; expected an image (![alt](./still.jpg)), :::gallery or ::trailer",
    },
  ],
  [
    'slug ..',
    {
      folder: 'b',
      frontmatter: `${base}\nslug: ".."\nmovie:\n  title: X`,
      expected:
        'content/reviews/b/index.md:4:1 slug: found "..", which is not a name; expected a name such as her-2013',
    },
  ],
  [
    'slug .',
    {
      folder: 'b',
      frontmatter: `${base}\nslug: .\nmovie:\n  title: X`,
      expected:
        'content/reviews/b/index.md:4:1 slug: found ".", which is not a name; expected a name such as her-2013',
    },
  ],
  [
    'folder %2e%2e',
    {
      folder: '%2e%2e',
      frontmatter: `${base}\nmovie:\n  title: X`,
      expected:
        'content/reviews/%2e%2e/index.md:1:1 folder name: found "%2e%2e" with "%"; a slug cannot contain / \\ % ? # or control characters; rename the folder or set "slug:"',
    },
  ],
  [
    'folder with ?',
    {
      folder: 'what?',
      frontmatter: `${base}\nmovie:\n  title: X`,
      expected:
        'content/reviews/what?/index.md:1:1 folder name: found "what?" with "?"; a slug cannot contain / \\ % ? # or control characters; rename the folder or set "slug:"',
    },
  ],
  [
    'folder with #',
    {
      folder: 'a#b',
      frontmatter: `${base}\nmovie:\n  title: X`,
      expected:
        'content/reviews/a#b/index.md:1:1 folder name: found "a#b" with "#"; a slug cannot contain / \\ % ? # or control characters; rename the folder or set "slug:"',
    },
  ],
  [
    'slugs differing only in case',
    {
      folder: 'GOOD',
      frontmatter: `${base}\nmovie:\n  title: X`,
      expected:
        'content/reviews/good/index.md:1:1 slug (folder name): found "good", the same slug as content/reviews/GOOD/index.md ("GOOD", which differs only in letter case); expected a slug of its own: rename one folder or set a different "slug:"',
    },
  ],
  [
    'the same slug twice',
    {
      folder: 'b',
      frontmatter: `${base}\nslug: good\nmovie:\n  title: X`,
      expected:
        'content/reviews/good/index.md:1:1 slug (folder name): found "good", the same slug as content/reviews/b/index.md; expected a slug of its own: rename one folder or set a different "slug:"',
    },
  ],
  [
    'an absolute image path',
    {
      folder: 'b',
      frontmatter: `${base}\ncover: ${poster}\nmovie:\n  title: X`,
      expected: `content/reviews/b/index.md:4:1 cover: found the absolute path "${poster}", expected a path beside the post such as ./poster.jpg`,
    },
  ],
  [
    'a .. escape',
    {
      folder: 'b',
      frontmatter: `${base}\ncover: ../good/poster.jpg\nmovie:\n  title: X`,
      expected: `content/reviews/b/index.md:4:1 cover: found "../good/poster.jpg", which leads out of the post's folder; expected an image in the post's folder or below it, such as ./poster.jpg`,
    },
  ],
  [
    'a symlink to a file outside',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\n  poster: ./linked.jpg`,
      files: (folder) => {
        writeFileSync(path.join(outside, 'helper.mjs'), 'console.log("RAN OUTSIDE MODULE");\n');
        symlinkSync(path.join(outside, 'helper.mjs'), path.join(folder, 'linked.jpg'));
      },
      expected: `content/reviews/b/index.md:6:3 movie.poster: found "./linked.jpg", a link to a file outside the post's folder; copy the image into the post's folder instead of linking to it`,
    },
  ],
  [
    'a cast photo that is a symlink to a text file',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\n  cast:\n    - name: A\n      photo: ./a.png`,
      files: (folder) => {
        writeFileSync(path.join(outside, 'notes.txt'), 'SECRET FIRST LINE\n');
        symlinkSync(path.join(outside, 'notes.txt'), path.join(folder, 'a.png'));
      },
      expected: `content/reviews/b/index.md:8:7 movie.cast[0].photo: found "./a.png", a link to a file outside the post's folder; copy the image into the post's folder instead of linking to it`,
    },
  ],
  [
    'an SVG poster',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\n  poster: ./poster.svg`,
      files: (folder) =>
        writeFileSync(
          path.join(folder, 'poster.svg'),
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
      expected:
        'content/reviews/b/index.md:6:3 movie.poster: "./poster.svg" is an SVG image, which Marquee does not publish (it can carry scripts); convert it to PNG or WebP (for example with Inkscape or an online converter) and use that file',
    },
  ],
  [
    'an SVG named .jpg in the gallery',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\ngallery:\n  - src: ./still.jpg\n    alt: A still`,
      files: (folder) =>
        writeFileSync(path.join(folder, 'still.jpg'), '<svg xmlns="http://www.w3.org/2000/svg"/>'),
      expected:
        'content/reviews/b/index.md:7:5 gallery[0].src: "./still.jpg" is an SVG image, which Marquee does not publish (it can carry scripts); convert it to PNG or WebP (for example with Inkscape or an online converter) and use that file',
    },
  ],
  [
    'a truncated JPEG',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\n  poster: ./cut.jpg`,
      files: (folder) =>
        writeFileSync(path.join(folder, 'cut.jpg'), readFileSync(poster).subarray(0, 2000)),
      expected:
        'content/reviews/b/index.md:6:3 movie.poster: "./cut.jpg" is a JPEG file that ends too early (truncated or damaged); export or copy it again',
    },
  ],
  [
    'an image over 100 megapixels',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X\n  poster: ./huge.png`,
      files: (folder) => writeFileSync(path.join(folder, 'huge.png'), hugePng()),
      expected:
        'content/reviews/b/index.md:6:3 movie.poster: "./huge.png" is 12000×9000 pixels (108 megapixels), expected at most 100 megapixels; resize it (3000 pixels wide is plenty for the web)',
    },
  ],
  [
    'a single-file post using the image of another post',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X`,
      files: (folder) =>
        writeFileSync(
          path.join(folder, '../single.md'),
          `---\n${base}\ncover: ./good/poster.jpg\nmovie:\n  title: Y\n---\n\nText.\n`,
        ),
      expected: `content/reviews/single.md:4:1 cover: found "./good/poster.jpg", which leads out of the post's folder; expected an image in the post's folder or below it, such as ./poster.jpg`,
    },
  ],
  [
    'a body image outside the post',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X`,
      body: '![Poster](../good/poster.jpg)',
      expected: `content/reviews/b/index.md:8:1 ![Poster](../good/poster.jpg): found "../good/poster.jpg", which leads out of the post's folder; expected an image in the post's folder or below it, such as ./poster.jpg`,
    },
  ],
];

describe('a bad post is reported with one exact message at its line', () => {
  test.each(cases)('%s', async (_name, item) => {
    const problems = await problemsWith(item);
    expect(problems).toContain(item.expected);
    expect(
      problems.filter((problem) => problem === item.expected),
      'reported once',
    ).toHaveLength(1);
  });
});
