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

/**
 * 2024 in the fixture: 7 viewings (Her on 12-25, Suspiria 2018 on 11-10 and 11-02, Suspiria
 * 1977 on 10-31, Paterson and Perfect Days on 06-01, the draft's film on 05-01) of 6 films;
 * 2 rewatches; runtimes known for 4 viewings (126 + 152 + 152 + 99 = 529 min, 9 hours); 2
 * reviews published.
 */
describe('the year in review', () => {
  const doc = () => page('year-in-review/2024/index.html');
  const figures = () =>
    Object.fromEntries(
      doc()
        .querySelectorAll('.year-review__figures > div')
        .map((item) => [
          text(item.querySelector('dt')),
          item.querySelectorAll('dd').map((dd) => text(dd)),
        ]),
    );
  const table = (id: string) =>
    doc()
      .querySelectorAll(`#${id} tbody tr`)
      .map((row) => row.querySelectorAll('th, td').map((cell) => text(cell)));

  test('every year with a viewing has one, linked from /stats/ and the diary', () => {
    expect(build.site.exists('year-in-review/2023/index.html')).toBe(true);
    expect(build.site.exists('year-in-review/2022/index.html')).toBe(false);
    expect(text(doc().querySelector('h1'))).toBe('2024 in film');
    expect(
      page('stats/index.html')
        .querySelectorAll('.stats__years a')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/year-in-review/2024/', '/year-in-review/2023/']);
    expect(
      page('diary/index.html').querySelector('.diary-years__summary a')?.getAttribute('href'),
    ).toBe('/year-in-review/2024/');
  });

  test('films, reviews, hours, first viewings and rewatches', () => {
    expect(figures()).toEqual({
      'Films watched': ['6 films'],
      'Reviews written': ['2 reviews'],
      'Hours watched': ['9 hours', 'from the runtimes of 4 of 7 viewings'],
      'First viewings': ['5 viewings'],
      Rewatches: ['2 viewings'],
      'Longest film': ['Suspiria (2018)', '2h 32m'],
      'Shortest film': ['Suspiria (1977)', '1h 39m'],
    });
  });

  test('the month chart, the rating spread and the top people, genres and countries', () => {
    expect(Object.fromEntries(table('months'))).toMatchObject({
      // Short month names: twelve columns fit a phone.
      Jan: '0',
      May: '1',
      Jun: '2',
      Oct: '1',
      Nov: '2',
      Dec: '1',
    });
    expect(Object.fromEntries(table('ratings'))).toMatchObject({
      '3.5': '1',
      '4.0': '3',
      '4.5': '2',
      '5.0': '0',
    });
    expect(table('directors')).toEqual([
      ['Dario Argento', '1'],
      ['Luca Guadagnino', '1'],
      ['Spike Jonze', '1'],
    ]);
    expect(table('genres')).toEqual([
      ['Horror', '2'],
      ['Drama', '1'],
      ['Mystery', '1'],
      ['Romance', '1'],
    ]);
    expect(table('countries')).toEqual([
      ['Italy', '2'],
      ['United States', '2'],
    ]);
    // Charts are drawn without JavaScript and named for assistive technology.
    expect(doc().querySelector('#months svg')?.getAttribute('aria-labelledby')).toBe(
      'months-title',
    );
  });

  test('the best-rated films, with posters where the review has one and initials where not', () => {
    const films = doc().querySelectorAll('.year-review__film');
    expect(films.map((film) => text(film.querySelector('.year-review__film-name')))).toEqual([
      'Her (2013)',
      'Perfect Days (2023)',
      'Paterson (2016)',
      'Suspiria (2018)',
      'Suspiria (1977)',
    ]);
    expect(films[0]!.querySelector('img')).not.toBeNull();
    expect(text(films[1]!.querySelector('.year-review__poster--initials'))).toBe('PD');
    expect(films[0]!.querySelector('a')?.getAttribute('href')).toBe('/reviews/her/');
  });

  test('its own preview card', () => {
    const card = doc().querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(card).toMatch(/\/og\/year-in-review\/2024\.[0-9a-f]+\.png$/);
    expect(build.site.exists(new URL(card).pathname.slice(1))).toBe(true);
    expect(doc().querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(
      'Film Diary Fixture: 2024 in film, 6 films, 9 hours',
    );
  });
});
