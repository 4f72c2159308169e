/**
 * IndexNow (indexnow.org), which Naver and Bing read: after a deploy, the addresses of the
 * pages it added or changed are sent to one endpoint, which shares them with the others.
 * Which pages changed is known from a manifest of the last deploy (each page's address and a
 * hash of what readers see on it), kept in the deploy cache. This module imports nothing but
 * Node's own modules, so the deploy job runs it with plain Node.js (no `npm ci`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What IndexNow accepts as a key: 8 to 128 letters, digits and dashes. */
const KEY = /^[A-Za-z0-9-]{8,128}$/;

/** The endpoint that shares a submission with every IndexNow engine. */
export const DEFAULT_ENDPOINT = 'https://api.indexnow.org/indexnow';

/** IndexNow takes at most 10,000 addresses in one request. */
export const MAX_URLS = 10_000;

/**
 * `INDEXNOW_KEY` from the environment: `undefined` when unset or empty (IndexNow is off),
 * the key when valid; otherwise a message saying what is wrong.
 */
export function readIndexNowKey(env: Record<string, string | undefined> = process.env): {
  key?: string;
  problem?: string;
} {
  const key = env.INDEXNOW_KEY?.trim();
  if (!key) return {};
  if (KEY.test(key)) return { key };
  const shown = key.length > 40 ? `${key.slice(0, 37)}…` : key;
  return {
    problem: `INDEXNOW_KEY: found "${shown}" (${key.length} characters), expected 8 to 128 letters, digits and dashes, such as the key bing.com/indexnow generates`,
  };
}

/** Page addresses and a hash of each page's content: the state of one deploy. */
export type Manifest = Record<string, string>;

/** Every `<loc>` of an XML sitemap (or sitemap index). */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) =>
    match[1]!.replaceAll('&amp;', '&'),
  );
}

/**
 * The hash of what a reader sees on a page: its `<title>` and `<main>`, when it has them.
 * The rest of the page changes with every change of the site's code (hashed stylesheet and
 * script names, the CSP in `<head>`), which is no news for a search engine.
 */
export function pageHash(html: string): string {
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  const main = /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0];
  return createHash('sha256')
    .update(main === undefined ? html : title + main)
    .digest('hex')
    .slice(0, 32);
}

/** The file under `dist` that a page address of the site (under `base`) was built into. */
function builtFile(dist: string, url: URL, base: string): string | undefined {
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) return undefined;
  const relative = pathname.slice(base.length);
  return path.join(
    dist,
    relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative,
  );
}

/**
 * The state of a built site: its address (where its sitemaps are) and every page its
 * sitemaps list (`sitemap-index.xml` and the sitemaps it names), with the hash of its file.
 */
export function siteManifest(dist: string): { site: string; pages: Manifest } {
  const index = path.join(dist, 'sitemap-index.xml');
  if (!existsSync(index))
    throw new Error(`found no sitemap-index.xml in ${dist}; build the site first`);
  const sitemaps = sitemapLocations(readFileSync(index, 'utf8'));
  if (!sitemaps[0]) throw new Error(`found no sitemap in ${index}`);
  const site = new URL('.', sitemaps[0]).href;
  const base = new URL(site).pathname;
  const pages: Manifest = {};
  for (const sitemap of sitemaps) {
    const sitemapFile = path.join(dist, path.posix.basename(new URL(sitemap).pathname));
    if (!existsSync(sitemapFile)) continue;
    for (const loc of sitemapLocations(readFileSync(sitemapFile, 'utf8'))) {
      const url = new URL(loc);
      const file = builtFile(dist, url, base);
      if (file && existsSync(file)) pages[url.href] = pageHash(readFileSync(file, 'utf8'));
    }
  }
  return { site, pages };
}

/** Addresses that are new in `current`, or whose content changed since `previous`, in order. */
export function changedUrls(previous: Manifest, current: Manifest): string[] {
  return Object.keys(current)
    .filter((url) => previous[url] !== current[url])
    .sort();
}

/** The body IndexNow expects (`host`, `key`, `keyLocation`, `urlList`). */
export interface IndexNowRequest {
  host: string;
  key: string;
  keyLocation: string;
  urlList: string[];
}

/**
 * The request for `urls` of the site at `siteUrl` (its address with the base path): the key
 * file is `<key>.txt` under the base path, where the build writes it.
 */
export function indexNowRequest(siteUrl: string, key: string, urls: string[]): IndexNowRequest {
  const site = new URL(siteUrl);
  return {
    host: site.host,
    key,
    keyLocation: new URL(`${key}.txt`, site.href.endsWith('/') ? site.href : `${site.href}/`).href,
    urlList: urls.slice(0, MAX_URLS),
  };
}
