import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { site } from '../../../../src/lib/site';
import { checkReviews } from '../../../../src/lib/check/check-reviews';
import { zonedDateTime } from '../../../../src/lib/rules/calendar-date';
import { checkText } from '../../../helpers/check-post';

/** What `npm run check` (and the build) say of a whole post file, as `line field: message`. */
async function problemsOf(source: string): Promise<string[]> {
  const { problems } = await checkText(source);
  return problems.map((problem) => `${problem.line} ${problem.field}: ${problem.message}`);
}

const post = (lines: string) =>
  `---\ntitle: 그녀\npubDate: 2022-06-18\n${lines}movie:\n  title: Her\n---\n\nBody.\n`;

describe('frontmatter messages name the line and say what to do', () => {
  test('a date where text is expected: quote it', async () => {
    expect(await problemsOf(post('slug: 2022-01-01\n'))).toEqual([
      '4 slug: found 2022-01-01, which YAML reads as a date, expected text; put it in quotes: slug: "2022-01-01"',
    ]);
  });

  test('a number where text is expected: quote it', async () => {
    const problems = await problemsOf(
      '---\ntitle: 1984\npubDate: 2022-06-18\nmovie:\n  title: Her\n---\n',
    );
    expect(problems).toEqual([
      '2 title: found 1984, which YAML reads as a number, expected text; put it in quotes: title: "1984"',
    ]);
  });

  test('a tab indent is one problem, without a bogus duplicate key', async () => {
    const problems = await problemsOf(
      '---\ntitle: 그녀\npubDate: 2022-06-18\nmovie:\n\ttitle: Her\n\tyear: 2013\n---\n',
    );
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems)
      expect(problem).toMatch(/^\d+ \S+: indented with a tab; YAML indents with spaces only$/);
  });

  test('an unclosed frontmatter says so instead of "title: missing"', async () => {
    expect(await problemsOf('---\ntitle: 그녀\npubDate: 2022-06-18\n\nBody.\n')).toEqual([
      '1 (frontmatter): the frontmatter that opens with --- is never closed; expected a line with only --- after the last key',
    ]);
  });

  test('TOML frontmatter is named', async () => {
    expect(await problemsOf('+++\ntitle = "그녀"\n+++\n')).toEqual([
      '2 (frontmatter): found TOML frontmatter between +++ lines; expected YAML between --- lines (see content/AUTHORING.md)',
    ]);
  });

  test('a billion laughs is one problem at the first anchor, in the post', async () => {
    const laughs = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      ...'bcdefgh'
        .split('')
        .map(
          (key, index) => `${key}: &${key} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`,
        ),
    ];
    expect(await problemsOf(post(`${laughs.join('\n')}\n`))).toEqual([
      '4 (frontmatter): found YAML aliases (&name … *name) that expand into too many values; write the values out instead',
    ]);
  });

  test('a lone carriage return is refused at its line, so no key hides behind it', async () => {
    expect(await problemsOf(post('# note\rcover: ./x.jpg\n'))).toEqual([
      '4 (frontmatter): found a carriage return (CR) without a line feed; save the file with LF or CRLF line endings',
    ]);
  });

  test('an invisible line separator is refused at its line', async () => {
    expect(await problemsOf(post('rating: 4 # x\u2028cover: ./x.jpg\n'))).toEqual([
      '4 (frontmatter): found an invisible line separator (U+2028); delete it or replace it with a line break',
    ]);
  });

  test('a title starting with [ says that it reads as a list', async () => {
    const problems = await problemsOf(
      '---\ntitle: [영화추천] 외국영화 <Her>\npubDate: 2022-06-18\n---\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^2 \(frontmatter\): the YAML could not be read .*a value that starts with \[ or \{ is read as a list or group: put it in quotes$/,
    );
  });

  test('an impossible day is refused as written, although YAML rolls it over', async () => {
    expect(
      await problemsOf('---\ntitle: 그녀\npubDate: 2024-02-30\nmovie:\n  title: Her\n---\n'),
    ).toEqual([
      '3 pubDate: found 2024-02-30, that day does not exist in that month; expected a real calendar day such as 2022-06-18',
    ]);
  });
});

describe("a date-time without an offset is in the site's time zone, in the check and the build alike", () => {
  test('zonedDateTime reads wall-clock time in a zone, across daylight saving', () => {
    expect(zonedDateTime('2022-07-02T21:30:00', 'Asia/Seoul')?.toISOString()).toBe(
      '2022-07-02T12:30:00.000Z',
    );
    expect(zonedDateTime('2022-07-02 21:30', 'America/New_York')?.toISOString()).toBe(
      '2022-07-03T01:30:00.000Z',
    );
    expect(zonedDateTime('2022-01-02T21:30:00.5', 'America/New_York')?.toISOString()).toBe(
      '2022-01-03T02:30:00.500Z',
    );
    expect(zonedDateTime('2022-03-13T03:30', 'America/New_York')?.toISOString()).toBe(
      '2022-03-13T07:30:00.000Z',
    );
    expect(zonedDateTime('2022-07-02T21:30:00+09:00', 'Asia/Seoul')).toBeUndefined();
    expect(zonedDateTime('2022-07-02', 'Asia/Seoul')).toBeUndefined();
  });

  test('unquoted (a YAML timestamp) and quoted date-times give the same instant', async () => {
    const check = (value: string) => checkText(post(`updatedDate: ${value}\n`));
    const unquoted = await check('2022-07-02T21:30:00');
    const quoted = await check('"2022-07-02T21:30:00"');
    expect(unquoted.problems).toEqual([]);
    // The data the build hands the schema: the text as written, read in the site's zone.
    expect(unquoted.data.updatedDate).toBe('2022-07-02T21:30:00');
    expect(quoted.data.updatedDate).toBe('2022-07-02T21:30:00');
    expect(zonedDateTime('2022-07-02T21:30:00', site.timeZone)).toBeInstanceOf(Date);
  });
});

describe('the reviews folder as the build reads it', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'marquee-folder-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('a symbolic link anywhere in a post folder and a post named .MD are problems naming the file', async () => {
    const reviews = path.join(root, 'content', 'reviews');
    mkdirSync(path.join(reviews, 'her'), { recursive: true });
    mkdirSync(path.join(reviews, 'loud'), { recursive: true });
    writeFileSync(path.join(reviews, 'her', 'index.md'), post(''));
    writeFileSync(path.join(root, 'secret.js'), 'export default 1;\n');
    symlinkSync(path.join(root, 'secret.js'), path.join(reviews, 'her', 'unused.jpg'));
    writeFileSync(path.join(reviews, 'loud', 'INDEX.MD'), post(''));
    const { problems, posts } = await checkReviews({
      root,
      reviewsFolder: reviews,
      contentRoot: path.join(root, 'content'),
    });
    expect(posts.map((checked) => checked.post.entry)).toEqual(['her/index.md']);
    expect(
      problems.map((problem) => `${problem.file} ${problem.field}: ${problem.message}`),
    ).toEqual([
      "content/reviews/her/unused.jpg (file): found a symbolic link; Marquee publishes only files that are really in the post's folder: copy the file here instead",
      'content/reviews/loud/INDEX.MD (file name): found "INDEX.MD"; the build reads posts named *.md (lower case): rename it',
    ]);
  });
});
