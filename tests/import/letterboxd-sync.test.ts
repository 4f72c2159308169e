import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeText, reviewMarkdown } from '../../src/cli/import/letterboxd';
import { runImport, type ImportReport } from '../../src/cli/import/run-import';
import { readDiary } from '../../src/lib/diary/diary-file';
import { repoRoot } from '../helpers/build-site';

/**
 * Two exports in Letterboxd's layout (diary.csv, reviews.csv, ratings.csv, watched.csv,
 * likes/films.csv, deleted/): `first`, then `newer`, which adds a rewatch with a review, a
 * viewing without one, and a review of a viewing logged before; between the two the author
 * edits one imported review.
 */
const exports = path.join(repoRoot, 'tests/fixtures/import/letterboxd-sync');
const site = { timeZone: 'UTC' } as const;
let content: string;
let first: ImportReport;
let second: ImportReport;
let third: ImportReport;

const diary = () => readFileSync(path.join(content, 'diary.yaml'), 'utf8');
const entries = () => {
  const slugs = new Set(readdirSync(path.join(content, 'reviews')));
  const { entries, problems } = readDiary(diary(), 'content/diary.yaml', slugs);
  expect(problems).toEqual([]);
  return entries;
};
const review = (slug: string) =>
  readFileSync(path.join(content, 'reviews', slug, 'index.md'), 'utf8');

beforeAll(async () => {
  content = path.join(mkdtempSync(path.join(repoRoot, 'tests/.tmp/letterboxd-sync-')), 'content');
  cpSync(path.join(repoRoot, 'tests/fixtures/sites/minimal/content'), content, { recursive: true });
  first = await runImport(content, site, { letterboxd: path.join(exports, 'first') });
  // The author publishes one imported review and adds a line to it.
  const her = path.join(content, 'reviews/her-2013/index.md');
  writeFileSync(her, `${readFileSync(her, 'utf8').replace('draft: true\n', '')}\nMy own note.\n`);
  second = await runImport(content, site, { letterboxd: path.join(exports, 'newer') });
  third = await runImport(content, site, { letterboxd: path.join(exports, 'newer') });
});

afterAll(() => rmSync(path.dirname(content), { recursive: true, force: true }));

describe('a first Letterboxd import', () => {
  test('reviews become draft bundles, every other viewing a diary entry, with one summary line', () => {
    expect(first.counts).toBe(
      '4 new viewings, 2 new reviews, 0 unchanged, 0 edited locally and kept',
    );
    expect(first.written.map((file) => path.basename(path.dirname(file))).sort()).toEqual([
      'her-2013',
      'suspiria-1977',
    ]);
  });

  test('diary.yaml after both imports: reviewed viewings link their review; ratings.csv and watched.csv films without a diary entry have no date; likes are liked; deleted/ is ignored', () => {
    expect(
      entries().map((entry) => [
        entry.film.title,
        entry.watched?.toISOString().slice(0, 10),
        entry.review,
        entry.liked,
      ]),
    ).toEqual([
      ['Tokyo Story', undefined, undefined, false],
      ['Stalker', undefined, undefined, false],
      ['Suspiria', '2024-01-05', 'suspiria-1977', false],
      ['Suspiria', '2024-01-09', undefined, false],
      ['Her', '2024-01-31', 'her-2013', true],
      // Logged by the first export, reviewed in the second.
      ['Perfect Days', '2024-02-28', 'perfect-days-2023', false],
      ['Her', '2024-05-30', 'her-2013-2024-05-30', true],
      ['Suspiria', '2024-07-01', undefined, false],
    ]);
    expect(diary()).not.toContain('Deleted Film');
    const tokyo = entries().find((entry) => entry.film.title === 'Tokyo Story')!;
    expect(tokyo).toMatchObject({
      rating: 5,
      film: { year: 1953, letterboxd: 'https://boxd.it/f1' },
    });
  });

  test('review text keeps every character; only Letterboxd’s tags become Markdown', () => {
    const body = review('suspiria-1977').split('---\n').at(-1)!.trim();
    expect(body).toBe(
      "_Tre Madri_, part one. \\<sigh> So a\\<b. Not the \\<Director's Cut>, and **loud**: [its page](https://letterboxd.com/film/suspiria/).",
    );
    expect(review('her-2013-2024-05-30')).toContain('rewatch: true\nliked: true\n');
  });
});

describe('importing a newer export', () => {
  test('adds what is new, keeps what the author edited, and says so in one line', () => {
    expect(second.counts).toBe(
      '1 new viewing, 2 new reviews, 4 unchanged, 1 edited locally and kept',
    );
    // A later review of a film is in a folder named by its watch date; a viewing logged before gets its review.
    expect(second.written.map((file) => path.basename(path.dirname(file))).sort()).toEqual([
      'her-2013-2024-05-30',
      'perfect-days-2023',
    ]);
    expect(review('her-2013')).toContain('My own note.');
    expect(review('her-2013')).not.toContain('draft: true');
    const perfectDays = entries().filter((entry) => entry.film.title === 'Perfect Days');
    expect(perfectDays).toHaveLength(1);
    expect(perfectDays[0]).toMatchObject({
      review: 'perfect-days-2023',
      tags: ['tokyo', 'toilets'],
    });
  });

  test('the same export again changes nothing', () => {
    const before = diary();
    return runImport(content, site, { letterboxd: path.join(exports, 'newer') }).then((again) => {
      expect(again.written).toEqual([]);
      expect(again.counts).toBe(
        '0 new viewings, 0 new reviews, 7 unchanged, 1 edited locally and kept',
      );
      expect(third.counts).toBe(again.counts);
      expect(diary()).toBe(before);
    });
  });
});

test.each([
  ['<sigh>', '\\<sigh>'],
  ['a<b.', 'a\\<b.'],
  ["<Director's Cut>", "\\<Director's Cut>"],
  ['<i>italic</i> and <b>bold</b>', '_italic_ and **bold**'],
  ['<a href="https://example.com/">a link</a>', '[a link](https://example.com/)'],
  ['x < y > z', 'x \\< y > z'],
])('review text %j becomes %j', async (text, markdown) => {
  expect((await reviewMarkdown(text)).trim()).toBe(markdown);
});

test('escapeText leaves formatting tags and escapes the rest', () => {
  expect(escapeText('<b>a</b> <sigh> <a href="x">y</a> <b')).toBe(
    '<b>a</b> &lt;sigh> <a href="x">y</a> &lt;b',
  );
});
