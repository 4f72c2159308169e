import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runFilm } from '../../../../src/cli/tmdb/film-command';
import { repoRoot } from '../../../helpers/build-site';
import type { TmdbServer } from '../../../helpers/tmdb-server';
import { recordedIo, eachTestWithTmdb, type tempProject } from './setup';

/** A post as an author wrote it: comments, a flow list, their own runtime, a body. */
const POST = `---
# 2022년 여름에 쓴 글
title: "그녀, 목소리만으로 사랑에 빠질 수 있을까"
pubDate: 2022-06-18
rating: 4.5   # 다시 봐도 좋다
movie:
  title: 그녀
  originalTitle: 'Her'
  year: 2013
  genres: [드라마, 멜로]   # 포털 표기
  runtime: 125

  # directors: 나중에
---

테오도르는 남의 편지를 대신 써 주는 사람이다. <Her>

## 후기

---
title: not frontmatter
---
`;

/**
 * Whether every line of `before` is in `after`, in the same order (YAML writes one space
 * before a comment, and no blank line before the map's last comment).
 */
function keepsLines(before: string, after: string): boolean {
  const normal = (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/(\S) +#/, '$1 #'));
  const lines = normal(after);
  let at = 0;
  for (const line of normal(before)) {
    at = lines.indexOf(line, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

describe('npm run film', () => {
  let server: TmdbServer;
  let project: ReturnType<typeof tempProject>;
  eachTestWithTmdb((started, created) => {
    server = started;
    project = created;
  });
  const run = async (...argv: string[]) => {
    const io = recordedIo(project.dir, server.env);
    const code = await runFilm(argv, io);
    return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
  };
  const writePost = (text = POST) => {
    const folder = path.join(project.dir, 'content/reviews/her');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.md'), text);
    return path.join(folder, 'index.md');
  };

  test('a search lists title, original title, year, director and id', async () => {
    const { code, stdout } = await run('그녀');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '6 film(s) on TMDB for "그녀":',
        '  그녀 (Her) · 2013 · dir. Spike Jonze · tmdb 152601',
        '  그녀가 죽었다 · 2024 · tmdb 614060',
        '  그녀에게 (Hable con ella) · 2002 · tmdb 86837',
        '  그녀 (Her) · year unknown · tmdb 1139025',
        '  그녀의 조각들 (Pieces of a Woman) · 2020 · tmdb 455661',
        '  그녀를 믿지 마세요 · 2004 · tmdb 39349',
        'Write a draft with: npm run new -- --tmdb 152601',
      ].join('\n'),
    );
    // At most five details calls (the films TMDB has no details for answer 404 and are listed without).
    const details = server.requests.filter((line) => line.startsWith('GET /3/movie/'));
    expect(details.length).toBeLessThanOrEqual(5);
  });

  test('--year narrows the search', async () => {
    const { stdout } = await run('그녀', '--year', '2013');
    expect(stdout.split('\n')[0]).toBe('1 film(s) on TMDB for "그녀" (2013):');
    expect(server.requests[0]).toContain('year=2013');
  });

  test('no film found: one line, exit 1', async () => {
    const { code, stderr } = await run('없는 영화 제목');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'TMDB found no film for "없는 영화 제목": try the original title, another spelling, or no --year',
    );
  });

  test('--tmdb without --fill points to npm run new', async () => {
    const { code, stderr } = await run('--tmdb', '152601');
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      '--tmdb goes with --fill <post>; for a new draft run npm run new -- --tmdb 152601',
    );
  });

  test('--fill adds only what the post lacks, reports differences, keeps comments and the body', async () => {
    const file = writePost();
    const { code, stdout } = await run('--fill', 'content/reviews/her');
    expect(code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(keepsLines(POST, after)).toBe(true);
    expect(after.endsWith(POST.slice(POST.indexOf('\n---\n\n테오도르') + 5))).toBe(true);
    expect(stdout.split('\n')).toEqual([
      `${path.join('content/reviews/her/index.md')}: added from TMDB 152601:`,
      '  + movie.countries: 미국',
      '  + movie.certification: 청소년 관람불가',
      '  + movie.releaseDate: 2014-05-22',
      '  + movie.directors: 스파이크 존즈',
      '  + movie.writers: 스파이크 존즈',
      '  + movie.cast: 호아킨 피닉스, 스칼렛 요한슨, 에이미 아담스, Rooney Mara, 올리비아 와일드, 크리스 프랫, Matt Letscher, 포샤 더블데이',
      '  + movie.trailer: https://www.youtube.com/watch?v=Kor3anTr41r',
      '  + movie.links.imdb: tt1798709',
      '  + movie.links.tmdb: 152601',
      '  + movie.poster: ./poster.jpg (downloaded)',
      '  + cover: ./cover.jpg (downloaded)',
      '  ≠ movie.genres: post says 드라마, 멜로, TMDB says 로맨스, SF, 드라마 (kept)',
      '  ≠ movie.runtime: post says 125, TMDB says 126 (kept)',
      '  - movie.cast: TMDB has no Korean name for person 94185, wrote "Rooney Mara"; fix it if your readers know another',
      '  - movie.cast: TMDB has no Korean name for person 56857, wrote "Matt Letscher"; fix it if your readers know another',
    ]);
    expect(after).toContain('  genres: [드라마, 멜로]   # 포털 표기\n  runtime: 125\n');
    expect(after).toContain('  links:\n    imdb: tt1798709\n    tmdb: 152601\n');
    expect(after).toContain('  directors:\n    - {name: 스파이크 존즈, tmdb: 5953}\n');
    expect(after).toContain(
      '  poster: ./poster.jpg\n\n  # directors: 나중에\ncover: ./cover.jpg\n---\n',
    );

    // Again: nothing left to add, the file is not rewritten.
    const again = await run('--fill', path.join(project.dir, 'content/reviews/her'));
    expect(again.stdout.split('\n')[0]).toBe(
      `${path.join('content/reviews/her/index.md')}: nothing to add from TMDB 152601; the file is unchanged`,
    );
    expect(readFileSync(file, 'utf8')).toBe(after);
  });

  test('--fill without an id or a single match says to pass --tmdb', async () => {
    const file = writePost(
      POST.replace('  year: 2013\n', '').replace("  originalTitle: 'Her'\n", ''),
    );
    const before = readFileSync(file, 'utf8');
    const { code, stderr } = await run('--fill', 'content/reviews/her');
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${file}: 6 TMDB results for "그녀", not exactly one: pass --tmdb <id> (npm run film -- "그녀" lists them)`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    const chosen = await run('--fill', 'content/reviews/her', '--tmdb', '152601');
    expect(chosen.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('    tmdb: 152601\n');
  });

  test(
    'the exit code through npm: 0 for a listing, 1 and one line without a key',
    { timeout: 120_000 },
    async () => {
      writeFileSync(
        path.join(project.dir, 'package.json'),
        JSON.stringify({
          name: 'copy',
          private: true,
          type: 'module',
          scripts: { film: readScript() },
        }),
      );
      for (const folder of ['node_modules', 'src'])
        symlinkSync(path.join(repoRoot, folder), path.join(project.dir, folder));
      // Spawned without blocking: the stand-in server runs in this process.
      const npm = (env: Record<string, string>, ...args: string[]) => {
        const clean = Object.fromEntries(
          Object.entries(process.env).filter(
            ([key]) => !/^(npm_(config|lifecycle|package)_|TMDB_)/i.test(key),
          ),
        );
        const child = spawn('npm', ['run', '--silent', 'film', '--', ...args], {
          cwd: project.dir,
          env: { ...clean, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
        return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
          child.on('close', (status) => resolve({ status, stdout, stderr })),
        );
      };
      const listed = await npm(server.env, '그녀', '--year', '2013');
      expect(listed.stdout).toContain('  그녀 (Her) · 2013 · dir. Spike Jonze · tmdb 152601\n');
      expect(listed.status).toBe(0);
      const noKey = await npm({ ...server.env, TMDB_API_KEY: '' }, 'Carol');
      expect(noKey.stderr).toBe(
        'TMDB_API_KEY or TMDB_READ_TOKEN is not set: get a key at https://www.themoviedb.org/settings/api and run TMDB_API_KEY=… npm run film -- "Carol"\n',
      );
      expect(noKey.status).toBe(1);
    },
  );
});

const readScript = () =>
  (
    JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts.film!;
