import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/browser';
import { PAGE_TYPE_SITES, pagesOf } from '../helpers/fixture-sites';

/** axe-core, injected into each page as the browser sees it (contrast needs real rendering). */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Each theme and each width once (axe's findings depend on the colours and on what the
 * width shows, not on their pairing): half the run time of all four pairs, for two
 * sites of 18 page types each. The layout test covers all four pairs.
 */
const screens = [
  { name: 'light theme, desktop', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark theme, phone', colorScheme: 'dark', viewport: { width: 390, height: 844 } },
] as const;

/** axe's WCAG 2.2 AA violations on the open page, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    // WCAG rules, plus the landmark rules axe files under best practice (two "3월" regions on /archive/ once slipped through).
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: {
        'landmark-unique': { enabled: true },
        'landmark-no-duplicate-main': { enabled: true },
        'landmark-one-main': { enabled: true },
      },
    });
    return result.violations;
  })) as Violation[];
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * Links inside text (an inline link whose block holds other words) that only colour tells
 * apart: not underlined, where WCAG 1.4.1 (and axe's link-in-text-block, which only sees
 * the resting state) asks for an underline, or 3:1 contrast with the text around plus a
 * non-colour cue on hover and focus. Marquee underlines them, so any without is reported.
 */
function linksTellableOnlyByColour(page: Page) {
  return page.evaluate(() => {
    const inline = (element: Element) => getComputedStyle(element).display === 'inline';
    const words = (value: string) => value.replace(/[\s\p{P}\p{S}]+/gu, '');
    const found: string[] = [];
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (
        !inline(link) ||
        !link.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      )
        continue;
      if (!words(link.textContent ?? '')) continue; // an icon (a heading's "#" self-link), not a word
      let block = link.parentElement;
      while (block && inline(block)) block = block.parentElement;
      if (!block || !words((block.textContent ?? '').replace(link.textContent ?? '', ''))) continue;
      const underlined = (element: Element | null): boolean =>
        !!element &&
        (getComputedStyle(element).textDecorationLine.includes('underline') ||
          (element !== block && underlined(element.parentElement)));
      if (!underlined(link))
        found.push(
          `${block.className.replace(/\s*astro-\w+/g, '') || block.tagName.toLowerCase()} > a "${link.textContent?.trim()}"`,
        );
    }
    return found;
  });
}

describe.each(PAGE_TYPE_SITES)('$name', (fixture) => {
  let site: SiteInBrowser;

  beforeAll(async () => {
    site = await openSiteInBrowser({ shared: fixture.fixture });
  });

  afterAll(() => site?.close());

  describe.each(screens)('WCAG 2.2 AA, $name', ({ colorScheme, viewport }) => {
    test.each(pagesOf(fixture))(
      '%s (%s): no axe-core violations, every link in text underlined',
      async (_type, path) => {
        // axe is injected as an inline script, which the site's CSP would block (tests/e2e/csp.test.ts checks the policy).
        const page = await site.browser.newPage({ colorScheme, viewport, bypassCSP: true });
        await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
        await page.goto(`${site.server.origin}${encodeURI(path)}`);
        expect.soft(await linksTellableOnlyByColour(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      },
    );
  });
});
