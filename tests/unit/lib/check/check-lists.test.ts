import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkLists, readReviewRefs } from '../../../../src/lib/check/check-lists';
import { formatProblem } from '../../../../src/lib/rules/problem';
import { repoRoot } from '../../../helpers/build-site';

let root: string;
const content = () => path.join(root, 'content');

/** The lists fixture's reviews, and `lists` written as given: every problem, formatted. */
async function problemsOf(lists: Record<string, string>): Promise<string[]> {
  mkdirSync(path.join(content(), 'lists'), { recursive: true });
  for (const [name, text] of Object.entries(lists))
    writeFileSync(path.join(content(), 'lists', name), text);
  const checked = await checkLists({
    root,
    listsFolder: path.join(content(), 'lists'),
    contentRoot: content(),
    reviews: readReviewRefs(path.join(content(), 'reviews')),
  });
  return checked.problems.map(formatProblem);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'lists-'));
  cpSync(
    path.join(repoRoot, 'tests/fixtures/sites/lists/content/reviews'),
    path.join(content(), 'reviews'),
    { recursive: true },
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('film lists: every mistake at its line', () => {
  test('reviews are read for their slug and film, drafts included', () => {
    expect(
      readReviewRefs(path.join(content(), 'reviews')).map(({ slug, film }) => [slug, film.tmdb]),
    ).toEqual([
      ['aftersun', 965150],
      ['columbus', undefined],
      ['decision-to-leave', undefined],
      ['draft-review', undefined],
    ]);
  });

  test('a valid list has no problems', async () => {
    expect(
      await problemsOf({
        'ok.md':
          '---\ntitle: 좋은 목록\nentries:\n  - review: aftersun\n  - film: { title: 패터슨, year: 2016 }\n---\n\n서문.\n',
      }),
    ).toEqual([]);
  });

  test('an unknown review, a film twice, an unknown key, a missing title', async () => {
    const bad = [
      '---',
      'ranked: true',
      'entries:',
      '  - review: aftersun',
      '  - review: decison-to-leave',
      '  - film: { title: 애프터썬, year: 2022 }',
      '  - film: { tmdb: 965150 }',
      '  - reviw: columbus',
      '  - film: { title: 패터슨, year: 2016 }',
      '    note: 다시',
      '  - film: { title: 패터슨, originalTitle: Paterson, year: 2016 }',
      '---',
      '',
      '서문.',
      '',
    ].join('\n');
    expect(await problemsOf({ 'bad.md': bad })).toEqual([
      'content/lists/bad.md:2:1 title: missing, expected text; this key is required',
      'content/lists/bad.md:8:5 entries[4].reviw: unknown key; did you mean "review"?',
      'content/lists/bad.md:8:5 entries[4]: found an entry that names no film, expected review: <slug> or film: { tmdb } / { title, year }',
    ]);
    // Once the frontmatter is valid, the entries against the reviews.
    const valid = bad
      .replace('ranked: true', 'title: 나쁜 목록\nranked: true')
      .replace('reviw:', 'review:');
    expect(await problemsOf({ 'bad.md': valid })).toEqual([
      'content/lists/bad.md:6:5 entries[1].review: found "decison-to-leave", but no review has that slug; expected the slug of a review in content/reviews/; did you mean "decision-to-leave"?',
      'content/lists/bad.md:7:5 entries[2]: found the film "애프터썬" (2022) again, already entries[0] (line 5); expected each film once',
      'content/lists/bad.md:8:5 entries[3]: found the film TMDB 965150 again, already entries[0] (line 5); expected each film once',
      'content/lists/bad.md:12:5 entries[6]: found the film "패터슨" (2016) again, already entries[5] (line 10); expected each film once',
    ]);
  });

  test('an entry that is neither a review nor a film, or both; a film without its identity', async () => {
    const text = [
      '---',
      'title: 목록',
      'entries:',
      '  - note: 영화가 없다',
      '  - review: aftersun',
      '    film: { tmdb: 965150 }',
      '  - film: { title: 패터슨 }',
      '  - film: { tmdb: 12 }',
      '---',
      '',
    ].join('\n');
    expect(await problemsOf({ 'odd.md': text })).toEqual([
      'content/lists/odd.md:4:5 entries[0]: found an entry that names no film, expected review: <slug> or film: { tmdb } / { title, year }',
      'content/lists/odd.md:5:5 entries[1]: found an entry with both review and film, expected one of the two (a review already names its film)',
      'content/lists/odd.md:7:5 entries[2].film: found a film with neither a TMDB number nor a title and year, expected { tmdb: 152601 } or { title: 애프터썬, year: 2022 }',
    ]);
    const tmdbOnly = text
      .split('\n')
      .filter((_line, index) => index < 3 || index > 6)
      .join('\n');
    expect(await problemsOf({ 'odd.md': tmdbOnly })).toEqual([
      'content/lists/odd.md:4:5 entries[0].film: found TMDB 12, a film no review is of; expected its title too (the list shows it): film: { tmdb: 12, title: …, year: … }',
    ]);
  });

  test('a poster outside the list’s folder, a list named .MD', async () => {
    const problems = await problemsOf({
      'p.md':
        '---\ntitle: 목록\nentries:\n  - film: { title: 패터슨, year: 2016, poster: ../reviews/aftersun/poster.jpg }\n---\n',
      'Q.MD': '---\ntitle: 목록\nentries: []\n---\n',
    });
    expect(problems).toEqual([
      'content/lists/Q.MD (file name): found "Q.MD"; the build reads lists named *.md (lower case): rename it',
      expect.stringMatching(
        /^content\/lists\/p\.md:4:\d+ entries\[0\]\.film\.poster: found "\.\.\/reviews\/aftersun\/poster\.jpg", which leads out of the post's folder/,
      ),
    ]);
  });
});
