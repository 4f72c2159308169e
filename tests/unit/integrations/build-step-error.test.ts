import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { buildStepError, ownerOf } from '../../../src/integrations/build-step-error';
import { publishedAssets } from '../../../src/integrations/published-assets';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
} as unknown as AstroIntegrationLogger;

describe('a build step that fails names the post', () => {
  test.each([
    ['reviews/her/index.html', 'the page of review "her"'],
    ['reviews/foo.json', 'the page of review "foo.json"'],
    ['reviews/%EA%B7%B8%EB%85%80/index.html', 'the page of review "그녀"'],
    ['og/reviews/her.1a2b3c4d5e6f.png', 'the preview card of review "her"'],
    ['genres/드라마/index.html', 'the genres page "드라마"'],
    ['_astro/poster.abc.webp', undefined],
    ['index.html', undefined],
  ])('%s → %s', (file, owner) => expect(ownerOf(file)).toBe(owner));

  test('a file system error: the step, the built file, its review and the cause, no stack trace', () => {
    dist = '/site/.cache/dist-staging';
    const cause = Object.assign(
      new Error(
        "EISDIR: illegal operation on a directory, read '/site/.cache/dist-staging/reviews/foo.json'",
      ),
      {
        code: 'EISDIR',
        path: '/site/.cache/dist-staging/reviews/foo.json',
      },
    );
    const error = buildStepError('Leaving out unused images', dist, cause);
    expect(error.message).toBe(
      `Leaving out unused images failed at reviews/foo.json (the page of review "foo.json"): ${cause.message}`,
    );
    expect(error.stack).toBe('');
    dist = '';
  });

  test('the file a step names wins over the error; a path outside the site is not shown as one of its files', () => {
    expect(
      buildStepError('Search index', '/d', new Error('bad page'), 'reviews/her/index.html').message,
    ).toBe('Search index failed at reviews/her/index.html (the page of review "her"): bad page');
    expect(
      buildStepError(
        'Search index',
        '/d',
        Object.assign(new Error('gone'), { path: '/elsewhere/x' }),
      ).message,
    ).toBe('Search index failed: gone');
  });

  test('pruning beside a review folder named foo.json succeeds and keeps its page', async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'marquee-pruning-'));
    mkdirSync(path.join(dist, 'reviews/foo.json'), { recursive: true });
    mkdirSync(path.join(dist, '_astro'));
    writeFileSync(path.join(dist, 'reviews/foo.json/index.html'), '<img src="/_astro/a.webp">');
    writeFileSync(path.join(dist, '_astro/a.webp'), 'a');
    writeFileSync(path.join(dist, '_astro/original.jpg'), 'gps');
    const hook = publishedAssets().hooks['astro:build:done']!;
    await hook({
      dir: pathToFileURL(`${dist}/`),
      logger,
      pages: [],
      assets: new Map(),
    });
    expect(
      [path.join(dist, '_astro/a.webp'), path.join(dist, '_astro/original.jpg')].map((file) =>
        existsSync(file),
      ),
    ).toEqual([true, false]);
  });
});
