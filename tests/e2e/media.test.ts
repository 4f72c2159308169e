import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/browser';

let site: SiteInBrowser;
let context: BrowserContext;

beforeAll(async () => {
  site = await openSiteInBrowser({ shared: 'media' });
});

afterEach(async () => {
  await context?.close();
});

afterAll(() => site?.close());

/**
 * Opens the review with media. Every request that would leave 127.0.0.1 is recorded and
 * answered locally (the network is never reached): players get a stub page.
 */
async function openReview(
  options: { javaScriptEnabled?: boolean; reducedMotion?: 'reduce' | 'no-preference' } = {},
) {
  context = await site.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.reducedMotion && { reducedMotion: options.reducedMotion }),
  });
  const external: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      external.push(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>player</title><p>player</p>',
      });
    },
  );
  const page = await context.newPage();
  await page.goto(`${site.server.origin}/reviews/with-media/`, { waitUntil: 'networkidle' });
  return { page, external };
}

/** Scrolls through the whole page so every lazy image loads. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 400) await page.mouse.wheel(0, 400);
  await page.waitForLoadState('networkidle');
}

describe('the trailer facade', () => {
  test('no request leaves 127.0.0.1 before the reader presses play, even after scrolling through the page', async () => {
    const { page, external } = await openReview();
    await scrollThrough(page);
    expect(external).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
  });

  test('is a 16:9 frame showing the local poster', async () => {
    const { page } = await openReview();
    const frame = page.locator('.review__trailer marquee-trailer');
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    const poster = page.locator('.review__trailer picture img');
    const source = await poster.evaluate((img: HTMLImageElement) => new URL(img.currentSrc));
    expect(source.hostname).toBe('127.0.0.1');
    // Chromium takes the AVIF <source>; the <img>'s own srcset is the WebP for browsers without AVIF.
    expect(source.pathname).toMatch(/\.avif$/);
    // Until it loads, its blurred placeholder fills the same box.
    const background = await poster.evaluate((img) => [
      getComputedStyle(img).backgroundImage.slice(0, 25),
      getComputedStyle(img).backgroundSize,
    ]);
    expect(background).toEqual(['url("data:image/webp,RIFF', 'cover']);
  });

  test('pressing play loads the privacy-enhanced player, playing, titled, with a strict referrer policy', async () => {
    const { page, external } = await openReview();
    const link = page.locator('.review__trailer .marquee-trailer__link');
    expect(await link.getAttribute('role')).toBe('button');
    await link.click();
    const player = page.locator('.review__trailer iframe');
    await player.waitFor();
    expect(await player.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/ne6p6MfLBxc?autoplay=1',
    );
    expect(await player.getAttribute('title')).toBe('Trailer of Media Film');
    expect(await player.getAttribute('referrerpolicy')).toBe('strict-origin');
    expect((await player.getAttribute('allow'))?.split('; ')).toEqual([
      'autoplay',
      'fullscreen',
      'picture-in-picture',
    ]);
    await expect
      .poll(() => external)
      .toEqual(['https://www.youtube-nocookie.com/embed/ne6p6MfLBxc?autoplay=1']);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  });

  test('works from the keyboard, with a visible focus ring (Vimeo, do-not-track)', async () => {
    const { page, external } = await openReview();
    const link = page.locator('.review__body .marquee-trailer__link');
    await link.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(
      await link.evaluate(
        (element) =>
          element.matches(':focus-visible') && getComputedStyle(element).boxShadow !== 'none',
      ),
    ).toBe(true);
    await page.keyboard.press('Space');
    const player = page.locator('.review__body iframe');
    await player.waitFor();
    expect(await player.getAttribute('src')).toBe(
      'https://player.vimeo.com/video/182212442?dnt=1&autoplay=1',
    );
    expect(await player.getAttribute('title')).toBe('Teaser');
    await expect
      .poll(() => external)
      .toEqual(['https://player.vimeo.com/video/182212442?dnt=1&autoplay=1']);
  });

  test('without JavaScript it is a plain link to the video on its own site', async () => {
    const { page, external } = await openReview({ javaScriptEnabled: false });
    await page.locator('.review__trailer .marquee-trailer__link').click();
    await page.waitForURL('https://www.youtube.com/watch?v=ne6p6MfLBxc');
    expect(external).toEqual(['https://www.youtube.com/watch?v=ne6p6MfLBxc']);
  });
});

describe('the gallery lightbox', () => {
  const dialog = (page: Page) => page.locator('.review__gallery dialog');
  const shown = (page: Page) =>
    dialog(page).evaluate((element: HTMLDialogElement) => ({
      open: element.open,
      caption: element.querySelector('figcaption')?.textContent ?? '',
      counter: element.querySelector('.marquee-lightbox__counter')?.textContent ?? '',
      alt: element.querySelector('img')?.alt ?? '',
    }));

  test('opens on a thumbnail, moves with the keys, buttons and swipe, closes with Escape and gives focus back', async () => {
    const { page } = await openReview();
    const thumbnails = page.locator('.review__gallery .marquee-gallery__link');
    await thumbnails.nth(1).focus();
    await page.keyboard.press('Enter');
    expect(await shown(page)).toEqual({
      open: true,
      caption: 'The second still',
      counter: '2 / 3',
      alt: 'Circles at sunset',
    });
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
      true,
    );

    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toMatchObject({
      counter: '3 / 3',
      caption: '',
      alt: 'Blue and pink light',
    });
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toMatchObject({ counter: '1 / 3', caption: 'The first still' });
    await page.keyboard.press('ArrowLeft');
    expect(await shown(page)).toMatchObject({ counter: '3 / 3' });

    await dialog(page).locator('.marquee-lightbox__previous').click();
    expect(await shown(page)).toMatchObject({ counter: '2 / 3' });
    await dialog(page).locator('.marquee-lightbox__next').click();
    expect(await shown(page)).toMatchObject({ counter: '3 / 3' });

    const image = (await dialog(page).locator('img').boundingBox())!;
    await page.mouse.move(image.x + image.width * 0.7, image.y + image.height / 2);
    await page.mouse.down();
    await page.mouse.move(image.x + image.width * 0.2, image.y + image.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await shown(page)).toMatchObject({ open: true, counter: '1 / 3' });

    for (let step = 0; step < 6; step += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
        true,
      );
    }

    await page.keyboard.press('Escape');
    expect(await shown(page)).toMatchObject({ open: false });
    expect(await thumbnails.nth(1).evaluate((link) => link === document.activeElement)).toBe(true);
  });

  test('shows the full-size image and fetches the neighbours ahead', async () => {
    const { page } = await openReview();
    const hrefs = await page
      .locator('.review__gallery .marquee-gallery__link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.locator('.review__gallery .marquee-gallery__link').first().click();
    const image = dialog(page).locator('img');
    // 1600w is the candidate for a full-width view at 1280 px; the link points at the same file.
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc))
      .toBe(hrefs[0]);
    await expect.poll(() => hrefs.slice(1).every((href) => requested.includes(href))).toBe(true);
  });

  test('respects reduced motion', async () => {
    const { page } = await openReview({ reducedMotion: 'reduce' });
    await page.locator('.review__gallery .marquee-gallery__link').first().click();
    expect(
      await dialog(page)
        .locator('img')
        .evaluate((img) => getComputedStyle(img).animationName),
    ).toBe('none');
  });

  test('without JavaScript a thumbnail opens the full-size image itself', async () => {
    const { page } = await openReview({ javaScriptEnabled: false });
    const href = await page
      .locator('.review__gallery .marquee-gallery__link')
      .first()
      .getAttribute('href');
    await page.locator('.review__gallery .marquee-gallery__link').first().click();
    await page.waitForURL(`${site.server.origin}${href}`);
  });
});
