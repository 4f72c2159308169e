import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/browser';

/**
 * Pages of a review without a poster (the diary fixture's Suspiria of 2018, as an import
 * before the TMDB lookup leaves it): its card, its facts box and its search result give the
 * text the whole width instead of keeping an empty poster column, on a phone and a desktop,
 * in both themes.
 */
let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser({ shared: 'diary' });
});
afterAll(() => site?.close());

/** How much of `box`'s inner width `content` takes, and how far in from its left edge it starts. */
const share = (page: Page, box: string, content: string) =>
  page.evaluate(
    ([box, content]) => {
      const outer = document.querySelector(box)!;
      const inner = outer.querySelector(content)!;
      const style = getComputedStyle(outer);
      const left = outer.getBoundingClientRect().left + parseFloat(style.paddingLeft);
      const width =
        outer.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const rect = inner.getBoundingClientRect();
      return { ratio: rect.width / width, indent: rect.left - left };
    },
    [box, content] as const,
  );

describe.each([390, 1280])('at %i px', (width) => {
  describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
    let page: Page;
    beforeAll(async () => {
      page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    });
    afterAll(() => page.close());

    test('the card of a review without a poster gives its text the whole card', async () => {
      await page.goto(`${site.server.origin}/`);
      const card = '.review-card:has(a[href="/reviews/suspiria-2018/"])';
      const { ratio, indent } = await share(page, card, '.review-card__body');
      expect(ratio).toBeGreaterThan(0.95);
      expect(Math.abs(indent)).toBeLessThan(2);
    });

    test('the facts box of a review without a poster gives the facts the whole box', async () => {
      await page.goto(`${site.server.origin}/reviews/suspiria-2018/`);
      const { ratio, indent } = await share(page, '.info-block', '.info-block__facts');
      expect(ratio).toBeGreaterThan(0.95);
      expect(Math.abs(indent)).toBeLessThan(2);
    });

    test('a search result without a poster gives its text the whole result', async () => {
      await page.goto(`${site.server.origin}/search/`);
      await page.locator('#search-query').pressSequentially('remake', { delay: 20 });
      const result = '.search-result:has(a[href="/reviews/suspiria-2018/"])';
      await page.waitForSelector(`marquee-search[aria-busy="false"] ${result}`);
      expect(await page.locator(`${result} .search-result__poster`).count()).toBe(0);
      const { ratio, indent } = await share(page, result, '.search-result__body');
      expect(ratio).toBeGreaterThan(0.95);
      expect(Math.abs(indent)).toBeLessThan(2);
    });
  });
});
