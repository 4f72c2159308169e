/**
 * A stand-in for TMDB's v3 API and image server on 127.0.0.1 (a free port): it answers from
 * the JSON in tests/fixtures/tmdb/ in TMDB's documented shapes, checks the key as TMDB does
 * (a v3 `api_key` or a v4 bearer token), counts requests, and can be told to misbehave.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { repoRoot } from './build-site';

export const TMDB_FIXTURES = path.join(repoRoot, 'tests/fixtures/tmdb');
export const TEST_API_KEY = 'test-api-key-0123456789';
export const TEST_READ_TOKEN = 'test-read-token-abcdef';

/** A scripted answer for the next request, before the fixtures are consulted. */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface TmdbServer {
  /** `TMDB_API_URL` and `TMDB_IMAGE_URL` for this server, and a valid key. */
  env: Record<string, string>;
  /** Every request as `GET /3/movie/152601?language=ko-KR` (the key replaced by `***`). */
  requests: string[];
  /** Answers given to the next requests, in order, whatever they ask. */
  script: ScriptedAnswer[];
  /** When set, requests are accepted and never answered. */
  hang: boolean;
  /** When set, every image is an HTML page served as a 200 (a captive portal, a CDN error). */
  brokenImages: boolean;
  close(): Promise<void>;
}

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8' });
  response.end(JSON.stringify(body));
};

const notFound = {
  success: false,
  status_code: 34,
  status_message: 'The resource you requested could not be found.',
};

/** The fixture file for an API path, or undefined. */
function fixture(name: string): unknown {
  const file = path.join(TMDB_FIXTURES, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
}

interface SearchPage {
  results: { title: string; original_title: string; release_date: string }[];
}

/** `/search/movie`: the fixture's results whose titles contain the query, in the year asked. */
function search(url: URL): unknown {
  const page = fixture(`search-movie.${url.searchParams.get('language') ?? 'en-US'}.json`) as
    SearchPage | undefined;
  const query = (url.searchParams.get('query') ?? '').toLowerCase();
  const year = url.searchParams.get('year') ?? url.searchParams.get('primary_release_year');
  const results = (page?.results ?? []).filter(
    (movie) =>
      query &&
      (movie.title.toLowerCase().includes(query) ||
        movie.original_title.toLowerCase().includes(query)) &&
      (!year || movie.release_date.startsWith(year)),
  );
  return { page: 1, results, total_pages: 1, total_results: results.length };
}

export async function startTmdbServer(): Promise<TmdbServer> {
  const jpeg = await sharp({
    create: { width: 4, height: 6, channels: 3, background: { r: 200, g: 120, b: 80 } },
  })
    .jpeg()
    .toBuffer();
  const hanging = new Set<ServerResponse>();
  const state: Omit<TmdbServer, 'env' | 'close'> = {
    requests: [],
    script: [],
    hang: false,
    brokenImages: false,
  };

  function answer(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const shown = new URL(url);
    if (shown.searchParams.has('api_key')) shown.searchParams.set('api_key', '***');
    state.requests.push(`${request.method} ${shown.pathname}${shown.search}`);
    if (state.hang) return void hanging.add(response);
    const scripted = state.script.shift();
    if (scripted) {
      response.writeHead(scripted.status, {
        'Content-Type': 'application/json;charset=utf-8',
        ...scripted.headers,
      });
      return void response.end(scripted.body ?? '');
    }
    if (url.pathname.startsWith('/t/p/')) {
      // Image paths are `/t/p/<size>/<file>`; `not-a-jpeg.jpg` is an HTML page with a 200.
      if (state.brokenImages || url.pathname.endsWith('/not-a-jpeg.jpg')) {
        response.writeHead(200, { 'Content-Type': 'text/html' });
        return void response.end('<html>oops</html>');
      }
      response.writeHead(200, { 'Content-Type': 'image/jpeg' });
      return void response.end(jpeg);
    }
    const key = url.searchParams.get('api_key');
    const bearer = request.headers.authorization;
    if (key !== TEST_API_KEY && bearer !== `Bearer ${TEST_READ_TOKEN}`)
      return json(response, 401, {
        success: false,
        status_code: 7,
        status_message: 'Invalid API key: You must be granted a valid key.',
      });
    const route = url.pathname.replace(/^\/3/, '');
    const language = url.searchParams.get('language') ?? 'en-US';
    let body: unknown;
    if (route === '/search/movie') body = search(url);
    else if (/^\/movie\/\d+$/.test(route))
      body = fixture(`movie-${route.slice('/movie/'.length)}.${language}.json`);
    else if (/^\/person\/\d+$/.test(route))
      body = fixture(`person-${route.slice('/person/'.length)}.json`);
    if (body === undefined) return json(response, 404, notFound);
    json(response, 200, body);
  }

  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    env: {
      TMDB_API_URL: `http://127.0.0.1:${port}/3`,
      TMDB_IMAGE_URL: `http://127.0.0.1:${port}/t/p`,
      TMDB_API_KEY: TEST_API_KEY,
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
