import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/browser';
import { PAGE_TYPE_SITES, pagesOf } from '../helpers/fixture-sites';

/**
 * Every page type of the Korean and the English fixture site, at a phone's and a desktop's
 * width, in both themes: nothing wider than the screen, no table header or film title
 * broken inside a word, every header link on screen and clickable. Korean glyphs come from
 * Pretendard (self-hosted) whatever the machine has.
 */
const widths = [390, 1280];

const themes = ['light', 'dark'] as const;

/** Elements wider than the viewport or reaching past its right edge (visually hidden ones aside). */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (!box.width || element.closest('.visually-hidden, [hidden], dialog')) continue;
      if (box.right > width + 1 || box.left < -1)
        found.push(
          `${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
    }
    return found;
  });
}

/** Words (runs without spaces) in `selector`'s text that a line break cuts in two. */
function brokenWords(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent ?? '';
        for (const match of value.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(
            [...range.getClientRects()]
              .filter((rect) => rect.width > 0)
              .map((rect) => Math.round(rect.top)),
          );
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/** Table headers whose text is wider than their cell, so that it runs into the next column ("Watched" over "Film"). */
function crampedHeaders(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('th')]
      .filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const style = getComputedStyle(cell);
        const room =
          cell.getBoundingClientRect().width -
          parseFloat(style.paddingLeft) -
          parseFloat(style.paddingRight);
        return cell.checkVisibility() && range.getBoundingClientRect().width > room + 1;
      })
      .map((cell) => cell.textContent?.trim()),
  );
}

/** Header links that are off screen or covered by something else. */
function unreachableLinks(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLAnchorElement>('.site-header a')]
      .filter((link) => {
        const box = link.getBoundingClientRect();
        if (box.left < 0 || box.right > width || box.width === 0) return true;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !hit || !link.contains(hit);
      })
      .map((link) => link.textContent?.trim());
  });
}

describe.each(PAGE_TYPE_SITES)('$name', (fixture) => {
  let site: SiteInBrowser;

  beforeAll(async () => {
    site = await openSiteInBrowser({ shared: fixture.fixture });
  });

  afterAll(() => site?.close());

  describe.each(themes.flatMap((colorScheme) => widths.map((width) => ({ width, colorScheme }))))(
    'at $width px, $colorScheme theme',
    ({ width, colorScheme }) => {
      test.each(pagesOf(fixture))(
        '%s (%s) fits the screen, breaks no heading word, keeps the header links reachable and table headers in their cells',
        async (_type, path) => {
          const page = await site.browser.newPage({
            viewport: { width, height: 900 },
            colorScheme,
          });
          await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
          await page.goto(`${site.server.origin}${encodeURI(path)}`);
          await page.evaluate(() => document.fonts.ready);
          expect(await overflowing(page)).toEqual([]);
          expect(
            await brokenWords(
              page,
              'th, .review-header__film-title, .diary-month__film a, .review-card__film, h1',
            ),
          ).toEqual([]);
          expect(await unreachableLinks(page)).toEqual([]);
          expect(await crampedHeaders(page)).toEqual([]);
          await page.close();
        },
      );
    },
  );

  test('cards in one row are one height, at 1280 px', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.origin}/`);
    const rows = await page.locator('.review-card').evaluateAll((cards) => {
      const byTop = new Map<number, number[]>();
      for (const card of cards) {
        const box = card.getBoundingClientRect();
        byTop.set(Math.round(box.top), [
          ...(byTop.get(Math.round(box.top)) ?? []),
          Math.round(box.height),
        ]);
      }
      return [...byTop.values()].filter((heights) => heights.length > 1);
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const heights of rows)
      expect(new Set(heights).size, `heights in a row: ${heights.join(', ')}`).toBe(1);
    await page.close();
  });

  test('gallery captions are aligned alike in the body and in the frontmatter gallery', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.origin}/reviews/her/`);
    const alignments = await page
      .locator('.marquee-gallery__caption')
      .evaluateAll((captions) => captions.map((caption) => getComputedStyle(caption).textAlign));
    expect(alignments.length).toBeGreaterThan(1);
    expect(new Set(alignments)).toEqual(new Set(['start']));
    expect(await page.locator('.review__body .marquee-gallery__caption').count()).toBeGreaterThan(
      0,
    );
    expect(
      await page.locator('.review__gallery .marquee-gallery__caption').count(),
    ).toBeGreaterThan(0);
    await page.close();
  });

  test('a review prints as an article: no navigation, players or comments; external links show their address', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.origin}/reviews/her/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => element.checkVisibility());
    for (const selector of ['.site-header', '.site-footer', 'marquee-trailer', '.prev-next'])
      expect(await shown(selector), selector).toBe(false);
    expect(await shown('.review__body')).toBe(true);
    const after = await page
      .locator('.info-block__links a')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://www.imdb.com/title/');
    await page.close();
  });
});
