import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { fixtureContent, prepareSite, runBuild, siteAt, type BuildResult } from './build-site';

/**
 * A fixture site (`tests/fixtures/sites/<name>`) built once per test run and shared by
 * every test file that reads it: the first caller builds it into the run's folder (see
 * tests/global-setup.ts), later ones get the same output and build log. Test files run
 * one at a time (`fileParallelism: false`), so two files never build the same site.
 * Its `remove()` does nothing: the run's folder goes when the run ends.
 */
export async function sharedBuild(name: string): Promise<BuildResult> {
  const root = path.join(inject('sharedBuilds'), name);
  const log = path.join(root, 'build.json');
  if (!existsSync(log)) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    prepareSite(root, { content: fixtureContent(name) });
    const { ok, output } = await runBuild(root);
    writeFileSync(log, JSON.stringify({ ok, output }));
  }
  const { ok, output } = JSON.parse(readFileSync(log, 'utf8')) as { ok: boolean; output: string };
  return { ok, output, site: { ...siteAt(root), remove: () => undefined } };
}
