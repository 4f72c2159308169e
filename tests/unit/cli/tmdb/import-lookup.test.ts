import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../../../src/cli/import/run-import';
import { createTmdbClient } from '../../../../src/cli/tmdb/client';
import { repoRoot } from '../../../helpers/build-site';
import { TMDB_FIXTURES, type TmdbServer } from '../../../helpers/tmdb-server';
import { eachTestWithTmdb, type tempProject } from './setup';

const frontmatter = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as {
    title: string;
    cover?: string;
    movie: Record<string, unknown>;
  };
const NOW = new Date('2024-03-01T03:00:00Z');
const site = { timeZone: 'Asia/Seoul' };

describe('npm run import -- … --lookup', () => {
  let server: TmdbServer;
  let project: ReturnType<typeof tempProject>;
  const lookup = (env = server.env) => ({
    client: createTmdbClient({
      env,
      cacheDir: path.join(project.dir, '.cache/tmdb'),
      command: 'npm run import -- --lookup',
    }),
    language: 'ko' as const,
  });
  eachTestWithTmdb((started, created) => {
    server = started;
    project = created;
  });

  test('a Letterboxd row (name and year) gets its facts and ids', async () => {
    const report = await runImport(
      path.join(project.dir, 'content'),
      site,
      { letterboxd: path.join(repoRoot, 'tests/fixtures/import/letterboxd'), lookup: lookup() },
      NOW,
    );
    const her = report.written.find((file) => file.includes(`${path.sep}her-2013${path.sep}`))!;
    const data = frontmatter(her);
    expect(data.cover).toBe('./cover.jpg');
    expect(data.movie).toMatchObject({
      // Letterboxd's name stays; TMDB's Korean title is reported as a difference.
      title: 'Her',
      year: 2013,
      originalTitle: 'Her',
      runtime: 126,
      certification: '청소년 관람불가',
      directors: [{ name: '스파이크 존즈', tmdb: 5953 }],
      poster: './poster.jpg',
      links: { imdb: 'tt1798709', tmdb: 152601 },
    });
    const lines = report.lines.join('\n');
    expect(lines).toContain(
      '    - TMDB 152601: added movie.originalTitle, movie.genres, movie.countries, movie.runtime, movie.certification, movie.releaseDate, movie.directors, movie.writers, movie.cast, movie.trailer, movie.links.imdb, movie.links.tmdb, movie.poster, cover\n',
    );
    expect(lines).toContain(
      '    - TMDB 152601: movie.title: post says Her, TMDB says 그녀 (kept)\n',
    );
  });

  test('an HTML import: only the missing facts, and a post TMDB cannot pin down is reported', async () => {
    const report = await runImport(
      path.join(project.dir, 'content'),
      site,
      {
        pages: [
          path.join(TMDB_FIXTURES, 'import/her.html'),
          path.join(repoRoot, 'tests/fixtures/import/tistory-poster/그녀.html'),
        ],
        lookup: lookup(),
      },
      NOW,
    );
    expect(report.written).toHaveLength(2);
    const data = frontmatter(report.written[0]!);
    expect(data.movie).toMatchObject({
      title: '그녀',
      originalTitle: 'Her',
      year: 2013,
      // The page's facts are kept.
      genres: ['드라마', '멜로'],
      runtime: 125,
      directors: ['스파이크 존즈'],
      countries: ['미국'],
      links: { imdb: 'tt1798709', tmdb: 152601 },
    });
    const lines = report.lines.join('\n');
    expect(lines).toContain(
      '    - TMDB 152601: movie.runtime: post says 125, TMDB says 126 (kept)\n',
    );
    expect(lines).not.toContain('movie.directors: post says');
    const folder = path.relative(process.cwd(), path.dirname(report.written[1]!));
    expect(lines).toContain(
      `    - TMDB: no TMDB result for "그녀, 목소리만으로 사랑에 빠질 수 있을까", not exactly one; find it with npm run film -- "그녀, 목소리만으로 사랑에 빠질 수 있을까", then npm run film -- --fill ${folder} --tmdb <id>`,
    );
    expect(frontmatter(report.written[1]!).movie).not.toHaveProperty('links');
  });

  test('TMDB unreachable: said once, the drafts are still written', async () => {
    const env = { ...server.env, TMDB_API_KEY: '' };
    const report = await runImport(
      path.join(project.dir, 'content'),
      site,
      { letterboxd: path.join(repoRoot, 'tests/fixtures/import/letterboxd'), lookup: lookup(env) },
      NOW,
    );
    expect(report.written).toHaveLength(3);
    expect(report.lines.filter((line) => line.startsWith('✗ TMDB'))).toEqual([
      '✗ TMDB lookup stopped: TMDB_API_KEY or TMDB_READ_TOKEN is not set: get a key at https://www.themoviedb.org/settings/api and run TMDB_API_KEY=… npm run import -- --lookup',
    ]);
  });
});
