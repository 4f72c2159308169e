import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../helpers/build-site';
import { copyProject, runCheck } from '../helpers/check-site';

/** `npm run check` reports a list's mistakes among the reviews', in the one format. */
test('npm run check lists the problems of the film lists, against the reviews', async () => {
  const fixture = path.join(repoRoot, 'tests/fixtures/sites/lists/content');
  const root = copyProject(fixture, (site) => {
    writeFileSync(
      path.join(site, 'content/lists/bad.md'),
      '---\ntitle: 나쁜 목록\nentries:\n  - review: aftersn\n  - review: decision-to-leave\n  - film: { title: 헤어질 결심, year: 2022 }\n---\n',
    );
  });
  const { code, output } = await runCheck(root, ['--no-types']);
  rmSync(root, { recursive: true, force: true });
  expect(output.split('\n').filter((line) => line.startsWith('content/'))).toEqual([
    'content/lists/bad.md:4:5 entries[0].review: found "aftersn", but no review has that slug; expected the slug of a review in content/reviews/; did you mean "aftersun"?',
    'content/lists/bad.md:6:5 entries[2]: found the film "헤어질 결심" (2022) again, already entries[1] (line 5); expected each film once',
  ]);
  expect(code).toBe(1);
});
