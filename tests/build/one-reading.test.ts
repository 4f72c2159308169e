import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { hugePng } from '../helpers/huge-png';
import { buildSite, fixtureContent } from '../helpers/build-site';

/**
 * One real build per way a post could steer the build around Marquee's checks (issue 22):
 * each must fail, name the post, run no code of the post's, and leave no `dist/`.
 */
const fixture = fixtureContent('minimal');
const poster = path.join(fixture, 'reviews/good/poster.jpg');
const MARKER = 'module-ran.txt';

/** A JavaScript module that, if the bundler ever ran it, would leave a file in the project. */
const markerModule = (root: string) =>
  `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(root, MARKER))}, 'ran');\nexport default {};\n`;

interface Steer {
  /** Writes the post (and its files) into `folder`, `content/reviews/smuggle/` of the project at `root`. */
  write(folder: string, root: string): void;
  /** What the build must print. */
  expected: string;
}

const post = (frontmatter: string, body = 'Text.') =>
  `---\ntitle: X\npubDate: 2024-01-02\n${frontmatter}movie:\n  title: X\n---\n\n${body}\n`;

const STEERS: Record<string, Steer> = {
  'a key smuggled behind a lone carriage return, naming a symlinked module': {
    write(folder, root) {
      writeFileSync(path.join(root, 'evil.mjs'), markerModule(root));
      writeFileSync(path.join(folder, 'index.md'), post('# note\rcover: ./x.jpg\n'));
      symlinkSync(path.join(root, 'evil.mjs'), path.join(folder, 'x.jpg'));
    },
    expected:
      'content/reviews/smuggle/index.md:4:1 (frontmatter): found a carriage return (CR) without a line feed',
  },
  'a symlinked module named by the body': {
    write(folder, root) {
      writeFileSync(path.join(root, 'evil.mjs'), markerModule(root));
      writeFileSync(path.join(folder, 'index.md'), post('', '![still](./still.jpg)'));
      symlinkSync(path.join(root, 'evil.mjs'), path.join(folder, 'still.jpg'));
    },
    expected:
      "content/reviews/smuggle/still.jpg (file): found a symbolic link; Marquee publishes only files that are really in the post's folder",
  },
  'a symlinked module no post names': {
    write(folder, root) {
      writeFileSync(path.join(root, 'evil.mjs'), markerModule(root));
      writeFileSync(path.join(folder, 'index.md'), post(''));
      symlinkSync(path.join(root, 'evil.mjs'), path.join(folder, 'unused.png'));
    },
    expected: 'content/reviews/smuggle/unused.png (file): found a symbolic link',
  },
  'a pixel bomb in the body': {
    write(folder) {
      writeFileSync(path.join(folder, 'index.md'), post('', 'Before.\n\n![still](./bomb.png)'));
      writeFileSync(path.join(folder, 'bomb.png'), hugePng());
    },
    expected:
      'content/reviews/smuggle/index.md:10:1 ![still](./bomb.png): "./bomb.png" is 12000×9000 pixels (108 megapixels), expected at most 100 megapixels',
  },
  'a truncated WebP in the body': {
    write(folder) {
      writeFileSync(path.join(folder, 'index.md'), post('', '![still](./cut.webp)'));
      const webp = Buffer.alloc(64);
      webp.write('RIFF', 0, 'latin1');
      webp.writeUInt32LE(5000, 4);
      webp.write('WEBPVP8 ', 8, 'latin1');
      writeFileSync(path.join(folder, 'cut.webp'), webp);
    },
    expected:
      'content/reviews/smuggle/index.md:8:1 ![still](./cut.webp): "./cut.webp" is a WebP file that ends too early',
  },
  'a date slug that one reader would take as text': {
    write(folder) {
      cpSync(poster, path.join(folder, 'poster.jpg'));
      writeFileSync(path.join(folder, 'index.md'), post('slug: 2022-01-01\n'));
    },
    expected:
      'content/reviews/smuggle/index.md:4:1 slug: found 2022-01-01, which YAML reads as a date, expected text; put it in quotes: slug: "2022-01-01"',
  },
};

describe.concurrent('a post cannot steer the build around the checks', () => {
  test.each(Object.entries(STEERS))('%s', async (_name, steer) => {
    const result = await buildSite({
      content: fixture,
      edit(root) {
        const folder = path.join(root, 'content/reviews/smuggle');
        mkdirSync(folder, { recursive: true });
        steer.write(folder, root);
      },
    });
    try {
      expect(result.ok).toBe(false);
      expect(result.output).toContain(steer.expected);
      expect(existsSync(path.join(result.site.root, MARKER)), "the post's module ran").toBe(false);
      expect(existsSync(result.site.dist), 'dist/ left behind').toBe(false);
      // The message names the post; no trace into Marquee's code buries it.
      expect(result.output).not.toContain('Stack trace:');
    } finally {
      result.site.remove();
    }
  });
});

describe('only what published posts name reaches the bundler', () => {
  test("a draft's images, a scheduled post's images and an image no post names are never imported", async () => {
    const marker = (text: string) => uniqueJpeg(text);
    const result = await buildSite({
      content: fixture,
      edit(root) {
        const add = (
          slug: string,
          frontmatter: string,
          body: string,
          files: Record<string, Buffer>,
        ) => {
          const folder = path.join(root, 'content/reviews', slug);
          mkdirSync(folder, { recursive: true });
          writeFileSync(path.join(folder, 'index.md'), post(frontmatter, body));
          for (const [name, bytes] of Object.entries(files))
            writeFileSync(path.join(folder, name), bytes);
        };
        add(
          'draft-post',
          'draft: true\ncover: ./draft-cover.jpg\n',
          '![still](./draft-still.jpg)',
          {
            'draft-cover.jpg': marker('draft-cover'),
            'draft-still.jpg': marker('draft-still'),
          },
        );
        add('later-post', 'cover: ./later-cover.jpg\n', 'Soon.', {
          'later-cover.jpg': marker('later-cover'),
        });
        writeFileSync(
          path.join(root, 'content/reviews/later-post/index.md'),
          post('cover: ./later-cover.jpg\n').replace('pubDate: 2024-01-02', 'pubDate: 2099-01-02'),
        );
        add('published', '', '![still](./named.jpg)', {
          'named.jpg': marker('named'),
          'spare.jpg': marker('spare'),
        });
      },
    });
    try {
      expect(result.ok, result.output).toBe(true);
      const imported = readFileSync(
        path.join(result.site.root, '.astro/content-assets.mjs'),
        'utf8',
      );
      expect(imported).not.toMatch(/draft-cover|draft-still|later-cover|spare/);
      const published = readFileSync(
        path.join(result.site.dist, 'reviews/published/index.html'),
        'utf8',
      );
      expect(published).toMatch(/<picture/);
      for (const name of ['draft-cover', 'draft-still', 'later-cover', 'spare']) {
        expect(existsSync(path.join(result.site.dist, 'reviews', name))).toBe(false);
      }
    } finally {
      result.site.remove();
    }
  });
});

/** A small, valid JPEG copied from the fixture with `text` appended after its end marker (unique bytes). */
function uniqueJpeg(text: string): Buffer {
  return Buffer.concat([readFileSync(poster), Buffer.from(`\n${text}`)]);
}
