import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTmdbClient, retryAfterMs, TmdbError } from '../../../../src/cli/tmdb/client';
import {
  startTmdbServer,
  TEST_API_KEY,
  TEST_READ_TOKEN,
  type TmdbServer,
} from '../../../helpers/tmdb-server';
import { tempProject } from './setup';

const DETAILS = '/movie/152601';
const QUERY = { language: 'ko-KR' };

describe('the TMDB client', () => {
  let server: TmdbServer;
  let project: ReturnType<typeof tempProject>;
  const cacheDir = () => path.join(project.dir, '.cache/tmdb');
  const client = (env: Record<string, string | undefined> = server.env, timeoutMs?: number) =>
    createTmdbClient({
      env,
      cacheDir: cacheDir(),
      command: 'npm run new -- --tmdb 152601',
      timeoutMs,
      // Waits are recorded, not slept, except where a test says otherwise.
      sleep: async (ms) => {
        waits.push(ms);
        await Promise.resolve();
      },
    });
  let waits: number[];
  beforeEach(async () => {
    waits = [];
    server = await startTmdbServer();
    project = tempProject();
  });
  afterEach(async () => {
    await server.close();
    project.remove();
  });

  test('a second request for the same path and query is answered from the cache, even offline', async () => {
    const first = await client().get<{ id: number }>(DETAILS, QUERY);
    expect(first.id).toBe(152601);
    expect(server.requests).toHaveLength(1);
    await server.close();
    const again = await client().get<{ id: number }>(DETAILS, QUERY);
    expect(again).toEqual(first);
    // The cache is JSON, keyed without the key, and never holds the key.
    const files = readdirSync(cacheDir());
    expect(files).toHaveLength(1);
    const cached = readFileSync(path.join(cacheDir(), files[0]!), 'utf8');
    expect(JSON.parse(cached)).toMatchObject({ request: '/movie/152601?language=ko-KR' });
    expect(cached).not.toContain(TEST_API_KEY);
  });

  test('a v4 read access token goes in the Authorization header', async () => {
    const env = { ...server.env, TMDB_API_KEY: undefined, TMDB_READ_TOKEN: TEST_READ_TOKEN };
    await expect(client(env).get(DETAILS, QUERY)).resolves.toMatchObject({ id: 152601 });
    expect(server.requests[0]).not.toContain('api_key');
  });

  test('429 with Retry-After: 1 waits a second and retries', async () => {
    server.script.push({
      status: 429,
      headers: { 'Retry-After': '1' },
      body: '{"success":false,"status_code":25,"status_message":"Your request count (41) is over the allowed limit of 40."}',
    });
    // Really sleeps here: the retry comes after the server's second.
    const real = createTmdbClient({ env: server.env, cacheDir: cacheDir(), command: 'x' });
    const started = Date.now();
    await expect(real.get(DETAILS, QUERY)).resolves.toMatchObject({ id: 152601 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  test('429 is retried at most three times, then one line', async () => {
    for (let n = 0; n < 4; n += 1)
      server.script.push({ status: 429, headers: { 'Retry-After': '120' } });
    await expect(client().get(DETAILS, QUERY)).rejects.toThrow(
      /^TMDB is limiting requests \(429\): wait a minute and run the command again$/,
    );
    expect(waits).toEqual([30_000, 30_000, 30_000]);
    expect(server.requests).toHaveLength(4);
  });

  test('Retry-After as seconds or an HTTP date, capped at 30 s', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(retryAfterMs('1', now)).toBe(1000);
    expect(retryAfterMs('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Mon, 01 Jan 2024 01:00:00 GMT', now)).toBe(30_000);
    expect(retryAfterMs(null, now)).toBe(1000);
  });

  test('a 5xx is retried once', async () => {
    server.script.push({ status: 503, body: '<html>Service Unavailable</html>' });
    await expect(client().get(DETAILS, QUERY)).resolves.toMatchObject({ id: 152601 });
    server.script.push({ status: 500 }, { status: 502 });
    await expect(client().get('/movie/1201111', QUERY)).rejects.toThrow(
      'TMDB answered 502 for /movie/1201111; try again later',
    );
  });

  test('a server that never answers: the timeout, in one line', async () => {
    server.hang = true;
    const error = await client(server.env, 300)
      .get(DETAILS, QUERY)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TmdbError);
    expect((error as Error).message).toMatch(
      /^TMDB \(127\.0\.0\.1:\d+\) did not answer within 0\.3 s for \/movie\/152601: check the network and run the command again$/,
    );
  });

  test('TMDB_TIMEOUT_MS sets the timeout', async () => {
    server.hang = true;
    await expect(
      client({ ...server.env, TMDB_TIMEOUT_MS: '200' }).get(DETAILS, QUERY),
    ).rejects.toThrow('did not answer within 0.2 s');
  });

  test('no network: one line, after one retry', async () => {
    const env = { ...server.env };
    await server.close();
    await expect(client(env).get(DETAILS, QUERY)).rejects.toThrow(
      /^Could not reach TMDB \(127\.0\.0\.1:\d+: ECONNREFUSED\): check the network/,
    );
    expect(waits).toHaveLength(1);
  });

  test('no key: one line saying where to get one', async () => {
    const env = { ...server.env, TMDB_API_KEY: '' };
    await expect(client(env).get(DETAILS, QUERY)).rejects.toThrow(
      'TMDB_API_KEY or TMDB_READ_TOKEN is not set: get a key at https://www.themoviedb.org/settings/api and run TMDB_API_KEY=… npm run new -- --tmdb 152601',
    );
    expect(server.requests).toHaveLength(0);
  });

  test('a refused key (401, status_code 7)', async () => {
    await expect(
      client({ ...server.env, TMDB_API_KEY: 'wrong' }).get(DETAILS, QUERY),
    ).rejects.toThrow(
      'TMDB refused the key (401: Invalid API key: You must be granted a valid key.): check TMDB_API_KEY or TMDB_READ_TOKEN, or get a key at https://www.themoviedb.org/settings/api',
    );
  });

  test('images: JPEGs are kept in the cache; anything else is refused', async () => {
    const poster = await client().jpeg('/poster.jpg', 'w780');
    expect([...poster.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    await client().jpeg('/poster.jpg', 'w780');
    expect(server.requests).toEqual(['GET /t/p/w780/poster.jpg']);
    await expect(client().jpeg('/not-a-jpeg.jpg', 'w780')).rejects.toThrow(
      "TMDB's image w780/not-a-jpeg.jpg is not a JPEG (17 bytes); nothing was written",
    );
  });
});
