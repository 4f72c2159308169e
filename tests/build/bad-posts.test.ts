import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, repoRoot } from '../helpers/build-site';

/**
 * The wiring of the bad-input suite: a few mistakes (a frontmatter key, an image, a body
 * link, a body image, a site setting) added to the one-post fixture site and built for
 * real. Each build must fail with the exact message (file:line:column, field, what was
 * found and expected), printed once, and leave no `dist/` that looks complete. Every other
 * mistake is checked in milliseconds on the post's text: tests/unit/lib/check/bad-posts.test.ts.
 */
const fixture = path.join(repoRoot, 'tests/fixtures/sites/minimal/content');
const poster = path.join(fixture, 'reviews/good/poster.jpg');
const outside = mkdtempSync(path.join(tmpdir(), 'marquee-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

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

/** Builds the fixture site plus `content/reviews/<folder>/index.md`. */
async function buildWith({ folder, frontmatter, body = 'Text.', files }: Case) {
  const result = await buildSite({
    content: fixture,
    edit(root) {
      const target = path.join(root, 'content/reviews', folder);
      mkdirSync(target, { recursive: true });
      cpSync(poster, path.join(target, 'poster.jpg'));
      writeFileSync(path.join(target, 'index.md'), `---\n${frontmatter.trim()}\n---\n\n${body}\n`);
      files?.(target);
    },
  });
  const complete = result.site.exists('index.html');
  result.site.remove();
  return { ...result, complete };
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
    'a body image outside the post',
    {
      folder: 'b',
      frontmatter: `${base}\nmovie:\n  title: X`,
      body: '![Poster](../good/poster.jpg)',
      expected: `content/reviews/b/index.md:8:1 ![Poster](../good/poster.jpg): found "../good/poster.jpg", which leads out of the post's folder; expected an image in the post's folder or below it, such as ./poster.jpg`,
    },
  ],
];

describe.concurrent('a bad post fails the build with one exact message at its line', () => {
  test.each(cases)('%s', async (_name, item) => {
    const { ok, output, complete } = await buildWith(item);
    expect(ok).toBe(false);
    expect(output).toContain(`${item.expected}\n`);
    expect(output.split(item.expected).length - 1, 'printed once').toBe(1);
    expect(output).not.toMatch(
      /ancestors: undefined|RAN OUTSIDE MODULE|SECRET FIRST LINE|\[UnhandledRejection\]/,
    );
    expect(complete, 'no dist/ left looking complete').toBe(false);
  });

  test('a bad site setting names the settings file and the key, once', async () => {
    const result = await buildSite({
      content: fixture,
      edit(root) {
        const file = path.join(root, 'content/site.config.ts');
        writeFileSync(
          file,
          `import { defineSite } from '../src/schemas/site';\nexport default defineSite({ title: 'x', description: 'y', author: 'z', language: 'jp' as 'ko', url: 'https://x.test/' });\n`,
        );
      },
    });
    result.site.remove();
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'content/site.config.ts language: found "jp", expected "ko" or "en"',
    );
    expect(result.output.split('expected "ko" or "en"').length - 1).toBe(1);
  });
});
