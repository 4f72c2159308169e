import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { fixtureContent } from '../helpers/build-site';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { copyProject } from '../helpers/check-site';

const root = copyProject(fixtureContent('minimal'));
const post = path.join(root, 'content/reviews/good/index.md');
const good = readFileSync(post, 'utf8');
let server: DevServer | undefined;

/** Saves the post as an editor does, in one step (the watcher never sees half a file). */
function save(text: string) {
  writeFileSync(`${post}.partial`, text);
  renameSync(`${post}.partial`, post);
}

afterAll(() => {
  server?.stop();
  rmSync(root, { recursive: true, force: true });
});

test('under npm run dev, an open tab shows the overlay when a post breaks and the page again when it is fixed, for a frontmatter and a body mistake; a new tab shows it too; the terminal says each once', async () => {
  server = await startDevServer(root);
  const { origin } = server;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/reviews/good/`);
    await expect.poll(() => page.locator('h1').count(), { timeout: 60_000 }).toBeGreaterThan(0);

    const overlay = page.locator('vite-error-overlay');
    const overlayText = () =>
      overlay.evaluate((element) => element.shadowRoot?.textContent ?? '').catch(() => '');

    // A frontmatter mistake, then its fix.
    save(good.replace(/^title: .*$/m, 'ratng: 4\n$&'));
    await expect.poll(overlayText, { timeout: 60_000 }).toContain('ratng: unknown key');
    save(good);
    await expect.poll(() => overlay.count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => page.locator('h1').count(), { timeout: 60_000 }).toBeGreaterThan(0);

    // A body mistake, then its fix.
    save(`${good}\n::trailr[x]\n`);
    await expect.poll(overlayText, { timeout: 60_000 }).toContain('::trailr: unknown directive');

    // A tab opened while the post is broken shows the overlay too.
    const other = await browser.newPage();
    await other.goto(`${origin}/`);
    await expect
      .poll(
        () =>
          other
            .locator('vite-error-overlay')
            .evaluate((element) => element.shadowRoot?.textContent ?? '')
            .catch(() => ''),
        { timeout: 60_000 },
      )
      .toContain('content/reviews/good/index.md');

    save(good);
    await expect.poll(() => overlay.count(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => page.locator('h1').count(), { timeout: 60_000 }).toBeGreaterThan(0);
  } finally {
    await browser.close();
  }
  // The terminal says it once per mistake, without a stack trace.
  const log = server.log();
  expect(log.split('::trailr: unknown directive').length - 1, log).toBe(1);
  expect(log.split('ratng: unknown key').length - 1).toBe(1);
  expect(log).not.toMatch(/^\s+at /m);
}, 240_000);
