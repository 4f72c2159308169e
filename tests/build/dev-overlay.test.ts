import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildEnvironment, fixtureContent } from '../helpers/build-site';
import { copyProject } from '../helpers/check-site';

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const root = copyProject(fixtureContent('minimal'), (project) => {
  const folder = path.join(project, 'content/reviews/typo');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'index.md'),
    '---\ntitle: Typo\npubDate: 2024-01-02\nmovie:\n  title: X\n---\n\nText.\n\n::trailr[x]\n',
  );
});
let server: ReturnType<typeof spawn> | undefined;
afterAll(() => {
  // The whole group: npx and the astro it started.
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  rmSync(root, { recursive: true, force: true });
});

test('under npm run dev, a mistake in a Markdown body fails every page with the post and line (the error overlay), not an empty body', async () => {
  const port = await freePort();
  let log = '';
  server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...buildEnvironment(), NODE_ENV: 'development' },
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 90_000;
  let response: Response | undefined;
  while (Date.now() < deadline) {
    response = await fetch(`http://127.0.0.1:${port}/reviews/good/`).catch(() => undefined);
    if (response) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(response, `the dev server did not answer:\n${log}`).toBeDefined();
  expect(response!.status).toBe(500);
  expect(await response!.text()).toContain('<title>MarqueeError</title>');
  expect(log).toContain('content/reviews/typo/index.md:10:1 ::trailr: unknown directive');
}, 120_000);
