/** `npm run film`: look film facts up on TMDB (see src/cli/tmdb/film-command.ts). */
import { runFilm } from './tmdb/film-command';

process.exitCode = await runFilm(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
