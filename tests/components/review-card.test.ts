import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import ReviewCard from '../../src/components/review/ReviewCard.astro';
import { html, text } from '../helpers/html';

const review = (
  title: string,
  movie: { title: string; originalTitle?: string; year?: number },
) => ({
  slug: 'x',
  lang: 'ko',
  description: 'Summary.',
  data: { title, draft: false, pubDate: new Date('2022-06-18'), gallery: [], movie },
});

describe('<ReviewCard> film line', () => {
  test.each([
    ['Suspiria', { title: 'Suspiria', year: 2018 }, '2018'],
    ['SUSPIRIA', { title: 'Suspiria' }, undefined],
    ['A witches’ ballet', { title: 'Suspiria', year: 2018 }, 'Suspiria (2018)'],
    ['Her', { title: '그녀', originalTitle: 'Her', year: 2013 }, '그녀 (2013)'],
  ])('%s / %o → %s', async (title, movie, line) => {
    const container = await AstroContainer.create();
    const doc = html(
      await container.renderToString(ReviewCard, { props: { review: review(title, movie) } }),
    );
    expect(text(doc.querySelector('.review-card__title'))).toBe(title);
    const film = doc.querySelector('.review-card__film');
    expect(film ? text(film) : undefined).toBe(line);
  });
});
