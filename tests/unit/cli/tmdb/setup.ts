import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../helpers/build-site';
import { afterEach, beforeEach } from 'vitest';
import type { CommandIo } from '../../../../src/cli/tmdb/session';
import { startTmdbServer, type TmdbServer } from '../../../helpers/tmdb-server';

/**
 * A throwaway project under tests/.tmp/: `content/site.config.ts` in the given language and
 * its own `.cache/tmdb/`, so no test reads or writes the author's content/ or cache.
 */
export function tempProject(language: 'ko' | 'en' = 'ko'): { dir: string; remove: () => void } {
  mkdirSync(path.join(repoRoot, 'tests/.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(repoRoot, 'tests/.tmp/tmdb-'));
  mkdirSync(path.join(dir, 'content/reviews'), { recursive: true });
  writeFileSync(
    path.join(dir, 'content/site.config.ts'),
    [
      "import { defineSite } from '../src/schemas/site';",
      'export default defineSite({',
      `  title: 'Test', description: 'Test site', author: 'Tester', language: '${language}',`,
      "  url: 'https://marquee.example.com/',",
      '});',
      '',
    ].join('\n'),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies a fixture folder into the project. */
export const copyInto = (from: string, to: string) => cpSync(from, to, { recursive: true });

/** A command's I/O, recorded. */
export function recordedIo(
  cwd: string,
  env: Record<string, string | undefined>,
): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    env,
    cwd,
    out: (line) => void stdout.push(line),
    err: (line) => void stderr.push(line),
    stdout,
    stderr,
  };
}

/**
 * For each test of the enclosing `describe`: a TMDB stand-in server on 127.0.0.1 and a
 * throwaway project, handed to `use`, both gone after the test.
 */
export function eachTestWithTmdb(
  use: (server: TmdbServer, project: ReturnType<typeof tempProject>) => void,
): void {
  let server: TmdbServer | undefined;
  let project: ReturnType<typeof tempProject> | undefined;
  beforeEach(async () => {
    server = await startTmdbServer();
    project = tempProject();
    use(server, project);
  });
  afterEach(async () => {
    await server?.close();
    project?.remove();
  });
}
