import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildSite, type BuildOptions, type BuildResult } from './build-site';
import { sharedBuild } from './shared-build';

/** Debian's Chromium unless `MARQUEE_CHROMIUM` points elsewhere. */
export const chromiumPath = process.env.MARQUEE_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built `dist/` on 127.0.0.1 like a static host (directory index, 404.html),
 * under `base` when the site has a base path (`/blog/`: `dist/index.html` is `/blog/`).
 */
export async function serveStatic(dist: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(dist, pathname.slice(base.length));
    if (!file.startsWith(dist)) file = dist;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = pathname.startsWith(base) && existsSync(file);
    if (!found) file = path.join(dist, '404.html');
    response.writeHead(found ? 200 : 404, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A fixture site built, served on 127.0.0.1 and opened in Chromium, for one test file. */
export interface SiteInBrowser {
  build: BuildResult;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds a site (see `buildSite`), or takes the run's shared build of fixture `shared`
 * (see `sharedBuild`), serves its `dist/` under `base` and launches Chromium.
 * Call in `beforeAll`, and `close()` in `afterAll`.
 */
export async function openSiteInBrowser(
  options: BuildOptions & { base?: string; shared?: string } = {},
): Promise<SiteInBrowser> {
  const { base = '/', shared, ...buildOptions } = options;
  const build = shared ? await sharedBuild(shared) : await buildSite(buildOptions);
  if (!build.ok) {
    build.site.remove();
    throw new Error(`The site did not build:\n${build.output}`);
  }
  const server = await serveStatic(build.site.dist, base);
  const browser = await launchBrowser();
  return {
    build,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      build.site.remove();
    },
  };
}
