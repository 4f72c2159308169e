import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/browser';
import { repoRoot } from '../helpers/build-site';

/**
 * The film list pages of the lists fixture at a phone's and a desktop's width, in both
 * themes: nothing wider than the screen, no film title broken inside a word, posters and
 * placeholders the same size in a row, no axe violation. Each view is saved to
 * docs/screenshots/ (list-phone-light.png …), the README's pictures of a list, when
 * UPDATE_SCREENSHOTS=1.
 */
const views = [390, 1280].flatMap((width) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })),
);

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (d: Document, o: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return (
      await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })
    ).violations;
  })) as { id: string; nodes: { target: string[] }[] }[];
  return violations.map(
    ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** What does not fit: sideways scrolling, film titles cut inside a word, posters of unequal size in a row. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) found.push('the page scrolls sideways');
    for (const element of document.querySelectorAll('.film-grid__title, .list-poster__title, h1')) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) found.push(`"${match[0]}" broken across lines`);
        }
      }
    }
    const posters = [...document.querySelectorAll('.film-grid .list-poster')].map((poster) =>
      poster.getBoundingClientRect(),
    );
    for (const box of posters) {
      const row = posters.filter((other) => Math.round(other.top) === Math.round(box.top));
      if (
        row.some(
          (other) =>
            Math.abs(other.height - box.height) > 1 || Math.abs(other.width - box.width) > 1,
        )
      )
        found.push(`posters of unequal size in the row at ${Math.round(box.top)}`);
      if (box.height < 100) found.push(`a poster ${Math.round(box.height)} px tall`);
    }
    return [...new Set(found)];
  });
}

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser({ shared: 'lists' });
});
afterAll(() => site?.close());

describe.each(views)('at $width px, $colorScheme theme', ({ width, colorScheme }) => {
  test.each([
    ['a ranked list', '/lists/best-of-2022/', 'list'],
    ['an unranked list', '/lists/rainy-days/', undefined],
    ['the lists page', '/lists/', 'lists'],
  ])('%s (%s) fits, keeps its titles whole and passes axe', async (_name, pagePath, shot) => {
    const page = await site.browser.newPage({
      viewport: { width, height: 900 },
      colorScheme,
      bypassCSP: true,
    });
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${site.server.origin}${pagePath}`);
    await page.evaluate(() => document.fonts.ready);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // The README's pictures, written only when asked for (a test run leaves docs/ alone).
    if (shot && process.env.UPDATE_SCREENSHOTS === '1') {
      const folder = path.join(repoRoot, 'docs', 'screenshots');
      mkdirSync(folder, { recursive: true });
      await page.screenshot({
        path: path.join(folder, `${shot}-${width < 600 ? 'phone' : 'desktop'}-${colorScheme}.png`),
        fullPage: true,
      });
    }
    await page.close();
  });
});
