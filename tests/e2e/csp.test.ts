import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser';
import { buildSite, repoRoot, type BuildResult } from '../helpers/build-site';

/**
 * The Content-Security-Policy on, as a host that reads `_headers` serves it (header and
 * `<meta>` both enforced): every page type is opened and used (trailer played, lightbox
 * opened, search run, theme toggled) and any CSP violation or console error fails.
 */
let build: BuildResult;
let server: StaticServer;
let withHeaders: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];

/** The `_headers` lines for `/*` as header pairs. */
function headers(dist: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path.join(dist, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map(
        (line) =>
          line
            .trim()
            .split(/: (.*)/s)
            .slice(0, 2) as [string, string],
      ),
  );
}

beforeAll(async () => {
  build = await buildSite({ content: path.join(repoRoot, 'tests/fixtures/sites/media/content') });
  if (!build.ok) throw new Error(build.output);
  server = await serveStatic(build.site.dist);
  const extra = headers(build.site.dist);
  // A proxy in front of the static server that adds the _headers, as Netlify would.
  withHeaders = createServer((request, response) => {
    void fetch(`${server.origin}${request.url}`).then(async (upstream) => {
      response.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'text/plain',
        ...extra,
      });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => withHeaders.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(withHeaders.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  // Players and other hosts are answered locally: the network is never reached.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>player</title><p>player</p>',
      }),
  );
});

afterAll(async () => {
  await browser?.close();
  withHeaders?.close();
  await server?.close();
  build?.site.remove();
});

async function open(pathname: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${pathname}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${pathname}: ${error.message}`));
  const response = await page.goto(`${origin}${pathname}`, { waitUntil: 'networkidle' });
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  return page;
}

describe('with the Content-Security-Policy on', () => {
  test('the policy has no unsafe-inline for scripts and only the video hosts as frames', () => {
    const policy = headers(build.site.dist)['Content-Security-Policy']!;
    const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(script).not.toContain('unsafe-inline');
    expect(/frame-src ([^;]*)/.exec(policy)?.[1]).toBe(
      'https://player.vimeo.com https://www.youtube-nocookie.com',
    );
    expect(headers(build.site.dist)['X-Content-Type-Options']).toBe('nosniff');
    expect(headers(build.site.dist)['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  test.each([
    '/',
    '/archive/',
    '/diary/',
    '/stats/',
    '/genres/',
    '/tags/',
    '/reviews/plain/',
    '/404.html',
  ])('%s loads without a violation', async (pathname) => {
    const page = await open(pathname);
    await page.close();
    expect(problems).toEqual([]);
  });

  test('a review: play the trailer, open the lightbox, toggle the theme', async () => {
    const page = await open('/reviews/with-media/');
    await page.locator('.review__trailer .marquee-trailer__link').click();
    await page.locator('.review__trailer iframe').waitFor();
    await page.locator('.review__gallery .marquee-gallery__link').first().click();
    await page.locator('.review__gallery dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('theme-toggle button').click();
    await page.waitForTimeout(200);
    await page.close();
    expect(problems).toEqual([]);
  });

  test('search runs (Pagefind and its WebAssembly)', async () => {
    const page = await open('/search/');
    await page.locator('#search-query').pressSequentially('Text', { delay: 20 });
    await page.waitForFunction(
      () => (document.querySelector('.search__status')?.textContent ?? '').trim() !== '',
    );
    await page.waitForTimeout(500);
    await page.close();
    expect(problems).toEqual([]);
  });
});
