import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { notifyIndexNow } from '../../src/cli/indexnow';
import { buildSite, fixtureContent, type BuildResult } from '../helpers/build-site';

/** A site built with `INDEXNOW_KEY`: the key file, and the first ping naming every page. */
const KEY = 'marquee-indexnow-0123456789';
let build: BuildResult;

beforeAll(async () => {
  build = await buildSite({ content: fixtureContent('minimal'), env: { INDEXNOW_KEY: KEY } });
  if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
});
afterAll(() => build?.site.remove());

test('the build publishes /<key>.txt holding the key, and npm run indexnow sends the sitemap’s pages', async () => {
  expect(build.site.read(`${KEY}.txt`)).toBe(KEY);
  // A site without lists: no list page, and no word from Astro about an empty collection.
  expect(build.site.exists('lists/index.html')).toBe(false);
  expect(build.output).not.toContain('"lists" does not exist');
  const bodies: { host: string; keyLocation: string; urlList: string[] }[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      bodies.push(JSON.parse(text) as (typeof bodies)[number]);
      response.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const folder = mkdtempSync(path.join(tmpdir(), 'indexnow-'));
  try {
    const outcome = await notifyIndexNow({
      dist: build.site.dist,
      manifest: path.join(folder, 'manifest.json'),
      env: {
        INDEXNOW_KEY: KEY,
        INDEXNOW_ENDPOINT: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      },
      log: () => undefined,
    });
    expect(outcome).toBe('sent');
    const sitemap = build.site.read('sitemap-0.xml');
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.urlList).toEqual(pages);
    expect(bodies[0]!.keyLocation).toBe(new URL(`${KEY}.txt`, pages[0]).href);
  } finally {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
