import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkReviews } from '../../../../src/lib/check/check-reviews';
import { filmKeys, tmdbMovieId } from '../../../../src/lib/films/film-identity';
import { mergedMovie } from '../../../../src/lib/films/merged-facts';
import { repoRoot } from '../../../helpers/build-site';

describe('which reviews are of one film', () => {
  test('equal TMDB ids are one film, whatever the titles say', () => {
    expect(
      filmKeys([
        { title: '그녀', tmdb: 152601 },
        { title: 'Her', year: 2013, tmdb: 152601 },
        { title: '그녀', year: 2013, tmdb: 1 },
      ]),
    ).toEqual(['tmdb:152601', 'tmdb:152601', 'tmdb:1']);
  });

  test('without ids: the original title (or title) and year, case, spaces and punctuation aside', () => {
    const keys = filmKeys([
      { title: '미션 임파서블', originalTitle: 'Mission: Impossible', year: 1996 },
      { title: 'Mission Impossible', year: 1996 },
      { title: 'MISSION - IMPOSSIBLE!', year: 1996 },
      { title: 'Mission: Impossible', year: 2026 },
    ]);
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[3]).not.toBe(keys[0]);
  });

  test('remakes (same title, another year) and films without a year are never merged by title', () => {
    const keys = filmKeys([
      { title: 'Suspiria', year: 1977 },
      { title: 'Suspiria', year: 2018 },
      { title: '무제' },
      { title: '무제' },
    ]);
    expect(new Set(keys).size).toBe(4);
  });

  test('a review without an id joins the one film with an id that has its title and year', () => {
    expect(
      filmKeys([
        { title: 'Her', year: 2013, tmdb: 152601 },
        { title: '그녀', originalTitle: 'Her', year: 2013 },
      ]),
    ).toEqual(['tmdb:152601', 'tmdb:152601']);
    // Two films with ids share the title and year: the review without one stays apart.
    const ambiguous = filmKeys([
      { title: 'Crash', year: 2004, tmdb: 1 },
      { title: 'Crash', year: 2004, tmdb: 2 },
      { title: 'Crash', year: 2004 },
    ]);
    expect(ambiguous[2]).toBe('title:crash:2004');
  });

  test("the id is read back from the schema's TMDB URL", () => {
    expect(tmdbMovieId('https://www.themoviedb.org/movie/152601')).toBe(152601);
    expect(tmdbMovieId(152601)).toBe(152601);
    expect(tmdbMovieId(undefined)).toBeUndefined();
  });
});

describe('merged facts', () => {
  test('what a review writes wins; what it leaves out comes from the first other review that has it', () => {
    const merged = mergedMovie<Record<string, unknown>>(
      { title: '다시 본 그녀', runtime: 125, genres: [], links: { website: 'https://a.example/' } },
      [
        { title: 'Her', cast: [{ name: 'Scarlett Johansson' }], runtime: 126 },
        { title: '그녀', year: 2013, genres: ['드라마'], links: { tmdb: 'https://x/movie/1' } },
      ],
    );
    expect(merged).toEqual({
      title: '다시 본 그녀',
      runtime: 125,
      year: 2013,
      genres: ['드라마'],
      cast: [{ name: 'Scarlett Johansson' }],
      links: { website: 'https://a.example/', tmdb: 'https://x/movie/1', imdb: undefined },
    });
  });

  test('a film reviewed once keeps its facts as they are', () => {
    const own = { title: '마더', year: 2009 };
    expect(mergedMovie(own, [])).toEqual(own);
  });
});

describe('the check on the film-identity fixture', () => {
  test('warns about out-of-vocabulary genres, a probable duplicate name and a disagreement, and fails nothing', async () => {
    const site = path.join(repoRoot, 'tests/fixtures/sites/identities');
    const checked = await checkReviews({
      root: site,
      reviewsFolder: path.join(site, 'content/reviews'),
      contentRoot: path.join(site, 'content'),
      language: 'ko',
    });
    expect(checked.problems).toEqual([]);
    expect(checked.people.people.map((person) => person.name)).toEqual(['스칼릿 조핸슨', '봉준호']);
    expect(checked.warnings.map((warning) => warning.split('\n')[0])).toEqual([
      'content/reviews/mother/index.md:8:12 movie.genres[0]: "Dramma" is not one of the built-in genres (TMDB\'s, in Korean or English); did you mean "드라마"? If not, it gets a page of its own, as written',
      'content/reviews/mother/index.md:8:20 movie.genres[1]: "무협" is not one of the built-in genres (TMDB\'s, in Korean or English); it gets a page of its own, as written',
      'people: "봉 준호" (content/reviews/mother/index.md:10) and "봉준호" (content/reviews/parasite-ko/index.md:11) are probably one person (spacing); add to content/people.yaml:',
      "content/reviews/her-rewatch/index.md:8:3 movie.runtime: 125 here, 126 in content/reviews/her/index.md:12, a review of the same film; expected one value: correct one of them (the page shows each review's own)",
    ]);
    expect(checked.warnings[2]?.split('\n').slice(1)).toEqual([
      '  # in place of the entry of 봉준호 (line 6)',
      '  - name: 봉준호',
      '    en: Bong Joon-ho',
      '    tmdb: 21684',
      '    aliases: [Bong Joon Ho, 봉 준호]',
    ]);
  });
});
