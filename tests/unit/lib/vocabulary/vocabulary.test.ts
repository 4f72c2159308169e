import { describe, expect, test } from 'vitest';
import {
  COUNTRIES,
  GENRES,
  countryByCode,
  countryByName,
  genreByName,
  genreByTmdbId,
  nearestLabel,
  vocabularyEntry,
  vocabularyKey,
} from '../../../../src/lib/vocabulary';

/** Each key of an entry's names → the entries that have it, for the collision tests. */
function owners<T>(entries: readonly T[], names: (entry: T) => string[]): Map<string, Set<T>> {
  const byKey = new Map<string, Set<T>>();
  for (const entry of entries)
    for (const name of names(entry)) {
      const key = vocabularyKey(name);
      byKey.set(key, (byKey.get(key) ?? new Set()).add(entry));
    }
  return byKey;
}

describe('vocabularyKey', () => {
  test('case, spaces, punctuation and symbols do not count', () => {
    for (const spelling of ['Sci-Fi', 'sci fi', 'SCI-FI', 'Sci‑Fi', ' sci.fi '])
      expect(vocabularyKey(spelling)).toBe('scifi');
    expect(vocabularyKey('Sci-Fi & Fantasy')).toBe('scififantasy');
    expect(vocabularyKey('Korea, Republic of (the)')).toBe('korearepublicofthe');
    expect(vocabularyKey('People’s')).toBe(vocabularyKey("People's"));
  });

  test('Hangul is kept whole; accents and full-width forms fold', () => {
    expect(vocabularyKey('멜로/로맨스')).toBe('멜로로맨스');
    expect(vocabularyKey('TV 영화')).toBe('tv영화');
    expect(vocabularyKey('공포(호러)')).toBe('공포호러');
    // Decomposed jamo (as macOS file names have them) meet composed syllables.
    expect(vocabularyKey('드라마'.normalize('NFD'))).toBe('드라마');
    expect(vocabularyKey('Côte d’Ivoire')).toBe(vocabularyKey("Cote d'Ivoire"));
    expect(vocabularyKey('ＳＦ')).toBe('sf');
  });
});

describe('genres', () => {
  test.each([
    [['Drama', '드라마', 'drama', ' DRAMA '], 18],
    [
      [
        'SF',
        'Sci-Fi',
        'sci fi',
        'Science Fiction',
        'Science-Fiction',
        '공상과학',
        'Sci-Fi & Fantasy',
      ],
      878,
    ],
    [['Romance', '로맨스', '멜로', '멜로/로맨스'], 10749],
    [['Horror', '공포', '호러', '공포(호러)'], 27],
    [['Western', '서부', '서부극', '웨스턴', '서부극(웨스턴)'], 37],
    [['Adventure', '모험', '어드벤처'], 12],
    [['Mystery', '미스터리', '미스테리'], 9648],
    [['TV Movie', 'TV 영화', 'tv영화'], 10770],
    [['Animation', '애니메이션', '애니'], 16],
  ])('%j are one genre', (spellings, id) => {
    for (const spelling of spellings) expect(genreByName(spelling)?.id, spelling).toBe(id);
  });

  test('every TMDB movie genre is there, once, with both labels', () => {
    const tmdb = [
      28, 12, 16, 35, 80, 99, 18, 10751, 14, 36, 27, 10402, 9648, 10749, 878, 10770, 53, 10752, 37,
    ];
    expect(GENRES.map((genre) => genre.id).sort((a, b) => a - b)).toEqual(
      [...tmdb].sort((a, b) => a - b),
    );
    for (const id of tmdb) expect(genreByTmdbId(id)?.id).toBe(id);
    expect(genreByTmdbId(10759)).toBeUndefined(); // TMDB's TV `Action & Adventure`
    expect(genreByTmdbId(18)).toMatchObject({ ko: '드라마', en: 'Drama' });
    expect(genreByTmdbId(878)).toMatchObject({ ko: 'SF', en: 'Science Fiction' });
  });

  test('no spelling names two genres', () => {
    const shared = [...owners(GENRES, (g) => [g.ko, g.en, ...g.aliases])].filter(
      ([, genres]) => genres.size > 1,
    );
    expect(shared).toEqual([]);
  });

  test('names outside the vocabulary stay unknown', () => {
    for (const name of [
      '무협',
      'Wuxia',
      '뮤지컬',
      'Musical',
      '사극',
      'Action & Adventure',
      'Rom-com',
      '',
      ' - ',
    ])
      expect(genreByName(name), name).toBeUndefined();
  });

  test('a list with synonyms yields each genre once after deduplication', () => {
    const ids = new Set(['드라마', '멜로', '로맨스'].map((name) => genreByName(name)?.id));
    expect([...ids]).toEqual([18, 10749]);
  });
});

describe('countries', () => {
  test.each([
    [
      [
        '한국',
        '대한민국',
        'South Korea',
        'Korea, Republic of',
        'KR',
        'kr',
        'KOR',
        'Korea',
        'Republic of Korea',
        '남한',
      ],
      'KR',
    ],
    [
      [
        '미국',
        'United States',
        'USA',
        'US',
        'U.S.A.',
        'America',
        'United States of America',
        '미합중국',
      ],
      'US',
    ],
    [
      ['영국', 'United Kingdom', 'UK', 'Britain', 'Great Britain', 'England', '잉글랜드', 'GBR'],
      'GB',
    ],
    [['United Kingdom of Great Britain and Northern Ireland'], 'GB'],
    [['홍콩', 'Hong Kong', 'Hong Kong SAR China', '홍콩(중국 특별행정구)', 'HKG'], 'HK'],
    [['중국', 'China', 'PRC', "People's Republic of China"], 'CN'],
    [['대만', '타이완', 'Taiwan', 'Taiwan, Province of China'], 'TW'],
    [['독일', 'Germany', '서독', 'West Germany', 'DEU'], 'DE'],
    [['체코', 'Czech Republic', 'Czechia'], 'CZ'],
    [['북한', 'North Korea', 'DPRK', 'PRK'], 'KP'],
    [['호주', '오스트레일리아', 'Australia'], 'AU'],
    [['네덜란드', 'Netherlands', 'Holland'], 'NL'],
    [['튀르키예', '터키', 'Turkey', 'Türkiye', 'Turkiye'], 'TR'],
    [['러시아', 'Russia', 'Russian Federation'], 'RU'],
    [['베트남', 'Vietnam', 'Viet Nam'], 'VN'],
    [['이란', 'Iran', 'Iran, Islamic Republic of'], 'IR'],
    [['일본', 'Japan', 'JPN'], 'JP'],
    [['이탈리아', '이태리', 'Italy'], 'IT'],
    [['Côte d’Ivoire', "Cote d'Ivoire", 'Ivory Coast'], 'CI'],
  ])('%j are one country', (spellings, code) => {
    for (const spelling of spellings) expect(countryByName(spelling)?.code, spelling).toBe(code);
  });

  test.each([
    ['KR', '대한민국', 'South Korea'],
    ['US', '미국', 'United States'],
    ['GB', '영국', 'United Kingdom'],
    ['FR', '프랑스', 'France'],
    ['JP', '일본', 'Japan'],
    ['HK', '홍콩', 'Hong Kong'],
    ['AU', '호주', 'Australia'],
  ])('%s is %s and %s', (code, ko, en) => {
    expect(countryByCode(code)).toMatchObject({ code, ko, en });
  });

  test('codes: alpha-2 and alpha-3, any case; nothing else', () => {
    expect(countryByCode('kor')?.code).toBe('KR');
    expect(countryByCode(' fr ')?.code).toBe('FR');
    expect(countryByCode('Korea')).toBeUndefined();
    expect(countryByCode('SU')).toBeUndefined();
    expect(countryByCode('')).toBeUndefined();
  });

  test('all of ISO 3166-1, with unique upper-case alpha-2 codes', () => {
    expect(COUNTRIES).toHaveLength(249);
    for (const { code } of COUNTRIES) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(COUNTRIES.map(({ code }) => code)).size).toBe(COUNTRIES.length);
    for (const country of COUNTRIES) expect(country.aliases[1]).toMatch(/^[A-Z]{3}$/);
    expect(new Set(COUNTRIES.map(({ aliases }) => aliases[1])).size).toBe(COUNTRIES.length);
  });

  test("the runtime's ICU names every country in both languages", () => {
    for (const country of COUNTRIES) {
      expect(country.ko, country.code).not.toBe(country.code);
      expect(country.en, country.code).not.toBe(country.code);
      expect(country.ko, country.code).toMatch(/\p{Script=Hangul}/u);
      expect(country.en, country.code).toMatch(/^\P{Script=Hangul}+$/u);
    }
  });

  test('no spelling names two countries', () => {
    const shared = [...owners(COUNTRIES, (c) => [c.ko, c.en, ...c.aliases])].filter(
      ([, countries]) => countries.size > 1,
    );
    expect(shared.map(([key, countries]) => [key, [...countries].map((c) => c.code)])).toEqual([]);
  });

  test('former and ambiguous states stay unknown', () => {
    for (const name of [
      'Soviet Union',
      '소련',
      'USSR',
      'Yugoslavia',
      'Czechoslovakia',
      'Congo',
      'Atlantis',
    ])
      expect(countryByName(name), name).toBeUndefined();
  });
});

describe('vocabularyEntry', () => {
  test('a stable key and the labels in both languages, whatever the spelling', () => {
    expect(vocabularyEntry('genres', '멜로/로맨스')).toEqual({
      key: 'genre:10749',
      label: { ko: '로맨스', en: 'Romance' },
    });
    expect(vocabularyEntry('genres', 'sci-fi')).toEqual(vocabularyEntry('genres', 'SF'));
    expect(vocabularyEntry('countries', 'Korea, Republic of')).toEqual({
      key: 'country:KR',
      label: { ko: '대한민국', en: 'South Korea' },
    });
  });

  test('each taxonomy reads its own vocabulary', () => {
    expect(vocabularyEntry('countries', 'Drama')).toBeUndefined();
    expect(vocabularyEntry('genres', 'France')).toBeUndefined();
    expect(vocabularyEntry('genres', '무협')).toBeUndefined();
    expect(vocabularyEntry('genres', 'Wuxia')).toBeUndefined();
    expect(vocabularyEntry('countries', 'Soviet Union')).toBeUndefined();
  });
});

describe('nearestLabel', () => {
  test('a misspelling gets the label in the site language', () => {
    expect(nearestLabel('genres', 'Dramma', 'en')).toBe('Drama');
    expect(nearestLabel('genres', 'Dramma', 'ko')).toBe('드라마');
    expect(nearestLabel('genres', 'Sci-Fy', 'ko')).toBe('SF');
    expect(nearestLabel('genres', '스릴라', 'ko')).toBe('스릴러');
    expect(nearestLabel('countries', 'Frnace', 'en')).toBe('France');
    expect(nearestLabel('countries', 'Frnace', 'ko')).toBe('프랑스');
    expect(nearestLabel('countries', 'Argentine', 'en')).toBe('Argentina');
  });

  test('nothing close, no suggestion', () => {
    expect(nearestLabel('genres', '무협', 'ko')).toBeUndefined();
    expect(nearestLabel('genres', 'Wuxia', 'en')).toBeUndefined();
    expect(nearestLabel('countries', 'Soviet Union', 'en')).toBeUndefined();
    // Codes are not suggested: `SU` is one letter from a dozen of them.
    expect(nearestLabel('countries', 'SU', 'en')).toBeUndefined();
  });
});
