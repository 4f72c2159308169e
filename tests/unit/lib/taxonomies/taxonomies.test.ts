import { describe, expect, test } from 'vitest';
import { termKey, termSlug } from '../../../../src/lib/slugs';
import {
  termEntries,
  termRegistry,
  type TermSource,
} from '../../../../src/lib/taxonomies/taxonomies';

describe('term names as URL segments', () => {
  test.each([
    ['Korean is kept readable', '드라마', '드라마'],
    ['spaces become one hyphen', '비 오는 날', '비-오는-날'],
    ['runs of spaces and punctuation become one hyphen', '  Rock  &  Roll!! ', 'rock-roll'],
    ['case is folded', 'SF', 'sf'],
    ['accented letters are kept', 'Amélie', 'amélie'],
    ['other scripts are kept', '千と千尋', '千と千尋'],
    ['apostrophes are dropped', "Director's Cut", 'directors-cut'],
    ['slashes, question marks and hashes never reach the URL', 'A/B?#C', 'a-b-c'],
    ['decomposed Hangul is composed (NFC)', '드라마'.normalize('NFD'), '드라마'],
    ['a name without letters or digits becomes its code points', '★', 'u2605'],
  ])('%s: %s → %s', (_rule, name, slug) => {
    expect(termSlug(name)).toBe(slug);
  });

  test('the grouping key ignores case and spacing only', () => {
    expect(termKey(' SF ')).toBe(termKey('sf'));
    expect(termKey('비  오는 날')).toBe(termKey('비 오는 날'));
    expect(termKey('Sci-Fi')).not.toBe(termKey('Sci Fi'));
  });
});

const source = (
  tags: string[],
  movie: TermSource['data']['movie'] = {},
  category = '영화 추천',
): TermSource => ({
  category,
  data: { tags, movie },
});

describe('the term registry', () => {
  test('spellings that differ in case or spacing are one term, named as first written', () => {
    const registry = termRegistry([source(['SF']), source(['sf']), source([' S F '])]);
    expect(registry.term('tags', 'sf')).toEqual({ name: 'SF', slug: 'sf' });
    expect(registry.term('tags', 's  f')).toEqual({ name: 'S F', slug: 's-f' });
  });

  test('two names with the same slug both keep a page: the first used gets the plain slug', () => {
    const registry = termRegistry([source(['Sci-Fi']), source(['Sci Fi']), source(['sci.fi'])]);
    expect(registry.term('tags', 'Sci-Fi').slug).toBe('sci-fi');
    expect(registry.term('tags', 'Sci Fi').slug).toBe('sci-fi-2');
    expect(registry.term('tags', 'sci.fi').slug).toBe('sci-fi-3');
  });

  test('a suffix never takes a slug another name already has', () => {
    const registry = termRegistry([source(['a 2', 'a']), source(['A!'])]);
    expect(['a 2', 'a', 'A!'].map((name) => registry.term('tags', name).slug)).toEqual([
      'a-2',
      'a',
      'a-3',
    ]);
  });

  test('slugs are unique per taxonomy, not across taxonomies', () => {
    const registry = termRegistry([source(['드라마'], { genres: ['드라마'] })]);
    expect(registry.term('tags', '드라마').slug).toBe('드라마');
    expect(registry.term('genres', '드라마').slug).toBe('드라마');
  });

  test('an unknown name is an error, not a guessed link', () => {
    expect(() => termRegistry([source(['a'])]).term('tags', 'b')).toThrow(
      '"b" is not a term of tags',
    );
  });

  test("a review's terms: people from every credit once, the year as a term, cast aligned with movie.cast", () => {
    const review = source(['SF', 'sf'], {
      year: 2013,
      genres: ['드라마'],
      directors: [{ name: '스파이크 존즈' }],
      writers: [{ name: '스파이크 존즈' }],
      cast: [{ name: '호아킨 피닉스' }, { name: '스파이크 존즈' }],
    });
    const { terms, credits } = termRegistry([review]).termsOf(review);
    expect(terms.tags).toEqual([{ name: 'SF', slug: 'sf' }]);
    expect(terms.years).toEqual([{ name: '2013', slug: '2013' }]);
    expect(terms.categories).toEqual([{ name: '영화 추천', slug: '영화-추천' }]);
    expect(terms.people.map((term) => term.name)).toEqual(['스파이크 존즈', '호아킨 피닉스']);
    expect(credits.cast.map((term) => term.slug)).toEqual(['호아킨-피닉스', '스파이크-존즈']);
  });
});

describe('terms with too few reviews for a page (site.scale.minReviewsForTermPage)', () => {
  const twice = source(['often', 'rare'], {
    directors: [{ name: 'Ada' }],
    writers: [{ name: 'Ada' }],
    cast: [{ name: 'Bea' }],
  });
  const again = source(['often'], { directors: [{ name: 'Ada' }], genres: ['드라마'] });
  const options = { language: 'ko' as const, minReviewsForPage: { people: 2, tags: 2 } };

  test('a name in two reviews keeps its page; one named in one review, twice over, has none', () => {
    const registry = termRegistry([twice, again], options);
    expect(registry.term('people', 'Ada').page).toBeUndefined();
    expect(registry.term('people', 'Bea').page).toBe(false);
    expect(registry.term('tags', 'often').page).toBeUndefined();
    expect(registry.term('tags', 'rare').page).toBe(false);
  });

  test('other taxonomies, and every term without the setting, keep their pages', () => {
    expect(termRegistry([twice, again], options).term('genres', '드라마').page).toBeUndefined();
    expect(termRegistry([twice, again]).term('people', 'Bea').page).toBeUndefined();
  });
});

describe('term entries for index pages', () => {
  const sources = [
    source(['b'], { year: 2013 }),
    source(['a', 'b'], { year: 2022 }),
    source(['가'], { year: 1999 }),
  ];
  const registry = termRegistry(sources);
  const reviews = sources.map((review, index) => ({ id: index, ...registry.termsOf(review) }));

  test('names sorted alphabetically, each with its reviews in the given order', () => {
    const entries = termEntries(reviews, 'tags', 'ko-KR');
    expect(
      entries.map(({ term, reviews }) => [term.name, reviews.map((review) => review.id)]),
    ).toEqual([
      ['가', [2]],
      ['a', [1]],
      ['b', [0, 1]],
    ]);
  });

  test('years newest first', () => {
    expect(termEntries(reviews, 'years', 'ko-KR').map(({ term }) => term.name)).toEqual([
      '2022',
      '2013',
      '1999',
    ]);
  });
});
