import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSiteInBrowser, type SiteInBrowser } from '../helpers/browser';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser({ shared: 'minimal' });
});

afterAll(() => site?.close());

const background = () => getComputedStyle(document.body).backgroundColor;

test('the theme follows the system, and the toggle switches it and remembers the choice', async () => {
  const context = await site.browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}/reviews/good/`);
  const toggle = page.locator('theme-toggle button');
  expect(await page.evaluate(background)).toBe('rgb(20, 19, 18)');
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');

  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(background)).toBe('rgb(251, 250, 247)');
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');

  await page.goto(`${site.server.origin}/`);
  expect(await page.evaluate(background)).toBe('rgb(251, 250, 247)');
  expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
  await context.close();
});

test('without JavaScript the toggle is hidden and the system theme applies', async () => {
  const context = await site.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}/`);
  expect(await page.locator('theme-toggle button').isVisible()).toBe(false);
  await context.close();
});
