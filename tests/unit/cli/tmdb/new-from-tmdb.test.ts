import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseNewPostArgs, USAGE } from '../../../../src/cli/new-post-args';
import { createReviewFromTmdb } from '../../../../src/cli/tmdb/new-from-tmdb';
import type { TmdbServer } from '../../../helpers/tmdb-server';
import { eachTestWithTmdb, type tempProject } from './setup';

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as unknown;
const NOW = new Date('2024-03-01T03:00:00Z');
const KO = { language: 'ko', timeZone: 'Asia/Seoul' } as const;

describe('npm run new -- --tmdb <id>', () => {
  let server: TmdbServer;
  let project: ReturnType<typeof tempProject>;
  const content = () => path.join(project.dir, 'content');
  const create = (
    id: number,
    env = server.env,
    site: typeof KO | { language: 'en'; timeZone: string } = KO,
  ) => createReviewFromTmdb(content(), id, { title: '' }, site, { env, cwd: project.dir }, NOW);
  eachTestWithTmdb((started, created) => {
    server = started;
    project = created;
  });

  test('the arguments: --tmdb takes an id or the film address, the title is optional', () => {
    expect(parseNewPostArgs(['--tmdb', '152601'], {}, false)).toEqual({
      kind: 'tmdb',
      id: 152601,
      content: 'content',
      review: { title: '', originalTitle: undefined, year: undefined, slug: undefined },
    });
    expect(
      parseNewPostArgs(
        ['--tmdb', 'https://www.themoviedb.org/movie/152601-her', '--slug', 'her'],
        {},
        false,
      ),
    ).toMatchObject({ kind: 'tmdb', id: 152601, review: { slug: 'her' } });
    expect(() => parseNewPostArgs(['--tmdb', 'her'], {}, false)).toThrow(
      '--tmdb: expected a TMDB film id such as 152601 (the number in the film\'s address on themoviedb.org), found "her"',
    );
    expect(USAGE).toContain('[--tmdb <id>]');
  });

  test('a full draft: facts in Korean, people with ids, poster and cover, the Korean trailer', async () => {
    const { file, notes } = await create(152601);
    expect(path.relative(project.dir, file)).toBe(path.join('content/reviews/그녀/index.md'));
    const text = readFileSync(file, 'utf8');
    expect(frontmatter(text)).toEqual({
      title: '그녀',
      pubDate: '2024-03-01',
      draft: true,
      tags: [],
      cover: './cover.jpg',
      movie: {
        title: '그녀',
        originalTitle: 'Her',
        year: 2013,
        genres: ['로맨스', 'SF', '드라마'],
        countries: ['미국'],
        runtime: 126,
        certification: '청소년 관람불가',
        releaseDate: '2014-05-22',
        directors: [{ name: '스파이크 존즈', tmdb: 5953 }],
        writers: [{ name: '스파이크 존즈', tmdb: 5953 }],
        cast: [
          { name: '호아킨 피닉스', role: 'Theodore Twombly', tmdb: 73421 },
          { name: '스칼렛 요한슨', role: 'Samantha (voice)', tmdb: 1245 },
          { name: '에이미 아담스', role: 'Amy', tmdb: 9273 },
          { name: 'Rooney Mara', role: 'Catherine', tmdb: 94185 },
          { name: '올리비아 와일드', role: 'Blind Date', tmdb: 59315 },
          { name: '크리스 프랫', role: 'Paul', tmdb: 73457 },
          { name: 'Matt Letscher', tmdb: 56857 },
          { name: '포샤 더블데이', role: 'Isabella', tmdb: 1231844 },
        ],
        poster: './poster.jpg',
        // The official Korean trailer, not the fan-made Korean one or the English one.
        trailer: 'https://www.youtube.com/watch?v=Kor3anTr41r',
        links: { imdb: 'tt1798709', tmdb: 152601 },
      },
    });
    // Lists of words on one line, each person on one line; commented keys stay where no fact is.
    expect(text).toContain('  genres: [로맨스, SF, 드라마]\n');
    expect(text).toContain('    - {name: 호아킨 피닉스, role: Theodore Twombly, tmdb: 73421}\n');
    expect(text).toContain('# rating: 4.5');
    expect(text).toContain('    # website: https://www.example.com/\n');
    expect(text).toMatch(/\n## 줄거리\n\n## 후기\n$/);
    for (const image of ['poster.jpg', 'cover.jpg'])
      expect([...readFileSync(path.join(path.dirname(file), image)).subarray(0, 3)]).toEqual([
        0xff, 0xd8, 0xff,
      ]);
    expect(notes).toEqual([
      'movie.cast: TMDB has no Korean name for person 94185, wrote "Rooney Mara"; fix it if your readers know another',
      'movie.cast: TMDB has no Korean name for person 56857, wrote "Matt Letscher"; fix it if your readers know another',
    ]);
    expect(server.requests).toContain('GET /t/p/w780/eCOtqtfvn7mxGl6nfmq4b1exJRc.jpg');
    expect(server.requests).toContain('GET /t/p/w1280/sHbTxG2lfdZuJBRBNdOaX5B4N1P.jpg');
    // One details call (credits, release dates and videos appended), one per person named in Latin letters.
    expect(server.requests.filter((line) => line.startsWith('GET /3/movie/'))).toEqual([
      'GET /3/movie/152601?api_key=***&append_to_response=credits%2Crelease_dates%2Cvideos&include_video_language=ko%2Cen%2Cnull&language=ko-KR',
    ]);
  });

  test('a second run needs no network: everything comes from .cache/tmdb/', async () => {
    const first = await create(152601);
    const count = server.requests.length;
    await server.close();
    const second = await createReviewFromTmdb(
      content(),
      152601,
      { title: '', slug: 'her-again' },
      KO,
      { env: server.env, cwd: project.dir },
      NOW,
    );
    expect(server.requests).toHaveLength(count);
    expect(readFileSync(second.file, 'utf8')).toBe(readFileSync(first.file, 'utf8'));
  });

  test('an English site: US release and certification as is, names as TMDB gives them', async () => {
    const { file, notes } = await create(152601, server.env, { language: 'en', timeZone: 'UTC' });
    const movie = (frontmatter(readFileSync(file, 'utf8')) as { movie: Record<string, unknown> })
      .movie;
    expect(movie).toMatchObject({
      title: 'Her',
      genres: ['Romance', 'Science Fiction', 'Drama'],
      countries: ['United States'],
      certification: 'R',
      releaseDate: '2014-01-10',
      directors: [{ name: 'Spike Jonze', tmdb: 5953 }],
      trailer: 'https://www.youtube.com/watch?v=ne6p6MfLBxc',
    });
    expect(movie).not.toHaveProperty('originalTitle');
    expect(notes).toEqual([]);
    expect(server.requests.some((line) => line.includes('/person/'))).toBe(false);
  });

  test("TMDB's empty values: no poster, no date, runtime 0, no videos, no imdb_id", async () => {
    const { file, notes } = await create(1201111);
    const data = frontmatter(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(data).not.toHaveProperty('cover');
    expect(data.movie).toEqual({ title: '작은 단편', links: { tmdb: 1201111 } });
    expect(readdirSync(path.dirname(file))).toEqual(['index.md']);
    expect(notes).toEqual([
      'movie.poster: TMDB has no poster for this film',
      'movie.trailer: TMDB lists no YouTube trailer for this film',
    ]);
  });

  test('an unknown id (404): one line, nothing written', async () => {
    await expect(create(999999)).rejects.toThrow(
      /^TMDB has no film with the id 999999: find the id with npm run film -- "<title>" --year <year>, or in the film's address on themoviedb\.org$/,
    );
    expect(readdirSync(path.join(content(), 'reviews'))).toEqual([]);
  });

  test('an image that is not a JPEG: one line, no half bundle', async () => {
    server.brokenImages = true;
    await expect(create(152601)).rejects.toThrow(
      "TMDB's image w780/eCOtqtfvn7mxGl6nfmq4b1exJRc.jpg is not a JPEG (17 bytes); nothing was written",
    );
    expect(readdirSync(path.join(content(), 'reviews'))).toEqual([]);
  });

  test('no key: one line, nothing written', async () => {
    await expect(create(152601, { ...server.env, TMDB_API_KEY: '' })).rejects.toThrow(
      'TMDB_API_KEY or TMDB_READ_TOKEN is not set: get a key at https://www.themoviedb.org/settings/api and run TMDB_API_KEY=… npm run new -- --tmdb 152601',
    );
    expect(readdirSync(path.join(content(), 'reviews'))).toEqual([]);
  });
});
