import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import Rating from '../../src/components/review/Rating.astro';
import { html, text } from '../helpers/html';

describe('<Rating>', () => {
  test.each([
    ['ko', 4.5, '5점 만점에 4.5점', '90%'],
    ['en', 3, '3 out of 5', '60%'],
    ['ko', 0, '5점 만점에 0점', '0%'],
  ] as const)(
    '%s %s reads as "%s" and fills %s of the stars',
    async (lang, rating, label, fill) => {
      const container = await AstroContainer.create();
      const doc = html(await container.renderToString(Rating, { props: { rating, lang } }));
      expect(text(doc.querySelector('.visually-hidden'))).toBe(label);
      expect(doc.querySelector('.rating__stars')?.getAttribute('aria-hidden')).toBe('true');
      expect(doc.querySelector('.rating__stars')?.getAttribute('style')).toContain(
        `--rating-fill: ${fill}`,
      );
    },
  );
});
