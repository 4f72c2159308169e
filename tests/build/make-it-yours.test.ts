import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildEnvironment, prepareSite, repoRoot, siteAt } from '../helpers/build-site';

/**
 * README, "Make it yours": an owner deletes the sample reviews, writes their own settings and
 * one review, and pushes. The deploy workflow's own steps (read from deploy.yml: the content
 * check and the build, with the SITE and BASE that GitHub Pages gives) must pass on that site.
 * The content is this test's own; nothing is read from the project's content/.
 */
const poster = path.join(repoRoot, 'tests/fixtures/sites/minimal/content/reviews/good/poster.jpg');

const settings = `import { defineSite } from '../src/schemas/site';

export default defineSite({
  title: 'Owl Screenings',
  description: 'One film at a time, written the week I saw it.',
  author: 'Sam Okafor',
  language: 'en',
  url: 'https://owl-screenings.example.org/',
  reviewsPerPage: 10,
});
`;

const review = `---
title: Paris, Texas, forty years on
description: Travis walks out of the desert, and the film walks with him.
pubDate: 2024-05-02
rating: 4.5
tags: [road movie]
movie:
  title: Paris, Texas
  year: 1984
  directors: [Wim Wenders]
  poster: ./poster.jpg
---

Travis walks out of the desert and the film walks with him, slowly, the way people do
when they have forgotten how to talk.
`;

interface Step {
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

/** The address GitHub Pages would give a project repository `owner/movies`. */
const pages = { origin: 'https://owner.github.io', base_path: '/movies' };

/** deploy.yml's `npm run …` steps (after `npm ci`, which the test's linked node_modules stand for). */
function deploySteps(): { run: string; env: Record<string, string> }[] {
  const workflow = parse(
    readFileSync(path.join(repoRoot, '.github/workflows/deploy.yml'), 'utf8'),
  ) as Workflow;
  const expression = /\$\{\{\s*steps\.pages\.outputs\.(origin|base_path)\s*\}\}/g;
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .flatMap(({ run, env = {} }) =>
      run?.trim().startsWith('npm run ')
        ? [
            {
              run: run.trim(),
              env: Object.fromEntries(
                Object.entries(env).map(([key, value]) => [
                  key,
                  value
                    .replace(expression, (_, output: 'origin' | 'base_path') => pages[output])
                    // A new owner has set no secrets: GitHub reads an unset one as empty.
                    .replace(/\$\{\{\s*secrets\.\w+\s*\}\}/g, ''),
                ]),
              ),
            },
          ]
        : [],
    );
}

const exec = promisify(execFile);
let base: string;
let root: string;
const results: { run: string; ok: boolean; output: string }[] = [];

beforeAll(async () => {
  mkdirSync(path.join(repoRoot, 'tests', '.tmp'), { recursive: true });
  base = mkdtempSync(path.join(repoRoot, 'tests', '.tmp', 'make-it-yours-'));
  const content = path.join(base, 'content');
  mkdirSync(path.join(content, 'reviews', 'paris-texas'), { recursive: true });
  writeFileSync(path.join(content, 'site.config.ts'), settings);
  writeFileSync(path.join(content, 'reviews', 'paris-texas', 'index.md'), review);
  cpSync(poster, path.join(content, 'reviews', 'paris-texas', 'poster.jpg'));
  root = path.join(base, 'site');
  mkdirSync(root);
  prepareSite(root, { content });
  for (const { run, env } of deploySteps()) {
    try {
      const { stdout, stderr } = await exec('bash', ['-c', run], {
        cwd: root,
        env: { ...buildEnvironment(), ...env },
        maxBuffer: 64 * 1024 * 1024,
      });
      results.push({ run, ok: true, output: stdout + stderr });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      results.push({ run, ok: false, output: stdout + stderr });
      break;
    }
  }
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the samples deleted, one review of the owner’s own', () => {
  test('the deploy workflow’s steps, the content check then the build, all pass', () => {
    expect(results.map(({ run }) => run)).toEqual(['npm run check -- --no-types', 'npm run build']);
    for (const { run, ok, output } of results) expect(ok, `${run}\n${output}`).toBe(true);
  });

  test('the built site is the owner’s: their title, their review, at the Pages address', () => {
    const site = siteAt(root);
    const home = site.read('index.html');
    expect(home).toContain('Owl Screenings');
    expect(home).toContain('Paris, Texas, forty years on');
    expect(home).toContain('/movies/reviews/paris-texas/');
    expect(site.exists('reviews/paris-texas/index.html')).toBe(true);
    const page = site.read('reviews/paris-texas/index.html');
    expect(page).toContain('https://owner.github.io/movies/reviews/paris-texas/');
    expect(page).not.toContain('marquee.example.com');
  });

  test('nothing of the samples is left: no sample review, no sample title', () => {
    const site = siteAt(root);
    expect(site.exists('reviews/her/index.html')).toBe(false);
    const sitemap = site.read('sitemap-0.xml');
    expect(sitemap).toContain('https://owner.github.io/movies/reviews/paris-texas/');
    expect(sitemap).not.toMatch(/reviews\/(her|aftersun|columbus-2017|decision-to-leave)\//);
    expect(site.read('index.html')).not.toContain('마키 시네마');
  });
});
