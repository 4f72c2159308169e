import { createRequire } from 'node:module';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../../../src/lib/check/frontmatter';

/**
 * The differential test of issue 22: Marquee's reader and Astro's are fed the same tricky
 * files. Either both read the same data, or Marquee refuses the file by name (a post it
 * refuses is never built). Astro's reader is the one its content layer imports.
 */
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));

test("Marquee imports the very frontmatter reader Astro's content layer uses", () => {
  const ours = createRequire(path.resolve('src/lib/check/frontmatter.ts')).resolve(
    '@astrojs/internal-helpers/frontmatter',
  );
  expect(ours).toBe(astroRequire.resolve('@astrojs/internal-helpers/frontmatter'));
});

const laughs = [
  'a: &a [x,x,x,x,x,x,x,x,x]',
  ...'bcdefgh'
    .split('')
    .map((key, index) => `${key}: &${key} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`),
];

const TRICKY: Record<string, string> = {
  'a lone CR inside a comment': '---\ntitle: a\n# note\rcover: ./x.jpg\n---\nbody\n',
  'a lone CR ending a key': '---\ntitle: a\rslug: b\n---\n',
  'CRLF line endings': '---\r\ntitle: a\r\nslug: b\r\n---\r\nbody\r\n',
  'U+2028 inside a comment': '---\ntitle: a # x\u2028cover: ./x.jpg\n---\n',
  'U+2029 inside a value': '---\ntitle: a\u2029cover: ./x.jpg\n---\n',
  'U+0085 (next line)': '---\ntitle: a\u0085cover: ./x.jpg\n---\n',
  'a byte-order mark': '\uFEFF---\ntitle: a\n---\nbody\n',
  'blank lines before the fence': '\n\n---\ntitle: a\n---\nbody\n',
  'spaces before the fence': '  \n---\ntitle: a\n---\n',
  'text before the fence': 'hello\n---\ntitle: a\n---\n',
  'a fence with trailing spaces': '---   \ntitle: a\n---   \nbody\n',
  'a closing fence followed by text': '---\ntitle: a\n---cover: ./x.jpg\nbody\n',
  'a key on the opening fence line': '---title: a\nslug: b\n---\n',
  'four dashes': '----\ntitle: a\n----\n',
  'TOML between +++': '+++\ntitle = "a"\n+++\n',
  'mixed fences': '---\ntitle: a\n+++\n',
  'an unclosed fence': '---\ntitle: a\nslug: b\n',
  'a document end marker': '---\ntitle: a\n...\ncover: ./x.jpg\n---\n',
  'a second document': '---\ntitle: a\n---\n---\ncover: ./x.jpg\n---\n',
  'a %YAML directive': '---\n%YAML 1.1\n---\ntitle: a\n---\n',
  'a merge key': '---\nbase: &b {title: a}\nmovie:\n  <<: *b\n  year: 2013\n---\n',
  'a billion laughs': `---\n${laughs.join('\n')}\n---\n`,
  'a tab indent': '---\nmovie:\n\ttitle: a\n---\n',
  'a duplicate key': '---\ntitle: a\ntitle: b\n---\n',
  'dates and date-times':
    '---\npubDate: 2022-06-18\nupdatedDate: 2022-07-02T21:30:00+09:00\nlocal: 2022-07-02 21:30\nslug: 2022-01-01\n---\n',
  'an impossible date': '---\npubDate: 2024-02-30\n---\n',
  'yes, no, on, off': '---\na: yes\nb: on\nc: off\nd: ~\ne: 0x1F\nf: 0o17\ng: .inf\n---\n',
  'explicit tags': '---\na: !!str 2022-01-01\nb: !!binary aGVsbG8=\nc: !!set {x, y}\n---\n',
  'a block scalar with a fence inside': '---\ntitle: |\n  a\n  ---\n  b\n---\nbody\n',
  'a quoted key with a colon': '---\n"a: b": c\n---\n',
  'a NUL byte': '---\ntitle: a\u0000b\n---\n',
  'an empty frontmatter': '---\n---\nbody\n',
  'no frontmatter': 'just a body\n',
};

describe('Marquee and Astro read each tricky file the same, or Marquee refuses it by name', () => {
  test.each(Object.entries(TRICKY))('%s', (_name, source) => {
    const ours = readFrontmatter(source);
    let astro: unknown;
    let astroFailed = false;
    try {
      astro = parseFrontmatter(source).frontmatter;
    } catch {
      astroFailed = true;
    }
    if (ours.errors.length) {
      // Refused: every problem has a position and plain words.
      for (const error of ours.errors) {
        expect(error.line).toBeGreaterThan(0);
        expect(error.message.length).toBeGreaterThan(10);
      }
      expect(ours.data).toEqual({});
      return;
    }
    expect(astroFailed, 'Astro could not read what Marquee accepted').toBe(false);
    expect(ours.data).toStrictEqual(astro);
  });

  test('the files the issue names are refused with their reason', () => {
    const code = (source: string) => readFrontmatter(source).errors.map((error) => error.code);
    expect(code(TRICKY['a lone CR inside a comment']!)).toEqual(['LINE_BREAK']);
    expect(code(TRICKY['U+2028 inside a comment']!)).toEqual(['LINE_BREAK']);
    expect(code(TRICKY['TOML between +++']!)).toEqual(['TOML']);
    expect(code(TRICKY['an unclosed fence']!)).toEqual(['UNCLOSED']);
    expect(code(TRICKY['a billion laughs']!)).toEqual(['ALIAS_COUNT']);
    expect(code(TRICKY['a tab indent']!)).toContain('TAB_AS_INDENT');
  });

  test('a BOM and blank lines before the fence read as Astro reads them', () => {
    expect(readFrontmatter(TRICKY['a byte-order mark']!).data).toEqual({ title: 'a' });
    expect(readFrontmatter(TRICKY['blank lines before the fence']!).data).toEqual({ title: 'a' });
  });

  test('the body starts where Astro says, and its first line is counted in the file', () => {
    const read = readFrontmatter('---\ntitle: a\nslug: b\n---\nFirst line.\n');
    expect(read.body).toBe('First line.\n');
    expect(read.bodyLine).toBe(5);
    expect(read.locate(['slug'])).toEqual({ line: 3, column: 1 });
  });
});
