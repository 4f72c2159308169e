/**
 * The two fixture sites that every page-type test (build, Nu, axe, layout, feeds) runs
 * on: the Korean sample site and its English twin (`language: 'en'`, New York time), which
 * hold the same kinds of posts. Each names one built page of every page type, so a test
 * that loops over `pages` sees every template in both languages.
 */
export interface PageTypeSite {
  /** The fixture's folder under `tests/fixtures/sites/` (and its shared build, see shared-build.ts). */
  fixture: 'sample' | 'english';
  /** For test names: "the Korean sample site". */
  name: string;
  language: 'ko' | 'en';
  /** One page of each page type, by URL path (unencoded). */
  pages: Record<PageType, string>;
}

export type PageType =
  | 'home'
  | 'home, page 2'
  | 'review with poster, cast photos, trailer, spoilers and galleries'
  | 'review in the other language, from a single file'
  | 'translated review, under the other language'
  | 'home of the other language'
  | 'search of the other language'
  | 'genres'
  | 'genre'
  | 'genre, page 2'
  | 'people'
  | 'person'
  | 'countries'
  | 'year'
  | 'category'
  | 'tag'
  | 'archive'
  | 'diary'
  | 'diary, one year'
  | 'stats'
  | 'year in review'
  | 'search'
  | 'not found';

export const PAGE_TYPE_SITES: PageTypeSite[] = [
  {
    fixture: 'sample',
    name: 'the Korean sample site',
    language: 'ko',
    pages: {
      home: '/',
      'home, page 2': '/page/2/',
      'review with poster, cast photos, trailer, spoilers and galleries': '/reviews/her/',
      'review in the other language, from a single file': '/reviews/paterson/',
      'translated review, under the other language': '/en/reviews/her-en/',
      'home of the other language': '/en/',
      'search of the other language': '/en/search/',
      genres: '/genres/',
      genre: '/genres/드라마/',
      'genre, page 2': '/genres/드라마/page/2/',
      people: '/people/',
      person: '/people/스파이크-존즈/',
      countries: '/countries/',
      year: '/years/2022/',
      category: '/categories/영화-추천/',
      tag: '/tags/비-오는-날/',
      archive: '/archive/',
      diary: '/diary/',
      'diary, one year': '/diary/2022/',
      stats: '/stats/',
      'year in review': '/year-in-review/2022/',
      search: '/search/',
      'not found': '/404.html',
    },
  },
  {
    fixture: 'english',
    name: 'the English fixture site',
    language: 'en',
    pages: {
      home: '/',
      'home, page 2': '/page/2/',
      'review with poster, cast photos, trailer, spoilers and galleries': '/reviews/her/',
      'review in the other language, from a single file': '/reviews/little-forest/',
      'translated review, under the other language': '/ko/reviews/her-ko/',
      'home of the other language': '/ko/',
      'search of the other language': '/ko/search/',
      genres: '/genres/',
      genre: '/genres/drama/',
      'genre, page 2': '/genres/drama/page/2/',
      people: '/people/',
      person: '/people/spike-jonze/',
      countries: '/countries/',
      year: '/years/2022/',
      category: '/categories/reviews/',
      tag: '/tags/rainy-day/',
      archive: '/archive/',
      diary: '/diary/',
      'diary, one year': '/diary/2022/',
      stats: '/stats/',
      'year in review': '/year-in-review/2022/',
      search: '/search/',
      'not found': '/404.html',
    },
  },
];

/** `[name, path]` of every page of `site`, for `test.each`. */
export const pagesOf = (site: PageTypeSite) => Object.entries(site.pages) as [PageType, string][];
