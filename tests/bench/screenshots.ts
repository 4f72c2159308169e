/**
 * Screenshots of the built sample site (`npm run build` first) for docs/: home, a review
 * and the diary, on a phone (390 px) and a desktop (1280 px), light and dark.
 * `npx vite-node tests/bench/screenshots.ts -- [out-dir] [path…]`
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, serveStatic } from '../helpers/browser';
import { repoRoot } from '../helpers/build-site';

const [out = path.join(repoRoot, 'docs'), ...paths] = process.argv
  .slice(2)
  .filter((arg) => arg !== '--');
const pages = paths.length
  ? paths.map((page) => ({ name: page.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home', page }))
  : [
      { name: 'home', page: '/' },
      { name: 'review', page: '/reviews/her/' },
      { name: 'diary', page: '/diary/' },
    ];
const views = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

mkdirSync(out, { recursive: true });
const server = await serveStatic(path.join(repoRoot, 'dist'));
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const view of views) {
      const page = await browser.newPage({
        viewport: { width: view.width, height: view.height },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      for (const { name, page: url } of pages) {
        await page.goto(`${server.origin}${url}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(out, `${name}-${view.name}-${scheme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
