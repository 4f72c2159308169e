/**
 * `npm run indexnow`: tells IndexNow (Naver, Bing and the other engines that share it) which
 * pages the deploy added or changed. Off unless `INDEXNOW_KEY` is set; never fails: a ping
 * that does not go through is one warning line, and the pages are sent again next time.
 *
 *     INDEXNOW_KEY=… npm run indexnow [-- --dist dist --manifest .cache/indexnow/manifest.json]
 *
 * Runs with plain Node.js (the deploy job has no `npm ci`): Node's own modules only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  changedUrls,
  DEFAULT_ENDPOINT,
  indexNowRequest,
  MAX_URLS,
  readIndexNowKey,
  siteManifest,
  type Manifest,
} from '../lib/indexnow/indexnow.ts';

/** What a run did, for the log and the tests. */
export type IndexNowOutcome = 'off' | 'unchanged' | 'sent' | 'failed';

export interface IndexNowOptions {
  dist: string;
  /** The last deploy's pages (kept in the deploy cache); written anew after a successful ping. */
  manifest: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}

function readManifest(file: string): Manifest {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/** Why a request failed, in a word where Node gives one (`ECONNREFUSED`, `TimeoutError`). */
function reason(error: unknown): string {
  const cause = (
    error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }
  ).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).name;
}

/** Sends the changed pages; resolves to what happened, never rejects. */
export async function notifyIndexNow(options: IndexNowOptions): Promise<IndexNowOutcome> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const warn = (what: string) => {
    log(
      `warning: IndexNow: ${what}; the deploy goes on, and the next deploy sends these pages again`,
    );
    return 'failed' as const;
  };
  const { key, problem } = readIndexNowKey(env);
  if (problem) return warn(problem);
  if (!key) {
    log('IndexNow: off (set INDEXNOW_KEY to notify Naver and Bing of new pages)');
    return 'off';
  }
  let current: ReturnType<typeof siteManifest>;
  try {
    current = siteManifest(options.dist);
  } catch (error) {
    return warn((error as Error).message);
  }
  const keyFile = path.join(options.dist, `${key}.txt`);
  if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8').trim() !== key)
    return warn(`found no ${keyFile} holding the key; build the site with INDEXNOW_KEY set`);
  const urls = changedUrls(readManifest(options.manifest), current.pages);
  const save = () => {
    mkdirSync(path.dirname(options.manifest), { recursive: true });
    writeFileSync(options.manifest, `${JSON.stringify(current.pages, null, 1)}\n`);
  };
  if (!urls.length) {
    log('IndexNow: no page added or changed since the last deploy');
    save();
    return 'unchanged';
  }
  const endpoint = env.INDEXNOW_ENDPOINT?.trim() || DEFAULT_ENDPOINT;
  for (let start = 0; start < urls.length; start += MAX_URLS) {
    const body = indexNowRequest(current.site, key, urls.slice(start, start + MAX_URLS));
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      });
      if (!response.ok) return warn(`${endpoint} answered HTTP ${response.status}`);
    } catch (error) {
      return warn(`${endpoint} could not be reached (${reason(error)})`);
    }
  }
  log(`IndexNow: sent ${urls.length} page${urls.length === 1 ? '' : 's'} to ${endpoint}`);
  save();
  return 'sent';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      dist: { type: 'string', default: 'dist' },
      manifest: { type: 'string', default: '.cache/indexnow/manifest.json' },
    },
  });
  await notifyIndexNow({ dist: values.dist, manifest: values.manifest });
}
