import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import ReviewCard from '../../src/components/review/ReviewCard.astro';
import { launchBrowser } from '../helpers/browser';
import { repoRoot } from '../helpers/build-site';

/** The card's own styles, as written in the component. */
const styles = /<style>([\s\S]*?)<\/style>/.exec(
  readFileSync(`${repoRoot}/src/components/review/ReviewCard.astro`, 'utf8'),
)?.[1];

const review = {
  slug: 'x',
  lang: 'ko',
  description:
    '포스터가 없는 리뷰의 요약은 카드의 한 칸에 갇히지 않고 카드 전체 너비를 써야 한다. '.repeat(3),
  data: {
    title: '포스터 없는 리뷰',
    draft: false,
    pubDate: new Date('2022-06-18'),
    gallery: [],
    movie: { title: '그녀', year: 2013 },
  },
};

describe('<ReviewCard> without a poster, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  test.each([
    ['cards', 390],
    ['cards', 1280],
    ['posters', 390],
    ['posters', 1280],
  ] as const)('%s view at %ipx: the text has the card’s full width', async (view, width) => {
    expect(styles).toContain('.review-card--no-poster');
    const container = await AstroContainer.create();
    const card = await container.renderToString(ReviewCard, { props: { review, view } });
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.setContent(
        `<!doctype html><html><head><style>
          :root { --space-1: 0.25rem; --space-2: 0.5rem; --space-3: 1rem; --radius: 8px; }
          body { margin: 0; } main { width: ${Math.min(width, 480)}px; display: grid; }
          ${styles}</style></head><body><main>${card}</main></body></html>`,
      );
      const box = await page.evaluate(() => {
        const card = document.querySelector('.review-card')!;
        const body = document.querySelector('.review-card__body')!;
        const style = getComputedStyle(card);
        return {
          content:
            card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
          body: body.getBoundingClientRect().width,
          images: card.querySelectorAll('img').length,
        };
      });
      expect(box.images).toBe(0);
      expect(box.content).toBeGreaterThan(300);
      expect(box.body).toBeCloseTo(box.content, 0);
    } finally {
      await page.close();
    }
  });
});
