import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import type { Review } from '../../../../src/lib/reviews/reviews';
import { site } from '../../../../src/lib/site';
import { jsonLdScript, reviewStructuredData } from '../../../../src/lib/page-meta/structured-data';
import type { ImageHelper } from '../../../../src/schemas/fields';
import { reviewSchema } from '../../../../src/schemas/review';
import { termRegistry } from '../../../../src/lib/taxonomies/taxonomies';
import { readPeopleRegistry } from '../../../../src/lib/people/registry';

/** Stands in for Astro's image(): an optimised asset URL for each path, without files. */
const image = (() =>
  z.string().transform((path) => ({
    src: `/_astro/${path.slice(2)}`,
    width: 600,
    height: 900,
    format: 'jpg',
  }))) as unknown as ImageHelper;
const schema = reviewSchema(image);

const { registry: people } = readPeopleRegistry(
  '- name: 스칼릿 조핸슨\n  en: Scarlett Johansson\n  aliases: [스칼렛 요한슨]\n',
  'content/people.yaml',
);

function review(
  frontmatter: Record<string, unknown>,
  lang: Review['lang'] = 'ko',
): Pick<Review, 'slug' | 'data' | 'description' | 'lang' | 'terms' | 'credits'> {
  const data = schema.parse(frontmatter);
  const source = { category: '영화', data };
  return {
    slug: '그녀',
    data,
    description: '외로움과 연결에 대하여.',
    lang,
    ...termRegistry([source], { language: 'ko', people }).termsOf(source),
  };
}

const her = review({
  title: '그녀, 목소리만으로 사랑에 빠질 수 있을까',
  pubDate: '2022-06-18',
  updatedDate: '2022-07-02T21:30:00+09:00',
  rating: 4.5,
  tags: ['인생영화', 'SF'],
  cover: './cover.jpg',
  movie: {
    title: '그녀',
    originalTitle: 'Her',
    year: 2013,
    genres: ['드라마', 'SF'],
    countries: ['미국'],
    runtime: 125,
    certification: '청소년 관람불가',
    releaseDate: '2014-05-22',
    directors: ['스파이크 존즈'],
    writers: ['스파이크 존즈'],
    cast: [{ name: '호아킨 피닉스', role: '테오도르' }, '스칼렛 요한슨'],
    poster: './poster.jpg',
    links: { imdb: 'tt1798709', tmdb: 152601 },
  },
});

describe('reviewStructuredData', () => {
  test('never names an original image file: without published image URLs there is no image', () => {
    const data = reviewStructuredData(her);
    expect(data.image).toBeUndefined();
    expect((data.itemReviewed as Record<string, unknown>).image).toBeUndefined();
  });

  test('a review is a schema.org Review of a Movie, with absolute URLs of the published images', () => {
    expect(
      reviewStructuredData(her, {
        review: '/_astro/cover.1200.jpg',
        poster: '/_astro/poster.600.jpg',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Review',
      name: '그녀, 목소리만으로 사랑에 빠질 수 있을까',
      headline: '그녀, 목소리만으로 사랑에 빠질 수 있을까',
      description: '외로움과 연결에 대하여.',
      url: 'https://marquee.example.com/reviews/%EA%B7%B8%EB%85%80/',
      inLanguage: 'ko',
      datePublished: '2022-06-18T00:00:00.000Z',
      dateModified: '2022-07-02T12:30:00.000Z',
      image: 'https://marquee.example.com/_astro/cover.1200.jpg',
      author: { '@type': 'Person', name: site.author },
      publisher: { '@type': 'Organization', name: site.title, url: 'https://marquee.example.com/' },
      keywords: '인생영화, SF',
      reviewRating: { '@type': 'Rating', ratingValue: 4.5, bestRating: 5, worstRating: 0 },
      itemReviewed: {
        '@type': 'Movie',
        name: '그녀',
        alternateName: 'Her',
        dateCreated: '2013',
        datePublished: '2014-05-22',
        genre: ['드라마', 'SF'],
        countryOfOrigin: [{ '@type': 'Country', name: '미국' }],
        duration: 'PT125M',
        contentRating: '청소년 관람불가',
        director: [{ '@type': 'Person', name: '스파이크 존즈' }],
        author: [{ '@type': 'Person', name: '스파이크 존즈' }],
        actor: [
          { '@type': 'Person', name: '호아킨 피닉스' },
          { '@type': 'Person', name: '스칼릿 조핸슨' },
        ],
        image: 'https://marquee.example.com/_astro/poster.600.jpg',
        sameAs: [
          'https://www.imdb.com/title/tt1798709/',
          'https://www.themoviedb.org/movie/152601',
        ],
      },
    });
  });

  test("genres and countries carry the site's labels; registered people their name in the review's language", () => {
    const english = review(
      {
        title: 'Her, or how to fall for a voice',
        pubDate: '2022-06-18',
        lang: 'en',
        movie: {
          title: 'Her',
          genres: ['Drama', 'Sci-Fi', 'Mumblecore'],
          countries: ['USA'],
          cast: ['Scarlett Johansson', 'Joaquin Phoenix'],
        },
      },
      'en',
    );
    expect(reviewStructuredData(english).itemReviewed).toMatchObject({
      genre: ['드라마', 'SF', 'Mumblecore'],
      countryOfOrigin: [{ '@type': 'Country', name: '미국' }],
      actor: [
        { '@type': 'Person', name: 'Scarlett Johansson' },
        { '@type': 'Person', name: 'Joaquin Phoenix' },
      ],
    });
  });

  test('what the author did not write is left out, not emptied', () => {
    const data = reviewStructuredData(
      review({ title: '메모', pubDate: '2024-01-01', movie: { title: '어떤 영화' } }),
    );
    expect(Object.keys(data)).not.toContain('reviewRating');
    expect(Object.keys(data)).not.toContain('image');
    expect(Object.keys(data)).not.toContain('keywords');
    expect(data.itemReviewed).toEqual({ '@type': 'Movie', name: '어떤 영화' });
  });
});

describe('jsonLdScript', () => {
  test('text cannot close the script element', () => {
    const script = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(script).not.toContain('</script>');
    expect(JSON.parse(script)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
