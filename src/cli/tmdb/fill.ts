/**
 * `npm run film -- --fill content/reviews/her`: the TMDB facts a post lacks, added to its
 * frontmatter through YAML's Document API (the author's comments, quoting and order stay),
 * never overwriting a value and never touching the body. What differs from TMDB is reported.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, parseDocument, type Document } from 'yaml';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { parseVideo } from '../../lib/media/video';
import { countryByName, genreByName } from '../../lib/vocabulary';
import { CliError } from '../content-folder';
import type { BundleFile } from '../scaffold';
import type { TmdbClient } from './client';
import { lookUpFilm, type MovieFacts } from './film-facts';
import { COVER_FILE, filmImages, POSTER_FILE } from './images';
import { findSingleFilm } from './search';
import { factNode } from './yaml-facts';

export interface FillResult {
  file: string;
  tmdb: number;
  /** `movie.runtime: 126`, one per key added. */
  added: string[];
  /** `movie.runtime: post says 125, TMDB says 126 (kept)`. */
  differs: string[];
  /** Names that fell back, images not downloaded. */
  notes: string[];
}

/** A post whose title and year name no film, or several, on TMDB. */
export class NoSingleMatch extends CliError {
  /** `"그녀" (2013)`, and the search that lists the candidates. */
  readonly named: string;
  readonly search: string;
  constructor(
    readonly file: string,
    titles: string[],
    year: number | undefined,
    readonly candidates: number,
  ) {
    const named = `"${titles.join('" / "')}"${year ? ` (${year})` : ''}`;
    const search = `npm run film -- "${titles[0] ?? ''}"${year ? ` --year ${year}` : ''}`;
    const found = candidates ? `${candidates} TMDB results` : 'no TMDB result';
    super(
      `${file}: ${found} for ${named}, not exactly one: pass --tmdb <id> (${search} lists them)`,
    );
    this.named = `${found} for ${named}`;
    this.search = search;
  }
}

/** The frontmatter between the first two `---` lines, and what surrounds it. */
const FRONTMATTER = /^(\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n)([\s\S]*?)(^---[ \t]*(?:\r?\n|$))/m;

/** A post's `index.md` (a bundle folder) or its `.md` file. */
function postFile(target: string): string {
  const stat = statSync(target, { throwIfNoEntry: false });
  const file = stat?.isDirectory() ? path.join(target, 'index.md') : target;
  if (!existsSync(file))
    throw new CliError(
      `--fill ${target}: no such post; name a review's folder (content/reviews/her) or its .md file`,
    );
  return file;
}

type Fact = MovieFacts[keyof MovieFacts];

const names = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((item) =>
        typeof item === 'object' && item !== null && 'name' in item
          ? String((item as { name: unknown }).name)
          : String(item),
      )
    : [String(value)];

/** A value as one line for the report. */
const shown = (value: unknown) => names(value).join(', ');

/** Whether the post's value and TMDB's say the same, read as the site reads them. */
function sameFact(key: string, post: unknown, tmdb: Fact): boolean {
  const set = (items: string[]) => [...new Set(items)].sort().join('\n');
  switch (key) {
    case 'genres':
      return (
        set(names(post).map((name) => String(genreByName(name)?.id ?? name))) ===
        set(names(tmdb).map((name) => String(genreByName(name)?.id ?? name)))
      );
    case 'countries':
      return (
        set(names(post).map((name) => countryByName(name)?.code ?? name)) ===
        set(names(tmdb).map((name) => countryByName(name)?.code ?? name))
      );
    case 'directors':
    case 'writers':
    case 'cast':
      return set(names(post).map((name) => name.trim())) === set(names(tmdb));
    case 'trailer':
      return parseVideo(shown(post))?.watchUrl === parseVideo(shown(tmdb))?.watchUrl;
    default:
      return shown(post).trim() === shown(tmdb);
  }
}

/** Sets `keyPath` when the post lacks it, otherwise compares; records either. */
function merge(
  doc: Document,
  keyPath: string[],
  value: Fact,
  key: string,
  result: Pick<FillResult, 'added' | 'differs'>,
): void {
  const label = keyPath.join('.');
  if (doc.hasIn(keyPath)) {
    const post = doc.getIn(keyPath, false);
    const postValue: unknown =
      post && typeof post === 'object' && 'toJSON' in post
        ? (post as { toJSON: () => unknown }).toJSON()
        : post;
    if (!sameFact(key, postValue, value))
      result.differs.push(
        `${label}: post says ${shown(postValue)}, TMDB says ${shown(value)} (kept)`,
      );
    return;
  }
  doc.setIn(keyPath, factNode(doc, value));
  result.added.push(`${label}: ${shown(value)}`);
}

/** A line as YAML writes it back: one space before a comment, none at the end. */
const normalLine = (line: string) => line.replace(/(\S)\s+#/, '$1 #').trimEnd();

/**
 * YAML's Document keeps comments but writes one space before each, and drops a blank line
 * before a map's last comment. Each line it left unchanged is put back as the author spaced
 * it, with the blank lines that preceded it; the values are checked to be the same.
 */
function keepAuthorSpacing(original: string, rendered: string): string {
  const before = original.split(/\r?\n/);
  let next = 0;
  const lines: string[] = [];
  for (const line of rendered.split('\n')) {
    const at = before.findIndex((old, index) => index >= next && normalLine(old) === line);
    if (at < 0 || !line.trim()) {
      lines.push(line);
      continue;
    }
    const skipped = before.slice(next, at);
    if (skipped.every((old) => !old.trim()))
      lines.push(...skipped.slice(lines.at(-1) === '' ? 1 : 0));
    lines.push(before[at]!);
    next = at + 1;
  }
  const text = lines.join('\n');
  const same =
    JSON.stringify(parseDocument(text).toJS()) === JSON.stringify(parseDocument(rendered).toJS());
  return same ? text : rendered;
}

/** Writes through a temporary file and a rename. */
function replaceFile(file: string, data: string | Buffer): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

export async function fillPost(
  target: string,
  client: TmdbClient,
  site: { language: Language },
  options: { tmdb?: number | undefined } = {},
): Promise<FillResult> {
  const file = postFile(target);
  const text = readFileSync(file, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) throw new CliError(`${file}: no frontmatter between --- lines; nothing was changed`);
  const [whole, opening, yamlText, closing] = match as unknown as [string, string, string, string];
  const doc = parseDocument(yamlText);
  if (doc.errors.length)
    throw new CliError(
      `${file}: the frontmatter is not valid YAML (${doc.errors[0]?.message.split('\n')[0]}); run npm run check, fix it, then run this again`,
    );
  if (!isMap(doc.get('movie')))
    throw new CliError(
      `${file}: the frontmatter has no movie: block; add movie: with title: first, or pass --tmdb <id>`,
    );
  const lang = doc.get('lang');
  const language = LANGUAGES.find((code) => code === lang) ?? site.language;
  const written = doc.getIn(['movie', 'links', 'tmdb']);
  const title = doc.getIn(['movie', 'title']);
  const original = doc.getIn(['movie', 'originalTitle']);
  const year = doc.getIn(['movie', 'year']);
  let id = options.tmdb ?? (typeof written === 'number' ? written : undefined);
  if (id === undefined) {
    const titles = [title, original].filter((one): one is string => typeof one === 'string');
    const filmYear = typeof year === 'number' ? year : undefined;
    const { match: found, candidates } = await findSingleFilm(client, titles, filmYear, language);
    if (!found) throw new NoSingleMatch(file, titles, filmYear, candidates);
    id = found.id;
  }
  const film = await lookUpFilm(client, id, language);
  const result: FillResult = { file, tmdb: id, added: [], differs: [], notes: [...film.notes] };
  const { links, ...facts } = film.movie;
  for (const [key, value] of Object.entries(facts) as [keyof MovieFacts, Fact][])
    merge(doc, ['movie', key], value, key, result);
  // `links` last, as the drafts have it; each link on its own.
  for (const [link, value] of Object.entries(links))
    merge(doc, ['movie', 'links', link], value, link, result);
  // Images only for a bundle (`index.md`): a single-file post keeps its images elsewhere.
  const folder = path.dirname(file);
  const bundle = path.basename(file) === 'index.md';
  const wants = (key: string[], name: string, has: boolean) => {
    if (doc.hasIn(key) || !has) return false;
    if (!bundle) {
      result.notes.push(`${key.join('.')}: not downloaded, the post is not a bundle folder`);
      return false;
    }
    if (existsSync(path.join(folder, name))) {
      result.notes.push(`${key.join('.')}: ${name} is already in the folder, not replaced or set`);
      return false;
    }
    return true;
  };
  const images = await filmImages(client, film, {
    poster: wants(['movie', 'poster'], POSTER_FILE, Boolean(film.posterPath)),
    cover: wants(['cover'], COVER_FILE, Boolean(film.backdropPath)),
  });
  const files: BundleFile[] = [];
  if (images.poster) {
    files.push(images.poster);
    doc.setIn(['movie', 'poster'], `./${POSTER_FILE}`);
    result.added.push(`movie.poster: ./${POSTER_FILE} (downloaded)`);
  }
  if (images.cover) {
    files.push(images.cover);
    doc.set('cover', `./${COVER_FILE}`);
    result.added.push(`cover: ./${COVER_FILE} (downloaded)`);
  }
  if (!result.added.length) return result;
  for (const image of files) replaceFile(path.join(folder, image.name), image.data);
  const yaml = keepAuthorSpacing(
    yamlText,
    doc.toString({ lineWidth: 0, flowCollectionPadding: false }),
  );
  replaceFile(file, `${opening}${yaml}${closing}${text.slice(whole.length)}`);
  return result;
}
