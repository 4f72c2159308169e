import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/browser';

/** axe-core, injected into each page as the browser sees it (contrast needs real rendering). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser({ shared: 'sample' });
});

afterAll(() => site?.close());

const pages = [
  '/',
  '/page/2/',
  '/reviews/her/',
  '/reviews/paterson/',
  '/genres/',
  '/people/',
  '/tags/비-오는-날/',
  '/archive/',
  '/diary/',
  '/stats/',
  '/search/',
  '/404.html',
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const screens = [
  { name: 'light theme, desktop', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark theme, desktop', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  { name: 'light theme, phone', colorScheme: 'light', viewport: { width: 390, height: 844 } },
] as const;

describe.each(screens)('WCAG 2.2 AA, $name (axe-core)', ({ colorScheme, viewport }) => {
  test.each(pages)('%s has no violations', async (path) => {
    // axe is injected as an inline script, which the site's CSP would block (tests/e2e/csp.test.ts checks the policy).
    const page = await site.browser.newPage({ colorScheme, viewport, bypassCSP: true });
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${site.server.origin}${encodeURI(path)}`);
    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
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
    await page.close();
    expect(
      violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  });
});
