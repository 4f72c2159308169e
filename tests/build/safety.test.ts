import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, fixtureContent, type BuildResult } from '../helpers/build-site';
import { copyProject, runCheck } from '../helpers/check-site';

const fixture = fixtureContent('minimal');

/** Adds `content/reviews/<slug>/index.md` (with a poster and a still); without extra `frontmatter` lines, the body starts at line 8. */
function addPost(root: string, slug: string, body: string, frontmatter: string[] = []) {
  const folder = path.join(root, 'content/reviews', slug);
  mkdirSync(folder, { recursive: true });
  for (const name of ['poster.jpg', 'still.jpg'])
    cpSync(path.join(fixture, 'reviews/good/poster.jpg'), path.join(folder, name));
  const head = [
    '---',
    `title: ${slug}`,
    'pubDate: 2024-01-02',
    ...frontmatter,
    'movie:',
    '  title: X',
    '---',
    '',
  ];
  writeFileSync(path.join(folder, 'index.md'), `${head.join('\n')}\n${body}\n`);
}

/** Posts each with one mistake of this pass, and where (line in the file) and how it is reported. */
const BAD_POSTS = {
  unclosed: [
    'First paragraph.\n\n:::spoiler[Ending]\nThe butler did it.\n\n## Verdict\n\nGood.',
    '10:1 :::spoiler: opened here but never closed',
  ],
  refresh: [
    'First paragraph.\n\n<meta http-equiv="refresh" content="0; url=https://evil.example/">',
    '10:1 <meta>: found <meta>',
  ],
  handler: [
    'First paragraph.\n\nA still: <img src="./still.jpg" alt="" onerror="alert(1)">',
    '10:10 onerror=: found an onerror="…" attribute',
  ],
} as const;

const reported = (slug: keyof typeof BAD_POSTS) =>
  `content/reviews/${slug}/index.md:${BAD_POSTS[slug][1]}`;

/** The build and `npm run check` both list every one of them, each at its line. */
describe('refused bodies', () => {
  let build: BuildResult;
  let check: { code: number; output: string };
  beforeAll(async () => {
    const addBadPosts = (root: string) => {
      for (const [slug, [body]] of Object.entries(BAD_POSTS)) addPost(root, slug, body);
    };
    [build, check] = await Promise.all([
      buildSite({ content: fixture, edit: addBadPosts }),
      runCheck(copyProject(fixture, addBadPosts), ['--no-types']),
    ]);
    build.site.remove();
  }, 300_000);

  test.each(Object.keys(BAD_POSTS) as (keyof typeof BAD_POSTS)[])(
    '%s: the build and npm run check name the file and line',
    (slug) => {
      expect(build.ok).toBe(false);
      expect(build.output).toContain(reported(slug));
      expect(check.code).toBe(1);
      expect(check.output).toContain(reported(slug));
    },
  );
});

/** A rich review that passes the checks, with what raw HTML may still hold (script, a javascript: link) for the sanitiser. */
const RICH = [
  'Theodore writes letters for other people.',
  '![A still](./still.jpg "Glass and symmetry")',
  'See [the director](https://example.com/jonze) or [write to me](mailto:me@example.com) or [another review](../good/).',
  '## The voice is :spoiler[Samantha, who leaves]',
  'The reveal.',
  '## Craft',
  '<p>Raw: <a href="javascript:alert(1)">bad link</a></p>\n\n<script>alert(1)</script>',
  '## Verdict',
  '::trailer{youtube="ne6p6MfLBxc"}',
].join('\n\n');

describe('feeds of a rich review', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildSite({
      content: fixture,
      edit: (root) =>
        addPost(root, 'rich', RICH, [
          'description: "Why <Her> works <img src=x onerror=alert(1)>"',
        ]),
    });
  }, 300_000);
  afterAll(() => result.site.remove());

  type RssItem = { link: string; description: string; 'content:encoded': string };
  const rssItem = () => {
    const { rss } = new XMLParser({ ignoreAttributes: false }).parse(
      result.site.read('rss.xml'),
    ) as { rss: { channel: { item: RssItem | RssItem[] } } };
    const item = [rss.channel.item].flat().find(({ link }) => link.endsWith('/reviews/rich/'));
    if (!item) throw new Error('rss.xml has no item for /reviews/rich/');
    return item;
  };
  const jsonItem = () =>
    (
      JSON.parse(result.site.read('feed.json')) as {
        items: { url: string; content_html: string }[];
      }
    ).items.find((item) => item.url.endsWith('/reviews/rich/'));

  test('builds', () => {
    expect(result.ok, result.output).toBe(true);
  });

  test('keep the figure, the picture with srcset, the links and the trailer link', () => {
    for (const html of [rssItem()['content:encoded'], jsonItem()?.content_html]) {
      expect(html).toMatch(
        /<figure>\s*<picture>\s*<source srcset="https:\/\/fixture\.example\.com\/_astro\/[^"]+ \d+w/,
      );
      expect(html).toMatch(
        /<img src="https:\/\/fixture\.example\.com\/_astro\/[^"]+" srcset="https:/,
      );
      expect(html).toContain('<figcaption>Glass and symmetry</figcaption>');
      expect(html).toContain('<a href="https://example.com/jonze">the director</a>');
      expect(html).toContain('<a href="mailto:me@example.com">write to me</a>');
      expect(html).toContain(
        '<a href="https://fixture.example.com/reviews/good/">another review</a>',
      );
      expect(html).toContain('<a href="https://www.youtube.com/watch?v=ne6p6MfLBxc">');
    }
  });

  test('carry no script, handler or javascript: link', () => {
    for (const html of [rssItem()['content:encoded'], jsonItem()?.content_html]) {
      expect(html).toContain('bad link');
      expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=|<iframe|<object|<meta/i);
    }
  });

  test('never show the spoiler in a heading, on the page or in feeds, except where it is hidden', () => {
    const page = result.site.read('reviews/rich/index.html');
    expect(page).toContain('<h2 id="the-voice-is">');
    expect(page).toMatch(/<a href="#the-voice-is"[^>]*>The voice is …<\/a>/);
    expect(page.match(/Samantha/g)).toHaveLength(1);
    expect(page).toMatch(
      /<span class="marquee-spoiler-inline__text"[^>]*>Samantha, who leaves<\/span>/,
    );
    expect(rssItem()['content:encoded']).not.toContain('Samantha');
    expect(JSON.stringify(jsonItem())).not.toContain('Samantha');
  });

  test('the RSS description reaches readers as text', () => {
    const description = fromHtml(rssItem().description, { fragment: true });
    expect(toString(description)).toBe('Why <Her> works <img src=x onerror=alert(1)>');
    expect(description.children.every((node) => node.type === 'text')).toBe(true);
  });
});
