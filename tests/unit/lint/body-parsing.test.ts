import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../helpers/build-site';

/**
 * One pass over each body (DESIGN.md, habit 12): the Markdown pipeline (`src/plugins/`)
 * records what pages and feeds need from a review's body, and nothing else parses the
 * rendered body back. A source scan, since a second parse works (only slower) and no
 * page would show it.
 */
const PARSERS =
  /from\s+['"](hast-util-from-html|hast-util-raw|rehype-parse|rehype-raw|parse5|node-html-parser|linkedom|jsdom|cheerio)['"]/;
/** Reading a rendered body: `entry.rendered?.html`, `rendered.html`. */
const READS_BODY = /\brendered\??\.html\b/;
const FEED_HTML = /\bfeedHtml\s*\(|from\s+['"][./]*(lib\/)?feeds\/feed-html['"]/;
const RENDERS_REVIEW_BODY = /renderToString\(\s*ReviewBody\b/;

/** Where HTML may be parsed: the pipeline, the importers (other blogs' saved pages). */
const PARSING_ALLOWED = ['src/plugins/', 'src/cli/import/'];
/**
 * `feedHtml` parses markup that is not a body: the media components' output and a list's
 * introduction.
 */
const PARSER_FILES = ['src/lib/feeds/feed-html.ts'];
/** Lists' introductions, not reviews: their loader and feed read their own HTML. */
const NOT_REVIEW_BODIES = ['src/lib/lists/', 'src/integrations/list-loader.ts'];

interface Source {
  file: string;
  text: string;
}

/** What in `sources` parses a review's rendered body, or renders it again, one line each. */
function bodyParsing(sources: Source[]): string[] {
  const under = (file: string, prefixes: string[]) =>
    prefixes.some((prefix) => file.startsWith(prefix));
  return sources.flatMap(({ file, text }) => {
    const found: string[] = [];
    const parses = PARSERS.test(text);
    if (parses && !under(file, PARSING_ALLOWED) && !PARSER_FILES.includes(file))
      found.push(`${file}: imports an HTML parser`);
    if (READS_BODY.test(text) && !under(file, [...PARSING_ALLOWED, ...NOT_REVIEW_BODIES])) {
      if (parses) found.push(`${file}: parses a rendered body`);
      if (FEED_HTML.test(text)) found.push(`${file}: hands a rendered body to feedHtml`);
    }
    if (RENDERS_REVIEW_BODY.test(text)) found.push(`${file}: renders ReviewBody again`);
    return found;
  });
}

function sourceFiles(folder: string): Source[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mts|astro|mjs)$/.test(name))
    .map((name) => {
      const file = path.posix.join(folder, name.split(path.sep).join('/'));
      return { file, text: readFileSync(path.join(repoRoot, file), 'utf8') };
    });
}

describe('a review body is parsed once, by the Markdown pipeline', () => {
  test('nothing in src/ parses a rendered body again or renders ReviewBody for a feed', () => {
    const sources = sourceFiles('src');
    expect(sources.length).toBeGreaterThan(100);
    expect(bodyParsing(sources)).toEqual([]);
  });

  test('the scan finds each way back to parsing', () => {
    expect(
      bodyParsing([
        {
          file: 'src/lib/toc.ts',
          text: "import { fromHtml } from 'hast-util-from-html';\nfromHtml(review.entry.rendered?.html ?? '');",
        },
        {
          file: 'src/layouts/ReviewLayout.astro',
          text: "import { feedHtml } from '../lib/feeds/feed-html';\nfeedHtml(entry.rendered.html, options);",
        },
        {
          file: 'src/components/review/feed-items.ts',
          text: 'await container.renderToString(ReviewBody, { props: { review } });',
        },
        { file: 'src/lib/search/x.ts', text: "import rehypeParse from 'rehype-parse';" },
        { file: 'src/plugins/rehype/x.ts', text: "import { raw } from 'hast-util-raw';" },
      ]),
    ).toEqual([
      'src/lib/toc.ts: imports an HTML parser',
      'src/lib/toc.ts: parses a rendered body',
      'src/layouts/ReviewLayout.astro: hands a rendered body to feedHtml',
      'src/components/review/feed-items.ts: renders ReviewBody again',
      'src/lib/search/x.ts: imports an HTML parser',
    ]);
  });
});
