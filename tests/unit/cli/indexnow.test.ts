import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { notifyIndexNow } from '../../../src/cli/indexnow';
import { pageHash, readIndexNowKey } from '../../../src/lib/indexnow/indexnow';
import { repoRoot } from '../../helpers/build-site';

const KEY = 'a1b2c3d4e5f60718';
const SITE = 'https://reviews.example.com/blog/';

/** A built site as the sitemap integration writes it: index, one sitemap, pages, the key file. */
function writeDist(dist: string, pages: Record<string, string>, key = KEY): void {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(
    path.join(dist, 'sitemap-index.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${SITE}sitemap-0.xml</loc></sitemap></sitemapindex>`,
  );
  const locs = Object.keys(pages).map((page) => `<url><loc>${SITE}${page}</loc></url>`);
  writeFileSync(
    path.join(dist, 'sitemap-0.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.join('')}</urlset>`,
  );
  for (const [page, main] of Object.entries(pages)) {
    const folder = path.join(dist, decodeURIComponent(page));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'index.html'),
      `<!doctype html><html><head><title>t</title><link rel="stylesheet" href="/_astro/x.${Math.floor(main.length)}.css"></head><body><main>${main}</main></body></html>`,
    );
  }
  if (key) writeFileSync(path.join(dist, `${key}.txt`), key);
}

let server: Server;
let endpoint: string;
let status = 200;
const received: { method?: string | undefined; type?: string | undefined; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({
        method: request.method,
        type: request.headers['content-type'],
        body: JSON.parse(text) as unknown,
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/indexnow`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let folder: string;
let dist: string;
let manifest: string;
let lines: string[];
const run = (env: Record<string, string | undefined> = {}) =>
  notifyIndexNow({
    dist,
    manifest,
    env: { INDEXNOW_KEY: KEY, INDEXNOW_ENDPOINT: endpoint, ...env },
    log: (line) => lines.push(line),
  });

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'indexnow-'));
  dist = path.join(folder, 'dist');
  manifest = path.join(folder, 'cache', 'manifest.json');
  lines = [];
  received.length = 0;
  status = 200;
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run indexnow', () => {
  test('the first deploy sends every page; the request is IndexNow’s JSON body', async () => {
    writeDist(dist, { '': 'home', 'reviews/her/': 'Her', 'lists/%EC%98%AC%ED%95%B4/': '올해' });
    expect(await run()).toBe('sent');
    expect(received).toEqual([
      {
        method: 'POST',
        type: 'application/json; charset=utf-8',
        body: {
          host: 'reviews.example.com',
          key: KEY,
          keyLocation: `${SITE}${KEY}.txt`,
          urlList: [SITE, `${SITE}lists/%EC%98%AC%ED%95%B4/`, `${SITE}reviews/her/`],
        },
      },
    ]);
    expect(lines).toEqual([`IndexNow: sent 3 pages to ${endpoint}`]);
  });

  test('a later deploy sends only the pages added or changed; a new stylesheet is no change', async () => {
    writeDist(dist, { '': 'home', 'reviews/her/': 'Her', 'reviews/aftersun/': 'Aftersun' });
    await run();
    received.length = 0;
    writeDist(dist, {
      '': 'home, with a new review',
      'reviews/her/': 'Her',
      'reviews/aftersun/': 'Aftersun',
      'reviews/paterson/': 'Paterson',
    });
    // The home page's stylesheet name changed with its content; her's page kept both.
    expect(await run()).toBe('sent');
    expect((received[0]?.body as { urlList: string[] }).urlList).toEqual([
      SITE,
      `${SITE}reviews/paterson/`,
    ]);
    received.length = 0;
    expect(await run()).toBe('unchanged');
    expect(received).toEqual([]);
    expect(lines.at(-1)).toBe('IndexNow: no page added or changed since the last deploy');
  });

  test('a failing endpoint is one warning line, and its pages are sent again next time', async () => {
    writeDist(dist, { '': 'home', 'reviews/her/': 'Her' });
    status = 500;
    expect(await run()).toBe('failed');
    expect(lines).toEqual([
      `warning: IndexNow: ${endpoint} answered HTTP 500; the deploy goes on, and the next deploy sends these pages again`,
    ]);
    status = 202;
    expect(await run()).toBe('sent');
    expect((received[1]?.body as { urlList: string[] }).urlList).toHaveLength(2);
  });

  test('an unreachable endpoint, a missing key file: a warning, nothing saved', async () => {
    writeDist(dist, { '': 'home' });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const nobody = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/indexnow`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await run({ INDEXNOW_ENDPOINT: nobody })).toBe('failed');
    expect(lines[0]).toBe(
      `warning: IndexNow: ${nobody} could not be reached (ECONNREFUSED); the deploy goes on, and the next deploy sends these pages again`,
    );
    writeDist(dist, { '': 'home' }, '');
    expect(await run()).toBe('failed');
    expect(lines[1]).toContain(`found no ${path.join(dist, `${KEY}.txt`)} holding the key`);
    expect(received).toEqual([]);
    expect(() => readFileSync(manifest)).toThrow();
  });

  test('off without a key; a malformed key is named', async () => {
    writeDist(dist, { '': 'home' });
    expect(await run({ INDEXNOW_KEY: '' })).toBe('off');
    expect(lines).toEqual([
      'IndexNow: off (set INDEXNOW_KEY to notify Naver and Bing of new pages)',
    ]);
    expect(received).toEqual([]);
    expect(readIndexNowKey({ INDEXNOW_KEY: 'short' }).problem).toBe(
      'INDEXNOW_KEY: found "short" (5 characters), expected 8 to 128 letters, digits and dashes, such as the key bing.com/indexnow generates',
    );
  });

  test('the page hash reads the title and <main>, not the head', () => {
    const page = (css: string, main: string) =>
      `<html><head><title>A</title><link href="${css}"></head><body><main>${main}</main></body></html>`;
    expect(pageHash(page('a.css', 'x'))).toBe(pageHash(page('b.css', 'x')));
    expect(pageHash(page('a.css', 'x'))).not.toBe(pageHash(page('a.css', 'y')));
  });

  test('the deploy step runs it with plain Node.js, and a failing ping exits 0', async () => {
    writeDist(dist, { '': 'home' });
    status = 503;
    const { stdout } = await promisify(execFile)(
      path.join(repoRoot, 'node_modules', '.bin', 'node'),
      ['src/cli/indexnow.ts', '--dist', dist, '--manifest', manifest],
      { cwd: repoRoot, env: { ...process.env, INDEXNOW_KEY: KEY, INDEXNOW_ENDPOINT: endpoint } },
    );
    expect(stdout.trim().split('\n')).toEqual([
      `warning: IndexNow: ${endpoint} answered HTTP 503; the deploy goes on, and the next deploy sends these pages again`,
    ]);
    expect(received).toHaveLength(1);
  });
});
