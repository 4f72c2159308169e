import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundleText } from '../../src/cli/import/bundle';
import { readCsv } from '../../src/cli/import/csv';
import { importLetterboxd } from '../../src/cli/import/letterboxd';
import { repoRoot } from '../helpers/build-site';

const fixtures = path.join(repoRoot, 'tests/fixtures/import');

describe('CSV', () => {
  test('BOM, quotes, doubled quotes, line breaks in fields; bad rows by their first line', () => {
    const { rows, problems } = readCsv(
      '\ufeffDate,Name\r\n2022-01-01,"Her, again"\r\n2022-01-02,"two\r\nlines ""q"""\r\nshort\r\n2022-01-03,x,extra\r\n2022-01-04,ok\r\n',
    );
    expect(rows).toEqual([
      { line: 2, values: { Date: '2022-01-01', Name: 'Her, again' } },
      { line: 3, values: { Date: '2022-01-02', Name: 'two\r\nlines "q"' } },
      { line: 7, values: { Date: '2022-01-04', Name: 'ok' } },
    ]);
    expect(problems).toEqual([
      'line 5: expected 2 fields, found 1; row skipped',
      'line 6: expected 2 fields, found 3; row skipped',
    ]);
  });

  test('an unclosed quote is reported, not thrown', () => {
    expect(readCsv('a,b\n1,"open\n').problems[0]).toMatch(
      /^line \d+: .*; nothing read from this file$/,
    );
  });
});

describe.each([
  ['an export folder', 'letterboxd'],
  ['an export .zip', 'letterboxd-export.zip'],
])('Letterboxd from %s', (_label, source) => {
  test('one draft per review; bad rows reported with their line', async () => {
    const { viewings, problems } = await importLetterboxd(path.join(fixtures, source));
    const posts = viewings.flatMap((viewing) => (viewing.post ? [viewing.post] : []));
    expect(posts.map((post) => post.source)).toEqual([
      'reviews.csv:2',
      'reviews.csv:7',
      'reviews.csv:11',
    ]);
    expect(problems).toEqual([
      'reviews.csv:9: expected 9 fields, found 5; row skipped',
      'reviews.csv:10: Date "2023-13-40" is not a date such as 2022-06-18; row skipped',
    ]);
    expect(bundleText(posts[0]!)).toBe(
      [
        '---',
        'title: Her',
        'pubDate: 2023-01-08',
        'draft: true',
        'tags:',
        '  - romance',
        '  - sci-fi',
        'rating: 4.5',
        'watched: 2023-01-07',
        'rewatch: true',
        'movie:',
        '  title: Her',
        '  year: 2013',
        '---',
        '',
        'A love story with a voice.',
        '',
        'Samantha says: "I am here." _Lovely_ and **sad**. click \\<script>alert(1)\\</script>\\',
        '\\:::gallery\\',
        'not a gallery',
        '',
      ].join('\n'),
    );
    expect(posts[1]!.body).toBe(
      // Letterboxd writes no <img>: one in the text is what the member typed, kept as text (never loaded).
      '> Poems, every day.\n\nTime: 12:30, ratio a:b. [film page](https://letterboxd.com/film/paterson/)\\<img src="https\\://pixel.example.com/p.gif" width="1" height="1">\n',
    );
    expect(posts[2]!.frontmatter.rating).toBeUndefined();
    expect(posts[2]!.notes).toEqual(['Rating "7" is not 0–5 in halves, left out']);
  });

  test('a diary entry without a review is a viewing alone, once', async () => {
    const { viewings } = await importLetterboxd(path.join(fixtures, source));
    const alone = viewings.filter((viewing) => !viewing.post);
    expect(alone).toEqual([
      {
        key: 'https://boxd.it/bbb1|2023-05-04',
        entry: {
          watched: '2023-05-04',
          film: { title: 'Past Lives', year: 2023, letterboxd: 'https://boxd.it/bbb1' },
          rating: 4,
          rewatch: undefined,
          liked: undefined,
          tags: undefined,
        },
      },
    ]);
  });
});
