/**
 * The yardstick: a bare Astro site of the same reviews — Astro's own Markdown (no Marquee
 * plugins), its glob loader without a schema, one plain page per review, nothing else —
 * built beside Marquee in the same run, so the ratio between the two is meaningful on a
 * busy machine.
 */
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/build-site';

/**
 * Astro 7 renders Markdown with its native Sätteri processor unless told otherwise;
 * `unified` is the remark/rehype processor Marquee needs for its directives, so the
 * second baseline shows how much of the difference is the Markdown processor alone.
 */
export type BaselineProcessor = 'default' | 'unified';

/** Its own cache in its own folder: `node_modules/` is the repository's (a symlink), and a content store left there by an earlier run would make the baseline warm. */
const config = (processor: BaselineProcessor) => {
  const unified = processor === 'unified';
  return `import { defineConfig } from 'astro/config';
${unified ? "import { unified } from '@astrojs/markdown-remark';\n" : ''}export default defineConfig({ site: 'https://bench.example.com', trailingSlash: 'always', build: { format: 'directory' }, cacheDir: './.cache/astro'${unified ? ', markdown: { processor: unified() }' : ''} });
`;
};

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { reviews: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/reviews' }) }) };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('reviews')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="ko">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/**
 * Writes the bare project into `root`: the same `index.md` files as `content`, with
 * frontmatter image paths and body images left out (the baseline publishes no images).
 */
export function writeBaseline(
  root: string,
  content: string,
  processor: BaselineProcessor = 'default',
): void {
  mkdirSync(path.join(root, 'src/pages/reviews'), { recursive: true });
  writeFileSync(
    path.join(root, 'package.json'),
    '{ "name": "baseline", "private": true, "type": "module" }\n',
  );
  writeFileSync(path.join(root, 'astro.config.mjs'), config(processor));
  writeFileSync(path.join(root, 'src/content.config.ts'), COLLECTIONS);
  writeFileSync(path.join(root, 'src/pages/reviews/[...slug].astro'), PAGE);
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const reviews = path.join(content, 'reviews');
  for (const slug of readdirSync(reviews)) {
    const markdown = readFileSync(path.join(reviews, slug, 'index.md'), 'utf8')
      .replace(/^\s*poster: .*$/m, '')
      .replace(/^gallery:\n( {2}- .*\n)+/m, '')
      .replace(/^!\[[^\n]*$/gm, '');
    mkdirSync(path.join(root, 'content/reviews', slug), { recursive: true });
    writeFileSync(path.join(root, 'content/reviews', slug, 'index.md'), markdown);
  }
}
