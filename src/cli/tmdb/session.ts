import path from 'node:path';
import { createTmdbClient, type TmdbClient } from './client';

/** What a command needs from its process: tests pass their own. */
export interface CommandIo {
  env: Record<string, string | undefined>;
  /** The project folder: `.cache/tmdb/` is under it. */
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The project's TMDB cache folder. */
export const tmdbCacheDir = (cwd: string) => path.join(cwd, '.cache', 'tmdb');

/** A client for one command, with its response cache in the project's `.cache/tmdb/`. */
export function clientFor(io: Pick<CommandIo, 'env' | 'cwd'>, command: string): TmdbClient {
  return createTmdbClient({ env: io.env, cacheDir: tmdbCacheDir(io.cwd), command });
}
