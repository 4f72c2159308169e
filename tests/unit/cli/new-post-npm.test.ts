import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { USAGE } from '../../../src/cli/new-post-args';
import { repoRoot } from '../../helpers/build-site';

/**
 * `npm run new` as an author types it, in a copy of the project (its `new` script, `src/`,
 * `node_modules/` and `content/site.config.ts`), so that a mistake never writes into `content/`.
 */
describe('npm run new, through npm', () => {
  let project: string;
  beforeAll(() => {
    mkdirSync(path.join(repoRoot, 'tests/.tmp'), { recursive: true });
    project = mkdtempSync(path.join(repoRoot, 'tests/.tmp/npm-new-'));
    const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({
        name: 'copy',
        private: true,
        type: 'module',
        scripts: { new: scripts.new },
      }),
    );
    for (const folder of ['node_modules', 'src'])
      symlinkSync(path.join(repoRoot, folder), path.join(project, folder));
    mkdirSync(path.join(project, 'content'));
    copyFileSync(
      path.join(repoRoot, 'content/site.config.ts'),
      path.join(project, 'content/site.config.ts'),
    );
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  /** Runs npm without a terminal and without the npm settings of the npm that runs the tests. */
  const npm = (...args: string[]) => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^npm_(config|lifecycle|package)_/i.test(key)),
    );
    const { status, stdout, stderr } = spawnSync('npm', ['run', '--silent', ...args], {
      cwd: project,
      env,
      input: '',
      encoding: 'utf8',
    });
    return { status, stdout, stderr };
  };

  test('without --, it refuses and prints the command that was meant', { timeout: 60_000 }, () => {
    const { status, stderr } = npm('new', '테스트', '--original', 'Test');
    expect(status).toBe(1);
    expect(stderr).toContain(
      'npm kept the options for itself (they need -- before them); nothing was written. Run:\n  npm run new -- "테스트" --original Test\n',
    );
    expect(existsSync(path.join(project, 'content/reviews'))).toBe(false);
  });

  test('an unknown option: one line and the usage, no stack trace', { timeout: 60_000 }, () => {
    const { status, stderr } = npm('new', '--', '테스트', '--orignal', 'Test');
    expect(status).toBe(1);
    expect(stderr).toBe(
      `Unknown option --orignal (did you mean --original?); nothing was written.\n${USAGE}\n`,
    );
  });

  test('no terminal and no title', { timeout: 60_000 }, () => {
    const { status, stderr } = npm('new');
    expect(status).toBe(1);
    expect(stderr).toBe(
      `No terminal to ask for the title: give the title as an argument, e.g. npm run new -- "그녀" --original Her --year 2013\n${USAGE}\n`,
    );
  });

  test('with --, it writes the draft', { timeout: 60_000 }, () => {
    const { status, stdout } = npm('new', '--', '테스트', '--original', 'Test', '--year', '2013');
    expect(stdout).toContain(
      `Created ${path.join('content', 'reviews', '테스트', 'index.md')} (a draft).`,
    );
    expect(status).toBe(0);
    const text = readFileSync(path.join(project, 'content/reviews/테스트/index.md'), 'utf8');
    expect(text).toContain('\nmovie:\n  title: 테스트\n  originalTitle: Test\n  year: 2013\n');
  });
});
