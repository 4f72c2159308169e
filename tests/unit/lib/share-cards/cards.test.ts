import { describe, expect, test } from 'vitest';
import type { Review } from '../../../../src/lib/reviews/reviews';
import {
  cjkLanguageOf,
  reviewCard,
  termPageCard,
  type CardSettings,
} from '../../../../src/lib/share-cards/cards';

const ENGLISH: CardSettings = { language: 'en', title: 'Late Show' };
const KOREAN: CardSettings = { language: 'ko', title: '마키 시네마' };

const review = (
  title: string,
  movie: Partial<Review['data']['movie']> & { title: string },
  rating?: number,
) => ({ slug: 'x', data: { title, movie, rating } }) as unknown as Pick<Review, 'slug' | 'data'>;

describe('a review’s card says the film’s title once', () => {
  test('a headline that is the film’s title is left off the card', () => {
    const card = reviewCard(
      review('Suspiria', { title: 'Suspiria', originalTitle: 'Suspiria', year: 2018 }),
      ENGLISH,
    );
    expect(card.content).toMatchObject({
      filmTitle: 'Suspiria',
      filmLine: '2018',
      postTitle: undefined,
    });
    expect(card.alt).toBe('Preview of the review of Suspiria');
  });

  test('a headline equal to the original title too (그녀 / Her)', () => {
    const card = reviewCard(
      review('Her', { title: '그녀', originalTitle: 'Her', year: 2013 }),
      KOREAN,
    );
    expect(card.content).toMatchObject({
      filmTitle: '그녀',
      filmLine: 'Her · 2013',
      postTitle: undefined,
    });
    expect(card.alt).toBe('‘그녀’ 리뷰 미리보기');
  });

  test('a headline of its own is kept', () => {
    const card = reviewCard(
      review('A witches’ ballet', { title: 'Suspiria', year: 2018 }),
      ENGLISH,
    );
    expect(card.content).toMatchObject({
      filmTitle: 'Suspiria',
      filmLine: '2018',
      postTitle: 'A witches’ ballet',
    });
    expect(card.alt).toBe('Preview of the review of Suspiria: A witches’ ballet');
  });
});

describe('the glyph shapes of a title in kanji or hanzi alone follow the film’s country', () => {
  test.each([
    [['일본'], 'ja'],
    [['Japan'], 'ja'],
    [['미국', '홍콩'], 'zh'],
    [['TW'], 'zh'],
    [['중국', '일본'], 'zh'],
    [['대한민국'], undefined],
    [[], undefined],
    [undefined, undefined],
  ] as const)('%o → %s', (countries, language) => {
    expect(cjkLanguageOf(countries)).toBe(language);
  });

  test('a Japanese film’s card carries the hint', () => {
    const card = reviewCard(
      review('怪物', { title: '怪物', year: 2023, countries: ['일본'] }),
      ENGLISH,
    );
    expect(card.content).toMatchObject({ cjkLanguage: 'ja' });
  });
});

describe('a term’s card lists each film once, counted in words', () => {
  const reviews = [
    review('a', { title: 'Roma', year: 2018 }),
    review('b', { title: 'Roma', year: 2018 }),
    review('c', { title: 'Suspiria', year: 2018 }),
  ];

  test.each([
    [ENGLISH, '3 reviews · Roma, Suspiria', 'Late Show preview: Films from 2018, 3 reviews'],
    [KOREAN, '리뷰 3편 · Roma, Suspiria', '마키 시네마 미리보기: 2018년 작품, 리뷰 3편'],
  ])('%o', (settings, subheading, alt) => {
    const card = termPageCard('years', { name: '2018', slug: '2018' }, reviews, settings)!;
    expect(card.content).toMatchObject({
      heading: settings.language === 'en' ? 'Films from 2018' : '2018년 작품',
      subheading,
    });
    expect(card.alt).toBe(alt);
  });

  test('one review: "1 review"', () => {
    const card = termPageCard(
      'genres',
      { name: 'Horror', slug: 'horror' },
      reviews.slice(0, 1),
      ENGLISH,
    )!;
    expect(card.content).toMatchObject({ subheading: '1 review · Roma' });
  });
});
