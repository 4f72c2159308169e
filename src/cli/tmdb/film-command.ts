/**
 * `npm run film -- "그녀" [--year 2013]` lists TMDB's matches (title, original title, year,
 * director, id); `npm run film -- --fill content/reviews/her [--tmdb 152601]` adds the facts a
 * post lacks. Returns the exit code; the user's mistakes are one line, without a stack.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../../i18n/languages';
import { CliError } from '../content-folder';
import { parseTmdbId, parseYear } from '../new-post-args';
import { loadSiteSettings } from '../site-config';
import { TmdbError, type TmdbClient } from './client';
import { detailsRequest } from './film-facts';
import { fillPost } from './fill';
import { releaseYear, searchFilms } from './search';
import { clientFor, type CommandIo } from './session';
import type { TmdbMovieDetails } from './types';

export const FILM_USAGE =
  'usage: npm run film -- "<film title>" [--year 2013] [--content <folder>]\n       npm run film -- --fill <review folder or .md> [--tmdb <id>] [--content <folder>]';

/** How many results get a details call for their director (each cached). */
const DETAILED_RESULTS = 5;
const LISTED_RESULTS = 10;

async function listMatches(
  client: TmdbClient,
  query: string,
  year: number | undefined,
  language: Language,
  io: CommandIo,
): Promise<number> {
  const results = await searchFilms(client, query, year, language);
  const named = `"${query}"${year ? ` (${year})` : ''}`;
  if (!results.length) {
    io.err(
      `TMDB found no film for ${named}: try the original title, another spelling, or no --year`,
    );
    return 1;
  }
  io.out(`${results.length} film(s) on TMDB for ${named}:`);
  for (const [index, movie] of results.slice(0, LISTED_RESULTS).entries()) {
    let director: string | undefined;
    if (index < DETAILED_RESULTS) {
      // The same request as `npm run new -- --tmdb`, so the draft then comes from the cache.
      const { path: apiPath, query: detailsQuery } = detailsRequest(movie.id, language);
      const details = await client
        .get<TmdbMovieDetails>(apiPath, detailsQuery)
        .catch((error: unknown) => {
          // A result whose details TMDB no longer has is listed without its director.
          if (error instanceof TmdbError && error.status === 404) return undefined;
          throw error;
        });
      const directors = (details?.credits?.crew ?? []).filter(
        (member) => member.job === 'Director',
      );
      director = [...new Set(directors.map((member) => member.name))].join(', ') || undefined;
    }
    const original =
      movie.original_title && movie.original_title !== movie.title
        ? ` (${movie.original_title})`
        : '';
    const parts = [
      `${movie.title}${original}`,
      String(releaseYear(movie) ?? 'year unknown'),
      ...(director ? [`dir. ${director}`] : []),
      `tmdb ${movie.id}`,
    ];
    io.out(`  ${parts.join(' · ')}`);
  }
  if (results.length > LISTED_RESULTS)
    io.out(`  … ${results.length - LISTED_RESULTS} more: add --year to narrow the search`);
  io.out(`Write a draft with: npm run new -- --tmdb ${results[0]!.id}`);
  return 0;
}

export async function runFilm(argv: string[], io: CommandIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        fill: { type: 'string' },
        tmdb: { type: 'string' },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(FILM_USAGE);
      return 0;
    }
    const contentDir = path.resolve(io.cwd, values.content);
    const site = await loadSiteSettings(contentDir);
    if (values.fill !== undefined) {
      const tmdb = values.tmdb === undefined ? undefined : parseTmdbId(values.tmdb);
      const target = path.resolve(io.cwd, values.fill);
      const client = clientFor(io, `npm run film -- --fill ${values.fill}`);
      const result = await fillPost(target, client, site, { tmdb });
      const where = path.relative(io.cwd, result.file);
      io.out(
        result.added.length
          ? `${where}: added from TMDB ${result.tmdb}:`
          : `${where}: nothing to add from TMDB ${result.tmdb}; the file is unchanged`,
      );
      for (const line of result.added) io.out(`  + ${line}`);
      for (const line of result.differs) io.out(`  ≠ ${line}`);
      for (const line of result.notes) io.out(`  - ${line}`);
      return 0;
    }
    if (values.tmdb !== undefined) {
      io.err(
        `--tmdb goes with --fill <post>; for a new draft run npm run new -- --tmdb ${values.tmdb}\n${FILM_USAGE}`,
      );
      return 1;
    }
    const query = positionals.join(' ').trim();
    if (!query) {
      io.err(`Name the film to look up.\n${FILM_USAGE}`);
      return 1;
    }
    const year = parseYear(values.year);
    const client = clientFor(io, `npm run film -- "${query}"`);
    return await listMatches(client, query, year, site.language, io);
  } catch (error) {
    if (
      error instanceof CliError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    )
      io.err(
        error instanceof CliError ? error.message : `${(error as Error).message}\n${FILM_USAGE}`,
      );
    else io.err(String((error as Error).stack ?? error));
    return 1;
  }
}
