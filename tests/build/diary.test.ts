import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../helpers/build-site';
import { readRss } from '../helpers/feeds';
import { html, text } from '../helpers/html';
import { sharedBuild } from '../helpers/shared-build';

/**
 * The diary fixture: three published reviews, one draft, and `content/diary.yaml` with
 * eight entries (one is the viewing a review covers, one links to the draft, one is undated).
 * Viewings: 3 reviews + 7 entries = 10, of 8 films, 2 of them rewatches.
 */
let build: BuildResult;

beforeAll(async () => {
  build = await sharedBuild('diary');
  if (!build.ok) throw new Error(`The diary fixture did not build:\n${build.output}`);
});

const page = (file: string) => html(build.site.read(file));
const rows = (file: string) =>
  page(file)
    .querySelectorAll('.diary-month tbody tr')
    .map((row) => ({
      day: row.querySelector('time')?.getAttribute('datetime'),
      film: text(row.querySelector('.diary-month__film')),
      link: row.querySelector('.diary-month__film a')?.getAttribute('href'),
      liked: text(row.querySelector('.diary-month__liked')) !== '',
      rewatch: text(row.querySelector('.diary-month__rewatch')) !== '',
      rating: text(row.querySelector('.rating .visually-hidden, .rating [class*="label"]')),
    }));

describe('the diary pages', () => {
  test('/diary/ shows the newest year: every viewing, newest first, reviews linked', () => {
    expect(text(page('diary/index.html').querySelector('h1'))).toBe('Diary');
    expect(
      rows('diary/index.html').map(({ day, film, link, liked, rewatch }) => [
        day,
        film,
        link,
        liked,
        rewatch,
      ]),
    ).toEqual([
      ['2024-12-25', 'Her (2013)', '/reviews/her/', true, true],
      ['2024-11-10', 'Suspiria (2018)', '/reviews/suspiria-2018/', false, true],
      ['2024-11-02', 'Suspiria (2018)', '/reviews/suspiria-2018/', false, false],
      ['2024-10-31', 'Suspiria (1977)', '/reviews/suspiria-1977/', true, false],
      ['2024-06-01', 'Paterson (2016)', undefined, false, false],
      ['2024-06-01', 'Perfect Days (2023)', undefined, false, false],
      // Its review is a draft: the viewing counts, with no link.
      ['2024-05-01', 'Unpublished Film (2020)', undefined, false, false],
    ]);
  });

  test('each year has its page, and the years link each other', () => {
    const doc = page('diary/2023/index.html');
    expect(text(doc.querySelector('h1'))).toBe('Diary: 2023');
    expect(rows('diary/2023/index.html').map(({ day, film }) => [day, film])).toEqual([
      ['2023-12-31', 'Aftersun (2022)'],
      ['2023-02-20', 'Her (2013)'],
    ]);
    const years = doc.querySelectorAll('.diary-years a');
    expect(years.map((link) => [link.getAttribute('href'), text(link)])).toEqual([
      ['/diary/2024/', '2024 7 viewings'],
      ['/diary/2023/', '2023 2 viewings'],
    ]);
    expect(doc.querySelector('.diary-years a[aria-current="page"]')?.getAttribute('href')).toBe(
      '/diary/2023/',
    );
    expect(build.site.exists('diary/2024/index.html')).toBe(true);
  });

  test('the header marks the diary as the current section on a year page', () => {
    expect(
      page('diary/2023/index.html')
        .querySelector('.site-header nav a[aria-current="page"]')
        ?.getAttribute('href'),
    ).toBe('/diary/');
  });
});

test('/stats/ counts every viewing: films watched, reviews written and rewatches apart', () => {
  const doc = page('stats/index.html');
  const figures = Object.fromEntries(
    doc
      .querySelectorAll('.stats__summary > div')
      .map((item) => [text(item.querySelector('dt')), text(item.querySelector('dd'))]),
  );
  expect(figures).toMatchObject({
    'Films watched': '8 films',
    'Reviews written': '3 reviews',
    Rewatches: '2 viewings',
  });
  const perYear = doc.querySelector('#watched-per-year');
  expect(text(perYear)).toContain('2023');
  expect(text(perYear)).toContain('2024');
});

describe('diary entries are never reviews', () => {
  test('home lists the three reviews only', () => {
    expect(
      page('index.html')
        .querySelectorAll('.review-card__title')
        .map((title) => text(title)),
    ).toEqual([
      'Suspiria, the remake in winter',
      'Suspiria, in primary colours',
      'Her, a voice in the ear',
    ]);
  });

  test('the feed and the archive hold the reviews only', () => {
    expect(readRss(build.site.read('rss.xml')).items).toHaveLength(3);
    expect(page('archive/index.html').querySelectorAll('.archive-month__list a')).toHaveLength(3);
    expect(build.site.exists('reviews/paterson/index.html')).toBe(false);
  });
});
