import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CliError } from '../../../src/cli/content-folder';
import { loadSiteSettings } from '../../../src/cli/site-config';
import { repoRoot } from '../../helpers/build-site';

/** The project's own settings file, as an author copies it: it imports `'../src/schemas/site'`. */
const sample = readFileSync(path.join(repoRoot, 'content', 'site.config.ts'), 'utf8');
const english = sample
  .replace(/language: 'ko'/, "language: 'en'")
  .replace(/^\s*defaultCategory:.*\n/m, '');

let outside: string;
beforeEach(() => {
  outside = mkdtempSync(path.join(tmpdir(), 'marquee-content-'));
});
afterEach(() => rmSync(outside, { recursive: true, force: true }));

function folder(name: string, config?: string): string {
  const dir = path.join(outside, name);
  mkdirSync(dir, { recursive: true });
  if (config !== undefined) writeFileSync(path.join(dir, 'site.config.ts'), config);
  return dir;
}

describe('--content takes any folder with its own site.config.ts', () => {
  test('a folder outside the project, its settings importing Marquee as content/ does', async () => {
    const settings = await loadSiteSettings(folder('blog', english));
    expect(settings).toMatchObject({ language: 'en', defaultCategory: 'Reviews', timeZone: 'UTC' });
  });

  test('a folder whose settings name Marquee by an absolute path, or one inside the project', async () => {
    const absolute = english.replace(
      '../src/schemas/site',
      path.join(repoRoot, 'src', 'schemas', 'site'),
    );
    expect((await loadSiteSettings(folder('absolute', absolute))).language).toBe('en');
    expect(
      (
        await loadSiteSettings(
          path.join(repoRoot, 'tests', 'fixtures', 'sites', 'sample', 'content'),
        )
      ).language,
    ).toBe('ko');
  });

  test('a folder without site.config.ts: a message saying what the folder must hold', async () => {
    const dir = folder('empty');
    await expect(loadSiteSettings(dir)).rejects.toThrow(CliError);
    await expect(loadSiteSettings(dir)).rejects.toThrow(
      `--content ${dir}: there is no site.config.ts in this folder`,
    );
  });

  test('a bad setting names the file it is in, not content/', async () => {
    const dir = folder('french', english.replace("language: 'en'", "language: 'fr'"));
    await expect(loadSiteSettings(dir)).rejects.toThrow(
      `${path.join(dir, 'site.config.ts')} language: found "fr", expected "ko" or "en"`,
    );
  });

  test('an import that leads nowhere is named', async () => {
    const dir = folder('broken', `import { x } from './helpers';\n${english}`);
    await expect(loadSiteSettings(dir)).rejects.toThrow('the import "./helpers" leads to no file');
  });

  test('npm run new writes a draft into a folder outside the project', async () => {
    const dir = folder('cli', english);
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'new', '--', 'Halloween', '--year', '1978', '--content', dir],
      {
        cwd: repoRoot,
      },
    );
    expect(stdout).toContain('(a draft)');
    const post = readFileSync(path.join(dir, 'reviews', 'halloween', 'index.md'), 'utf8');
    expect(post).toMatch(/^title: Halloween$/m);
    expect(post).toContain('## Synopsis');
  }, 120_000);
});
