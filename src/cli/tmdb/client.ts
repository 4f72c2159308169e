/**
 * A small TMDB v3 client for the command-line tools (never for the build): JSON requests
 * with a timeout, retries on 429 (honouring `Retry-After`) and once on a 5xx or a broken
 * connection, and a response cache on disk so that a second run needs no network.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../content-folder';
import type { TmdbErrorBody } from './types';

export const DEFAULT_API_URL = 'https://api.themoviedb.org/3';
export const DEFAULT_IMAGE_URL = 'https://image.tmdb.org/t/p';
const DEFAULT_TIMEOUT_MS = 10_000;
/** 429 is retried at most this often, each wait at most `MAX_WAIT_MS`. */
const MAX_RATE_LIMIT_RETRIES = 3;
const MAX_WAIT_MS = 30_000;
/** The wait before the one retry of a 5xx or a dropped connection. */
const RETRY_PAUSE_MS = 500;
export const KEY_HELP = 'https://www.themoviedb.org/settings/api';

/** A TMDB failure, worded for the author; `status` is the HTTP status when there was one. */
export class TmdbError extends CliError {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | undefined>;

export interface TmdbClient {
  /** A JSON response of the API (`/movie/152601`), from the cache when it has it. */
  get<T>(apiPath: string, query?: Query): Promise<T>;
  /** An image file (`/abc.jpg` at `w780`), checked to be a JPEG, from the cache when it has it. */
  jpeg(filePath: string, size: string): Promise<Buffer>;
}

export interface TmdbClientOptions {
  /** `TMDB_API_KEY`, `TMDB_READ_TOKEN`, `TMDB_API_URL`, `TMDB_IMAGE_URL`, `TMDB_TIMEOUT_MS`. */
  env: Record<string, string | undefined>;
  /** Where responses are kept (`.cache/tmdb/`). */
  cacheDir: string;
  /** The command to show in the "no key" message, e.g. `npm run new -- --tmdb 152601`. */
  command: string;
  timeoutMs?: number | undefined;
  /** For tests: how the client waits before a retry. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `Retry-After` in seconds or as an HTTP date, in milliseconds, capped; one second when absent. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  const value = header?.trim() ?? '';
  let ms = 1000;
  if (/^\d+(\.\d+)?$/.test(value)) ms = Number(value) * 1000;
  else if (value && !Number.isNaN(Date.parse(value))) ms = Date.parse(value) - now;
  return Math.min(MAX_WAIT_MS, Math.max(0, ms));
}

/** The request without the key, as the cache names it: `/movie/152601?language=ko-KR`. */
function requestKey(apiPath: string, query: Query): string {
  const params = new URLSearchParams(
    Object.entries(query)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, String(value)]),
  );
  const search = params.toString();
  return search ? `${apiPath}?${search}` : apiPath;
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomically(file: string, data: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

const isJpeg = (bytes: Buffer) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

function failureCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

/**
 * The key as TMDB takes it: a v3 key as the `api_key` parameter, or a v4 read access token
 * as a bearer header. It goes into requests only, never into the cache or a message.
 */
export function tmdbCredentials(
  env: Record<string, string | undefined>,
  command: string,
): { query: Query; headers: Record<string, string> } {
  const apiKey = env.TMDB_API_KEY?.trim();
  const token = env.TMDB_READ_TOKEN?.trim();
  if (apiKey) return { query: { api_key: apiKey }, headers: {} };
  if (token) return { query: {}, headers: { Authorization: `Bearer ${token}` } };
  throw new TmdbError(
    `TMDB_API_KEY or TMDB_READ_TOKEN is not set: get a key at ${KEY_HELP} and run TMDB_API_KEY=… ${command}`,
  );
}

export function createTmdbClient(options: TmdbClientOptions): TmdbClient {
  const { env, cacheDir } = options;
  const apiUrl = (env.TMDB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
  const imageUrl = (env.TMDB_IMAGE_URL || DEFAULT_IMAGE_URL).replace(/\/+$/, '');
  const envTimeout = Number(env.TMDB_TIMEOUT_MS);
  const timeoutMs =
    options.timeoutMs ??
    (Number.isFinite(envTimeout) && envTimeout > 0 ? envTimeout : DEFAULT_TIMEOUT_MS);
  const sleep = options.sleep ?? wait;
  const host = new URL(apiUrl).host;

  /** One request with its retries; resolves with the response and its body read in full. */
  async function fetchWithRetries(
    url: string,
    headers: Record<string, string>,
    what: string,
  ): Promise<{ response: Response; body: Buffer }> {
    let rateLimited = 0;
    let retried = false;
    for (;;) {
      try {
        const signal = AbortSignal.timeout(timeoutMs);
        const response = await fetch(url, { headers, signal });
        const body = Buffer.from(await response.arrayBuffer());
        if (response.status === 429 && rateLimited < MAX_RATE_LIMIT_RETRIES) {
          rateLimited += 1;
          await sleep(retryAfterMs(response.headers.get('retry-after')));
          continue;
        }
        if (response.status >= 500 && !retried) {
          retried = true;
          await sleep(RETRY_PAUSE_MS);
          continue;
        }
        return { response, body };
      } catch (error) {
        if (isTimeout(error))
          throw new TmdbError(
            `TMDB (${host}) did not answer within ${timeoutMs / 1000} s for ${what}: check the network and run the command again`,
          );
        if (error instanceof TmdbError) throw error;
        if (!retried) {
          retried = true;
          await sleep(RETRY_PAUSE_MS);
          continue;
        }
        throw new TmdbError(
          `Could not reach TMDB (${host}: ${failureCause(error)}): check the network and run the command again; what was fetched before is kept in ${cacheDir}`,
        );
      }
    }
  }

  function failure(status: number, body: Buffer, what: string): TmdbError {
    let detail: TmdbErrorBody = {};
    try {
      detail = JSON.parse(body.toString('utf8')) as TmdbErrorBody;
    } catch {
      // Not TMDB's JSON error (a proxy's page): the status says enough.
    }
    const said = detail.status_message ? `: ${detail.status_message}` : '';
    if (status === 401)
      return new TmdbError(
        `TMDB refused the key (401${said}): check TMDB_API_KEY or TMDB_READ_TOKEN, or get a key at ${KEY_HELP}`,
        status,
      );
    if (status === 404) return new TmdbError(`TMDB has nothing at ${what} (404${said})`, status);
    if (status === 429)
      return new TmdbError(
        `TMDB is limiting requests (429${said}): wait a minute and run the command again`,
        status,
      );
    return new TmdbError(`TMDB answered ${status} for ${what}${said}; try again later`, status);
  }

  return {
    async get<T>(apiPath: string, query: Query = {}): Promise<T> {
      const key = requestKey(apiPath, query);
      const file = path.join(
        cacheDir,
        `${apiPath.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.json`,
      );
      if (existsSync(file)) {
        try {
          return (JSON.parse(readFileSync(file, 'utf8')) as { body: T }).body;
        } catch {
          // A damaged cache file is fetched again.
        }
      }
      const { query: auth, headers } = tmdbCredentials(env, options.command);
      const url = `${apiUrl}${requestKey(apiPath, { ...query, ...auth })}`;
      const { response, body } = await fetchWithRetries(
        url,
        { Accept: 'application/json', ...headers },
        apiPath,
      );
      if (!response.ok) throw failure(response.status, body, apiPath);
      let data: T;
      try {
        data = JSON.parse(body.toString('utf8')) as T;
      } catch {
        throw new TmdbError(`TMDB's answer for ${apiPath} is not JSON; try again later`);
      }
      writeAtomically(file, `${JSON.stringify({ request: key, body: data })}\n`);
      return data;
    },

    async jpeg(filePath: string, size: string): Promise<Buffer> {
      if (!/^\/[\w.-]+$/.test(filePath) || !/^\w+$/.test(size))
        throw new TmdbError(`TMDB gave an unexpected image path "${filePath}"`);
      const file = path.join(cacheDir, 'images', size, filePath.slice(1));
      if (existsSync(file)) {
        const cached = readFileSync(file);
        if (isJpeg(cached)) return cached;
      }
      const { response, body } = await fetchWithRetries(
        `${imageUrl}/${size}${filePath}`,
        {},
        `image ${filePath}`,
      );
      if (!response.ok) throw failure(response.status, body, `image ${size}${filePath}`);
      if (!isJpeg(body))
        throw new TmdbError(
          `TMDB's image ${size}${filePath} is not a JPEG (${body.length} bytes); nothing was written`,
        );
      writeAtomically(file, body);
      return body;
    },
  };
}
