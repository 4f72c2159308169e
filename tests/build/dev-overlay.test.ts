import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fixtureContent } from '../helpers/build-site';
import { startDevServer, type DevServer } from '../helpers/dev-server';
import { copyProject } from '../helpers/check-site';

const root = copyProject(fixtureContent('minimal'), (project) => {
  const folder = path.join(project, 'content/reviews/typo');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'index.md'),
    '---\ntitle: Typo\npubDate: 2024-01-02\nmovie:\n  title: X\n---\n\nText.\n\n::trailr[x]\n',
  );
});
let server: DevServer | undefined;
afterAll(() => {
  server?.stop();
  rmSync(root, { recursive: true, force: true });
});

test('under npm run dev, a mistake in a Markdown body fails every page with the post and line (the error overlay), not an empty body', async () => {
  server = await startDevServer(root, '/reviews/good/');
  const response = await fetch(`${server.origin}/reviews/good/`);
  expect(response.status).toBe(500);
  expect(await response.text()).toContain('<title>MarqueeError</title>');
  expect(server.log()).toContain('content/reviews/typo/index.md:10:1 ::trailr: unknown directive');
}, 120_000);
