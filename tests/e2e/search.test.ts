import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/browser';

/** The sample site under a base path, as a blog hosted at https://marquee.example.com/blog/. */
const BASE = '/blog/';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser({
    base: BASE,
    edit(root) {
      const config = path.join(root, 'content/site.config.ts');
      writeFileSync(
        config,
        readFileSync(config, 'utf8').replace(
          "url: 'https://marquee.example.com/'",
          `url: 'https://marquee.example.com${BASE}'`,
        ),
      );
    },
  });
});

afterAll(() => site?.close());

interface Result {
  href: string;
  title: string;
  film: string;
  rating: string;
  excerpt: string;
  excerptHtml: string;
  marked: string[];
  posterLoaded: boolean;
}

/** Opens the search page, types `query` like a reader, and returns what the page then shows. */
async function search(
  query: string,
  filters: Record<string, string> = {},
): Promise<{ page: Page; status: string; results: Result[] }> {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.origin}${BASE}search/`);
  for (const [name, value] of Object.entries(filters))
    await page.selectOption(`select[name="${name}"]`, value);
  if (query) await page.locator('#search-query').pressSequentially(query, { delay: 20 });
  await page.waitForSelector('marquee-search[aria-busy="false"]');
  const status = (await page.locator('.search__status').textContent()) ?? '';
  const results = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => {
      const part = (name: string) => item.querySelector(`.search-result__${name}`);
      const poster = part('poster') as HTMLImageElement | null;
      return {
        href: part('link')?.getAttribute('href') ?? '',
        title: part('link')?.textContent ?? '',
        film: part('film')?.textContent ?? '',
        rating: part('rating')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        excerpt: part('excerpt')?.textContent ?? '',
        excerptHtml: part('excerpt')?.innerHTML ?? '',
        marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
        posterLoaded: Boolean(poster?.complete && poster.naturalWidth > 0),
      };
    }),
  );
  return { page, status, results };
}

const slugs = (results: Result[]) =>
  results.map((result) => result.href.replace(`${BASE}reviews/`, '').replace(/\/$/, ''));

describe('searching in Korean', () => {
  test('a bare noun finds the review that has it with a particle (테오도르 → 테오도르는)', async () => {
    const { page, status, results } = await search('테오도르');
    expect(slugs(results)).toEqual(['her']);
    expect(status).toBe('리뷰 1편');
    const [her] = results;
    expect(her).toMatchObject({
      href: `${BASE}reviews/her/`,
      title: '그녀, 목소리만으로 사랑에 빠질 수 있을까',
      film: '그녀 (2013)',
      posterLoaded: true,
    });
    expect(her!.rating).toContain('5점 만점에 4.5점');
    expect(her!.marked.length).toBeGreaterThan(0);
    expect(her!.marked.every((word) => word.startsWith('테오도르'))).toBe(true);
    expect(her!.excerpt).not.toContain('|~');
    await page.close();
  });

  test('a word inside a compound is found (추천 → 영화추천을), with a clean snippet', async () => {
    const { page, results } = await search('추천');
    expect(slugs(results)).toEqual(['little-forest']);
    expect(results[0]!.marked).toEqual(['영화추천을']);
    expect(results[0]!.excerpt).toContain('주말에 볼 영화추천을 부탁하면');
    await page.close();
  });

  test('a particle in the query does not stand in the way (테오도르를 → 테오도르는)', async () => {
    const { page, results } = await search('테오도르를');
    expect(slugs(results)).toEqual(['her']);
    await page.close();
  });

  test('words that only a spoiler block holds find nothing', async () => {
    // Her's :::spoiler says "동시에 대화하고 있었다는 고백"; nothing else on the site does.
    const { page, status, results } = await search('대화하고');
    expect(results).toEqual([]);
    expect(status).toBe('찾는 리뷰가 없습니다.');
    await page.close();
  });
});

describe('filters', () => {
  test('a genre narrows the results of a query', async () => {
    const all = await search('영화');
    const romance = await search('영화', { genre: '로맨스' });
    expect(slugs(romance.results).length).toBeGreaterThan(0);
    expect(slugs(romance.results).length).toBeLessThan(slugs(all.results).length);
    for (const slug of slugs(romance.results))
      expect(['her', 'columbus', 'decision-to-leave']).toContain(slug);
    await all.page.close();
    await romance.page.close();
  });

  test('filters alone list the matching reviews, newest first', async () => {
    const { page, results } = await search('', { year: '2022' });
    expect(slugs(results)).toEqual(['aftersun', 'decision-to-leave']);
    await page.close();
  });

  test('a minimum rating keeps the reviews rated at or above it, and the address keeps the search', async () => {
    const { page, results } = await search('', { rating: '4.5' });
    expect(slugs(results).sort()).toEqual(['aftersun', 'decision-to-leave', 'her']);
    expect(new URL(page.url()).search).toBe('?rating=4.5');
    await page.close();
  });
});

describe('the search page', () => {
  test('is linked from the header under the base path', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${BASE}`);
    await page.locator('.site-header a', { hasText: '검색' }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}search/`);
    await page.close();
  });

  test('says that search needs JavaScript when it is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${BASE}search/`);
    // Playwright counts nothing inside <noscript> as visible, so measure the message instead.
    const message = page.locator('noscript p');
    expect(await message.textContent()).toBe('검색하려면 JavaScript를 켜 주세요.');
    expect((await message.boundingBox())?.height).toBeGreaterThan(0);
    expect(await page.locator('.search__form').isVisible()).toBe(false);
    await context.close();
  });
});

describe('film facts in results', () => {
  test('a match in the cast finds the review, quotes its summary, never the info block, and shows film and director as lines', async () => {
    const { page, results } = await search('호아킨');
    expect(slugs(results)).toEqual(['her']);
    const [her] = results;
    expect(her!.film).toBe('그녀 (2013)');
    expect(her!.excerpt).toBe(
      '스파이크 존즈의 〈그녀〉를 다시 보며 적은 기록. 외로움과 연결, 그리고 끝내 놓아주는 사랑에 대하여.',
    );
    expect(await page.locator('.search-result__director').first().textContent()).toBe(
      '감독 스파이크 존즈',
    );
    await page.close();
  });

  test('a snippet never runs the info block together ("청소년 관람불가 2014. 5. 22. …")', async () => {
    const { page, results } = await search('관람불가');
    for (const result of results) expect(result.excerpt).not.toMatch(/관람불가\s*\d{4}\./);
    await page.close();
  });
});
