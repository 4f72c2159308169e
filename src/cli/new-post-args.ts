/**
 * The arguments of `npm run new`, read without side effects so that each mistake has one
 * exact message: an unknown option, an option without its value, options that npm kept for
 * itself (`npm run new "그녀" --original Her`, without `--`), and no title without a terminal.
 * `--tmdb <id>` looks the film's facts up instead (the title is then optional).
 */
import { parseArgs } from 'node:util';
import { CliError } from './content-folder';
import type { NewReview } from './scaffold';

export const USAGE =
  'usage: npm run new -- "<film title>" [--original "<original title>"] [--year 2013] [--tmdb <id>] [--slug <folder>] [--content <folder>]';

/** The options that take a value, in the order the usage lists them. */
const VALUE_OPTIONS = ['original', 'year', 'tmdb', 'slug', 'content'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const OPTIONS = [...VALUE_OPTIONS, 'help'] as const;

export type NewPostCommand =
  | { kind: 'help' }
  /** Write the review from the arguments. */
  | { kind: 'create'; review: NewReview; content: string }
  /** Look the film up on TMDB (`--tmdb 152601`); `review.title` may be empty (TMDB's title). */
  | { kind: 'tmdb'; id: number; review: NewReview; content: string }
  /** Ask for the title, original title and year in the terminal. */
  | { kind: 'ask'; slug: string | undefined; content: string };

export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1870 || year > 2100)
    throw new CliError(`--year: expected a year such as 2013, found "${value}"`);
  return year;
}

/** `152601`, or the film's address on themoviedb.org (`…/movie/152601-her`) → the id. */
export function parseTmdbId(value: string): number {
  const digits =
    /^\s*(\d+)\s*$/.exec(value)?.[1] ?? /themoviedb\.org\/movie\/(\d+)/.exec(value)?.[1];
  const id = Number(digits);
  if (!digits || !Number.isSafeInteger(id) || id <= 0)
    throw new CliError(
      `--tmdb: expected a TMDB film id such as 152601 (the number in the film's address on themoviedb.org), found "${value}"`,
    );
  return id;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

function unknownOption(rawName: string, name: string): CliError {
  const near = OPTIONS.find((option) => distance(option, name.toLowerCase()) <= 2);
  const hint = near && near !== name ? ` (did you mean --${near}?)` : '';
  return new CliError(`Unknown option ${rawName}${hint}; nothing was written.\n${USAGE}`);
}

/** A word as a shell reads it: bare when it is safe, otherwise in double quotes. */
function shellWord(value: string, quote = false): string {
  if (!quote && /^[\p{L}\p{N}_.,/:@+=-]+$/u.test(value)) return value;
  return `"${value.replace(/["\\$`]/g, (character) => `\\${character}`)}"`;
}

/**
 * The options npm took for itself: run without `--`, npm reads `--original Test` as its own
 * `original` setting (`npm_config_original=true`, and `Test` becomes a positional) and
 * `--year=2013` as `npm_config_year=2013`. Returns the command the author meant, or nothing.
 */
function swallowedCommand(
  positionals: string[],
  env: Record<string, string | undefined>,
): string | undefined {
  const taken = VALUE_OPTIONS.filter((option) => env[`npm_config_${option}`] !== undefined);
  if (!taken.length) return undefined;
  const words = [...positionals];
  // `--original Test`: the value was left as a positional after the title. Those values are
  // the last positionals; npm does not keep their order, so a year-like one goes to --year.
  const flags = taken.filter((option) => env[`npm_config_${option}`] === 'true');
  const values = new Map<ValueOption, string>();
  const loose = words.splice(Math.max(1, words.length - flags.length));
  if (flags.includes('year')) {
    const index = loose.findIndex((word) => /^\d{4}$/.test(word));
    if (index >= 0) values.set('year', loose.splice(index, 1)[0] ?? '');
  }
  for (const option of flags) if (!values.has(option)) values.set(option, loose.shift() ?? '');
  for (const option of taken)
    if (!flags.includes(option)) values.set(option, env[`npm_config_${option}`] ?? '');
  const options = VALUE_OPTIONS.filter((option) => values.has(option)).map((option) => {
    const value = values.get(option);
    return `--${option} ${value ? shellWord(value) : '<value>'}`;
  });
  const title = words.length ? shellWord(words.join(' '), true) : '"<film title>"';
  return ['npm run new --', title, ...options].join(' ');
}

/**
 * Reads `npm run new`'s arguments (`argv` without node and the script). `env` is the
 * process environment, where npm leaves the options it took; `interactive` says whether a
 * terminal can answer questions. Throws a CliError with the message to print.
 */
export function parseNewPostArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  interactive: boolean,
): NewPostCommand {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: {
      original: { type: 'string' },
      year: { type: 'string' },
      tmdb: { type: 'string' },
      slug: { type: 'string' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!(OPTIONS as readonly string[]).includes(token.name))
      throw unknownOption(token.rawName, token.name);
    if (token.name === 'help') continue;
    if (token.value === undefined)
      throw new CliError(`Option ${token.rawName} needs a value; nothing was written.\n${USAGE}`);
  }
  if (values.help) return { kind: 'help' };
  const command = swallowedCommand(positionals, env);
  if (command)
    throw new CliError(
      `npm kept the options for itself (they need -- before them); nothing was written. Run:\n  ${command}`,
    );
  const text = (name: ValueOption) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const content = text('content') ?? 'content';
  const tmdb = text('tmdb');
  if (tmdb !== undefined)
    return {
      kind: 'tmdb',
      id: parseTmdbId(tmdb),
      content,
      review: {
        title: positionals.join(' '),
        originalTitle: text('original'),
        year: parseYear(text('year')),
        slug: text('slug'),
      },
    };
  if (positionals.length)
    return {
      kind: 'create',
      content,
      review: {
        title: positionals.join(' '),
        originalTitle: text('original'),
        year: parseYear(text('year')),
        slug: text('slug'),
      },
    };
  if (!interactive)
    throw new CliError(
      `No terminal to ask for the title: give the title as an argument, e.g. npm run new -- "그녀" --original Her --year 2013\n${USAGE}`,
    );
  return { kind: 'ask', slug: text('slug'), content };
}
