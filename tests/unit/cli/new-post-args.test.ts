import { describe, expect, test } from 'vitest';
import { parseNewPostArgs, USAGE } from '../../../src/cli/new-post-args';

/** The message `npm run new` prints for these arguments, or the command it runs. */
const run = (argv: string[], env: Record<string, string> = {}, interactive = false) => {
  try {
    return parseNewPostArgs(argv, env, interactive);
  } catch (error) {
    return (error as Error).message;
  }
};

describe('npm run new: arguments', () => {
  test('a title and options after --', () => {
    expect(run(['그녀', '--original', 'Her', '--year', '2013', '--slug', 'her'])).toEqual({
      kind: 'create',
      content: 'content',
      review: { title: '그녀', originalTitle: 'Her', year: 2013, slug: 'her' },
    });
    expect(run(['비', '오는', '날', '--content=elsewhere'])).toEqual({
      kind: 'create',
      content: 'elsewhere',
      review: { title: '비 오는 날' },
    });
  });

  test.each([
    [
      'npm run new "테스트" --original Test',
      ['테스트', 'Test'],
      { npm_config_original: 'true' },
      'npm run new -- "테스트" --original Test',
    ],
    [
      'npm run new "테스트" --original Test --year 2013 (npm keeps no order)',
      ['테스트', 'Test', '2013'],
      { npm_config_year: 'true', npm_config_original: 'true' },
      'npm run new -- "테스트" --original Test --year 2013',
    ],
    [
      'npm run new 비 오는 날 --original=Rainy --slug rain',
      ['비', '오는', '날', 'rain'],
      { npm_config_original: 'Rainy', npm_config_slug: 'true' },
      'npm run new -- "비 오는 날" --original Rainy --slug rain',
    ],
    [
      'npm run new "Her" --original "Her (2013)" --content ../blog',
      ['Her', 'Her (2013)', '../blog'],
      { npm_config_original: 'true', npm_config_content: 'true' },
      'npm run new -- "Her" --original "Her (2013)" --content ../blog',
    ],
    [
      'npm run new --year 2013 (no title)',
      [],
      { npm_config_year: '2013' },
      'npm run new -- "<film title>" --year 2013',
    ],
  ])('refuses options that npm swallowed: %s', (_command, argv, env, meant) => {
    expect(run(argv, env)).toBe(
      `npm kept the options for itself (they need -- before them); nothing was written. Run:\n  ${meant}`,
    );
  });

  test.each([
    [
      '--orignal',
      ['테스트', '--orignal', 'Test'],
      'Unknown option --orignal (did you mean --original?)',
    ],
    ['--Year=2013', ['테스트', '--Year=2013'], 'Unknown option --Year (did you mean --year?)'],
    ['--title', ['--title', '테스트'], 'Unknown option --title'],
    ['-x', ['테스트', '-x'], 'Unknown option -x'],
  ])('an unknown option, %s, is one line and the usage', (_name, argv, line) => {
    expect(run(argv)).toBe(`${line}; nothing was written.\n${USAGE}`);
  });

  test('an option without its value', () => {
    expect(run(['테스트', '--year'])).toBe(
      `Option --year needs a value; nothing was written.\n${USAGE}`,
    );
  });

  test('a year that is not one', () => {
    expect(run(['테스트', '--year', '13'])).toBe(
      '--year: expected a year such as 2013, found "13"',
    );
  });

  test('no arguments: asks in a terminal, and says to give the title without one', () => {
    expect(run([], {}, true)).toEqual({ kind: 'ask', slug: undefined, content: 'content' });
    expect(run(['--slug', 'her'], {}, true)).toEqual({
      kind: 'ask',
      slug: 'her',
      content: 'content',
    });
    expect(run([])).toBe(
      `No terminal to ask for the title: give the title as an argument, e.g. npm run new -- "그녀" --original Her --year 2013\n${USAGE}`,
    );
  });

  test('--help and -h print the usage', () => {
    expect(run(['--help'])).toEqual({ kind: 'help' });
    expect(run(['-h'])).toEqual({ kind: 'help' });
  });
});
