/**
 * Site benchmark: build time of the sample site and of a generated blog of many posts,
 * and the weight of what readers download. Run with `npm run bench`; not part of `npm test`
 * (speed is shown here, never asserted in a timed unit test).
 *
 *   npm run bench -- --posts 300
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, repoRoot, type BuiltSite } from '../helpers/build-site';

const postsArgument = process.argv.indexOf('--posts');
const postCount = postsArgument > 0 ? Number(process.argv[postsArgument + 1]) : 200;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file)).length;

function files(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => path.join(dir, file));
}

/** gzipped HTML, and the CSS and JS that a page links, for one built page. */
function pageWeight(site: BuiltSite, page: string) {
  const source = site.read(page);
  const linked = (pattern: RegExp) =>
    [...source.matchAll(pattern)].map(([, href = '']) => gz(path.join(site.dist, href.replace(/^\//, '')))).reduce((a, b) => a + b, 0);
  return {
    html: gzipSync(source).length,
    css: linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    js: linked(/<script[^>]+src="(\/[^"]+)"/g),
    inlineScripts: [...source.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].length,
  };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, (performance.now() - start) / 1000];
}

const [sample, sampleSeconds] = await timed(() => buildSite({ content: path.join(repoRoot, 'content') }));
if (!sample.ok) throw new Error(sample.output);
console.log(`Sample site: ${files(sample.site.dist, '.html').length} pages built in ${sampleSeconds.toFixed(1)} s (including npm start-up)`);
console.log('Page weights (gzipped): page | HTML (with inlined CSS) | linked CSS | linked JS | inline scripts');
for (const page of ['index.html', 'reviews/her/index.html', 'reviews/paterson/index.html', '404.html']) {
  const weight = pageWeight(sample.site, page);
  console.log(`  ${page} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${weight.inlineScripts}`);
}
sample.site.remove();

const [many, manySeconds] = await timed(() =>
  buildSite({
    content: path.join(repoRoot, 'tests/fixtures/sites/minimal/content'),
    edit(root) {
      const poster = path.join(root, 'content/reviews/good/poster.jpg');
      const body = readFileSync(path.join(repoRoot, 'content/reviews/her/index.md'), 'utf8').split('---').slice(2).join('---');
      for (let index = 1; index <= postCount; index++) {
        const folder = path.join(root, `content/reviews/post-${index}`);
        mkdirSync(folder, { recursive: true });
        cpSync(poster, path.join(folder, 'poster.jpg'));
        const day = new Date(Date.UTC(2020, 0, index)).toISOString().slice(0, 10);
        writeFileSync(
          path.join(folder, 'index.md'),
          `---\ntitle: 리뷰 ${index}\npubDate: ${day}\ntags: [태그${index % 7}]\nrating: ${(index % 11) / 2}\nmovie:\n  title: 영화 ${index}\n  year: ${1990 + (index % 30)}\n  genres: [드라마]\n  directors: [감독 ${index % 13}]\n  poster: ./poster.jpg\n---\n${body.replace(/^(::trailer|:::gallery|!\[)[^\n]*$/gm, '')}`,
        );
      }
    },
  }),
);
if (!many.ok) throw new Error(many.output);
const pages = files(many.site.dist, '.html').length;
console.log(`Generated blog: ${postCount} posts (one poster each), ${pages} pages built in ${manySeconds.toFixed(1)} s = ${((manySeconds * 1000) / postCount).toFixed(0)} ms a post`);
many.site.remove();
