import { describe, expect, test } from 'vitest';
import { readDiary } from '../../../../src/lib/diary/diary-file';
import { formatProblem } from '../../../../src/lib/rules/problem';

const FILE = 'content/diary.yaml';
const problems = (text: string, slugs?: string[]) =>
  readDiary(text, FILE, slugs && new Set(slugs)).problems.map(formatProblem);

describe('diary.yaml', () => {
  test('entries with and without a date, their lines and defaults', () => {
    const { entries, problems } = readDiary(
      `- watched: 2025-03-14
  film: { title: Suspiria, year: 1977, letterboxd: https://boxd.it/2a9Q }
  rating: 4
  liked: true
# rated before the diary began
- film: { title: Tokyo Story, year: 1953, tmdb: 18148 }
  rating: 5
- watched: 2025-03-02
  film: { title: 그녀 }
  rewatch: true
  review: her
`,
      FILE,
      new Set(['her']),
    );
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.line)).toEqual([1, 6, 8]);
    expect(entries[0]).toMatchObject({
      film: { title: 'Suspiria', year: 1977, letterboxd: 'https://boxd.it/2a9Q' },
      rating: 4,
      liked: true,
      rewatch: false,
      tags: [],
    });
    expect(entries[0]!.watched?.toISOString()).toBe('2025-03-14T00:00:00.000Z');
    expect(entries[1]!.watched).toBeUndefined();
    expect(entries[2]).toMatchObject({ review: 'her', rewatch: true });
  });

  test('an empty file has no entries', () => {
    expect(readDiary('', FILE)).toEqual({ entries: [], problems: [] });
    expect(readDiary('# nothing yet\n', FILE).problems).toEqual([]);
  });

  test('mistakes name the file, the line and the field', () => {
    expect(problems('- watched: 2025-02-30\n  film: { title: Her }\n')[0]).toMatch(
      /^content\/diary\.yaml:1:3 \[0\]\.watched: .*2025-02-30/,
    );
    expect(problems('- film: { title: Her }\n  rating: 4.3\n')).toEqual([
      'content/diary.yaml:2:3 [0].rating: found 4.3, expected a rating in steps of 0.5, such as 3.5 or 4',
    ]);
    expect(problems('- watched: 2025-01-01\n  flim: { title: Her }\n')).toEqual([
      'content/diary.yaml:1:3 [0].film: missing, expected keys indented below it; this key is required',
      'content/diary.yaml:2:3 [0].flim: unknown key; check the spelling against the keys in content/AUTHORING.md',
    ]);
    expect(problems('- film: { title: Her, letterboxd: https://example.com/x }\n')[0]).toMatch(
      /^content\/diary\.yaml:1:23 \[0\]\.film\.letterboxd: found "https:\/\/example\.com\/x", .*expected a Letterboxd address/,
    );
    expect(problems('title: not a list\n')[0]).toMatch(
      /^content\/diary\.yaml.* \(top level\): .*expected a list of viewings/,
    );
    expect(problems('- film: [unclosed\n')[0]).toMatch(/^content\/diary\.yaml:\d+:\d+ \(YAML\): /);
  });

  test('a review: that names no review is a mistake at its line', () => {
    expect(problems('- film: { title: Her }\n  review: hre\n', ['her'])).toEqual([
      `content/diary.yaml:2:3 [0].review: found "hre", which is no review's slug; expected the slug of a review in content/reviews/ (its folder name, or its "slug:")`,
    ]);
  });
});
