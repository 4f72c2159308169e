import { afterEach, describe, expect, test } from 'vitest';
import { setDevProblems, throwDevProblems } from '../../../../src/lib/check/dev-problems';
import {
  firstLocation,
  withQuietMarkdownErrors,
} from '../../../../src/lib/check/quiet-markdown-errors';
import { knownReviews, setKnownReviews } from '../../../../src/lib/check/review-links';

// The slugs are build-wide state: forget them, for the plugin tests that run after.
afterEach(() => setKnownReviews(undefined));

describe('dev problems', () => {
  test('recorded problems are thrown by every page until cleared', () => {
    setDevProblems({
      message: 'content/reviews/her/index.md:4:1 ratng: unknown key',
      loc: { file: '/site/content/reviews/her/index.md', line: 4 },
    });
    expect(throwDevProblems).toThrow(
      expect.objectContaining({
        name: 'MarqueeError',
        message: 'content/reviews/her/index.md:4:1 ratng: unknown key',
        loc: { file: '/site/content/reviews/her/index.md', line: 4 },
      }),
    );
    setDevProblems(undefined);
    expect(throwDevProblems).not.toThrow();
  });

  test('are shared through one global slot, as the loader and the pages run in different module instances', () => {
    setDevProblems({ message: 'x' });
    expect(
      (globalThis as Record<symbol, unknown>)[Symbol.for('marquee.dev-content-problems')],
    ).toEqual({ problems: { message: 'x' } });
    setDevProblems(undefined);
  });
});

test('known reviews are kept in NFC, for the link check', () => {
  setKnownReviews(['그녀'.normalize('NFD'), 'her']);
  expect(knownReviews()).toEqual(new Set(['그녀', 'her']));
});

describe('quiet Markdown errors', () => {
  test("Marquee's own failures are not dumped by Astro's console.error; others still are", async () => {
    const printed: unknown[][] = [];
    const original = console.error;
    console.error = (...values: unknown[]) => void printed.push(values);
    try {
      const ours = Object.assign(new Error('ours'), { source: 'marquee' });
      const result = await withQuietMarkdownErrors(() => {
        console.error(ours);
        console.error(new Error('theirs'));
        return Promise.resolve(42);
      });
      expect(result).toBe(42);
      expect(printed.map(([value]) => (value as Error).message)).toEqual(['theirs']);
    } finally {
      console.error = original;
    }
  });

  test('console.error is restored when the run fails', async () => {
    const original = console.error;
    await expect(withQuietMarkdownErrors(() => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(console.error).toBe(original);
  });

  test('the first file:line:column of a problem list is where the overlay points', () => {
    expect(
      firstLocation('Something\ncontent/reviews/b/index.md:8:5 link: found …', '/site/'),
    ).toEqual({
      file: '/site/content/reviews/b/index.md',
      line: 8,
      column: 5,
    });
    expect(firstLocation('no location here', '/site')).toBeUndefined();
  });
});
