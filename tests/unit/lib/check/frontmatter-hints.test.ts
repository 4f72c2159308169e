import { describe, expect, test } from 'vitest';
import { checkText } from '../../../helpers/check-post';

/** What `npm run check` (and the build) say of a whole post file, as `line:column field: message`. */
async function problemsOf(source: string): Promise<string[]> {
  const { problems } = await checkText(source);
  return problems.map(
    (problem) => `${problem.line}:${problem.column} ${problem.field}: ${problem.message}`,
  );
}

const post = (title: string, rest = '') =>
  `---\ntitle: ${title}\npubDate: 2022-06-18\nmovie:\n  title: 그녀\n${rest}---\n\nBody.\n`;

describe('a value that YAML reads as something else: put it in quotes', () => {
  test.each([
    ['[영화추천] 외국영화 <Her>', 'a value that starts with [ or { is read as a list or group'],
    [
      '> 외국영화 <Her>',
      'a value that starts with > is read as a block of lines that starts on the next line',
    ],
    [
      '| 외국영화 <Her>',
      'a value that starts with | is read as a block of lines that starts on the next line',
    ],
    ['%영화', 'a value that starts with % is read as a directive, which YAML reserves'],
    ['@영화', 'a value that starts with @ is read as a character YAML reserves'],
    ['`영화`', 'a value that starts with ` is read as a character YAML reserves'],
  ])('title: %s', async (title, hint) => {
    const problems = await problemsOf(post(title));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^2:\d+ \(frontmatter\): the YAML could not be read \(/);
    expect(problems[0]).toContain(`; check the indentation and quotes; ${hint}: put it in quotes`);
  });

  test('title: *x, an alias to nothing', async () => {
    const problems = await problemsOf(post('*그녀'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^2:1 \(frontmatter\): .*; a value that starts with \* is read as an alias \(a copy of a value marked &name\): put it in quotes$/,
    );
  });
});

describe('a missing closing quote is reported where it opens', () => {
  test('double quote on line 2', async () => {
    expect(await problemsOf(post('"그녀'))).toEqual([
      '2:8 (frontmatter): this " is never closed; add a " at the end of the value',
    ]);
  });

  test('single quote in a nested key', async () => {
    expect(await problemsOf(post('그녀', "  originalTitle: 'Her\n  year: 2013\n"))).toEqual([
      "6:18 (frontmatter): this ' is never closed; add a ' at the end of the value",
    ]);
  });
});

describe('a cast entry with the role in parentheses gets the { name, role } rewrite', () => {
  test.each([
    ['호아킨 피닉스(테오도르)', '{ name: 호아킨 피닉스, role: 테오도르 }'],
    ['Joaquin Phoenix (Theodore)', '{ name: Joaquin Phoenix, role: Theodore }'],
  ])('%s', async (entry, rewrite) => {
    expect(await problemsOf(post('그녀', `  cast: [${entry}, 스칼렛 요한슨]\n`))).toEqual([
      `6:10 movie.cast[0]: found "${entry}", a name with a role in parentheses, which would make a person of that whole name; expected ${rewrite}`,
    ]);
  });
});

describe('a value whose first word YAML drops: put it in quotes', () => {
  test('&x is read as an anchor', async () => {
    expect(await problemsOf(post('&추천 그녀'))).toEqual([
      '2:1 title: found &추천 그녀; a value that starts with & is read as an anchor and &추천 is dropped from it: put it in quotes: "&추천 그녀"',
    ]);
  });

  test('!x is read as a tag', async () => {
    expect(await problemsOf(post('!new 그녀'))).toEqual([
      '2:1 title: found !new 그녀; a value that starts with ! is read as a tag and !new is dropped from it: put it in quotes: "!new 그녀"',
    ]);
  });

  test('quoted, both are text', async () => {
    expect(await problemsOf(post('"&추천 그녀"'))).toEqual([]);
    expect(await problemsOf(post("'!중요 그녀'"))).toEqual([]);
  });
});
