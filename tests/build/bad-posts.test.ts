import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, repoRoot } from '../helpers/build-site';

const fixture = path.join(repoRoot, 'tests/fixtures/sites/minimal/content');

/** Builds the one-post fixture site plus `content/reviews/bad/index.md` with `frontmatter`. */
async function buildWithBadPost(frontmatter: string, body = 'Text.') {
  const result = await buildSite({
    content: fixture,
    edit(root) {
      const folder = path.join(root, 'content/reviews/bad');
      mkdirSync(folder, { recursive: true });
      cpSync(path.join(fixture, 'reviews/good/poster.jpg'), path.join(folder, 'poster.jpg'));
      writeFileSync(path.join(folder, 'index.md'), `---\n${frontmatter.trim()}\n---\n\n${body}\n`);
    },
  });
  result.site.remove();
  return result;
}

const base = 'title: Bad\npubDate: 2024-01-02';

describe('a bad post fails the build, naming the file and the field', () => {
  test.each([
    ['a missing required key', 'pubDate: 2024-01-02\nmovie:\n  title: X', 'title', 'is required'],
    ['an unknown key (typo)', `${base}\nratng: 4\nmovie:\n  title: X`, '(frontmatter)', 'unknown key "ratng"'],
    ['a rating off the 0.5 steps', `${base}\nrating: 4.3\nmovie:\n  title: X`, 'rating', 'steps of 0.5'],
    ['updatedDate before pubDate', `${base}\nupdatedDate: 2023-01-01\nmovie:\n  title: X`, 'updatedDate', 'is before pubDate'],
    ['a bad date', `title: Bad\npubDate: yesterday\nmovie:\n  title: X`, 'pubDate', 'expected a date'],
    ['a trailer that is not YouTube or Vimeo', `${base}\nmovie:\n  title: X\n  trailer: https://example.com/v`, 'movie.trailer', '"https://example.com/v"'],
    ['a cast item without a name', `${base}\nmovie:\n  title: X\n  cast:\n    - role: 테오도르`, 'movie.cast.0.name', 'is required'],
    ['a gallery item without alt text', `${base}\nmovie:\n  title: X\ngallery:\n  - src: ./poster.jpg`, 'gallery.0.alt', 'is required'],
    ['empty alt text', `${base}\nmovie:\n  title: X\ngallery:\n  - src: ./poster.jpg\n    alt: ""`, 'gallery.0.alt', 'alt text must not be empty'],
    ['a remote image', `${base}\nmovie:\n  title: X\n  poster: https://example.com/p.jpg`, 'movie.poster', 'remote images are not accepted'],
    ['a missing image file', `${base}\nmovie:\n  title: X\n  poster: ./nope.jpg`, 'movie.poster', 'image "./nope.jpg" was not found'],
    ['a runtime that is not positive', `${base}\nmovie:\n  title: X\n  runtime: -5`, 'movie.runtime', 'expected minutes above 0'],
  ])('%s', async (_name, frontmatter, field, expected) => {
    const { ok, output } = await buildWithBadPost(frontmatter);
    expect(ok).toBe(false);
    expect(output).toMatch(/content\/reviews\/bad\/index\.md(:\d+)? is not valid:/);
    expect(output).toContain(`- ${field}: `);
    expect(output).toContain(expected);
  });

  test('the line of the field is given', async () => {
    const { output } = await buildWithBadPost(`${base}\nmovie:\n  title: X\n  runtime: 0`);
    expect(output).toContain('content/reviews/bad/index.md:6 is not valid:');
  });

  test('two posts with the same slug name both files', async () => {
    const { ok, output } = await buildWithBadPost(`${base}\nslug: good\nmovie:\n  title: X`);
    expect(ok).toBe(false);
    expect(output).toContain('Two reviews have the slug "good": content/reviews/bad/index.md and content/reviews/good/index.md');
  });

  test('a bad site setting names the settings file and the key', async () => {
    const result = await buildSite({
      content: fixture,
      edit(root) {
        const file = path.join(root, 'content/site.config.ts');
        writeFileSync(file, `import { defineSite } from '../src/schemas/site';\nexport default defineSite({ title: 'x', description: 'y', author: 'z', language: 'jp' as 'ko', url: 'https://x.test/' });\n`);
      },
    });
    result.site.remove();
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/site.config.ts is not valid:');
    expect(result.output).toContain('- language: expected "ko" or "en"');
  });
});
