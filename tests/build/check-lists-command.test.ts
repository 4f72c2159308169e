import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot, runBuild } from '../helpers/build-site';
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

test("a Markdown mistake in a list's introduction or an entry's note names the list file and the line, in the check and in the build", async () => {
  const fixture = path.join(repoRoot, 'tests/fixtures/sites/lists/content');
  const text = [
    '---',
    'title: 메모가 틀린 목록',
    'entries:',
    '  - review: aftersun',
    '    note: 한 줄 메모.',
    '  - review: decision-to-leave',
    '    note: |',
    '      첫 줄.',
    '',
    '      ::trailr[y]',
    '---',
    '',
    '서문.',
    '',
    '::galery',
    '',
  ].join('\n');
  const root = copyProject(fixture, (site) =>
    writeFileSync(path.join(site, 'content/lists/notes.md'), text),
  );
  const { code, output } = await runCheck(root, ['--no-types']);
  const build = await runBuild(root);
  rmSync(root, { recursive: true, force: true });
  const lines = output.split('\n').filter((line) => line.startsWith('content/'));
  expect(lines.map((line) => line.split(' ')[0])).toEqual([
    'content/lists/notes.md:10:1',
    'content/lists/notes.md:15:1',
  ]);
  expect(lines[0]).toContain('::trailr: unknown directive');
  expect(lines[1]).toContain('::galery: unknown directive');
  expect(code).toBe(1);
  expect(build.ok).toBe(false);
  expect(build.output).toMatch(
    /content\/lists\/notes\.md:(10|15):1 ::(trailr|galery): unknown directive/,
  );
}, 240_000);
