import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkReviews } from '../../../../src/lib/check/check-reviews';
import { formatProblem } from '../../../../src/lib/rules/problem';
import { repoRoot } from '../../../helpers/build-site';

mkdirSync(path.join(repoRoot, 'tests/.tmp'), { recursive: true });
const root = mkdtempSync(path.join(repoRoot, 'tests/.tmp/diary-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the check (and so the build) reads content/diary.yaml with the posts: entries, or every mistake at its line', async () => {
  const reviews = path.join(root, 'content/reviews');
  mkdirSync(path.join(reviews, 'her'), { recursive: true });
  writeFileSync(
    path.join(reviews, 'her/index.md'),
    '---\ntitle: Her\npubDate: 2024-01-01\nmovie:\n  title: Her\n---\n\nText.\n',
  );
  const diary = path.join(root, 'content/diary.yaml');
  const check = () =>
    checkReviews({ root, reviewsFolder: reviews, contentRoot: path.dirname(reviews) });

  writeFileSync(diary, '- watched: 2024-02-01\n  film: { title: Her }\n  review: her\n');
  const good = await check();
  expect(good.problems).toEqual([]);
  expect(good.diary.map((entry) => entry.review)).toEqual(['her']);

  writeFileSync(diary, '- watched: 2024-02-01\n  film: { title: Her }\n  review: hre\n');
  const bad = await check();
  expect(bad.problems.map(formatProblem)).toEqual([
    `content/diary.yaml:3:3 [0].review: found "hre", which is no review's slug; expected the slug of a review in content/reviews/ (its folder name, or its "slug:")`,
  ]);
  expect(bad.diary).toEqual([]);
});
