import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface BuiltSite {
  /** The temporary project folder (a copy of Marquee with the chosen content). */
  root: string;
  /** Its `dist/`. */
  dist: string;
  /** Text of a built file, by its path under `dist/` (`reviews/her/index.html`). */
  read(file: string): string;
  exists(file: string): boolean;
  remove(): void;
}

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together. */
  output: string;
  site: BuiltSite;
}

/**
 * The environment of a real `npm run build`: vitest sets NODE_ENV=test and mirrors
 * import.meta.env into process.env (DEV=1, MODE=test…), which Astro would pick up.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // SITE too: vitest mirrors Astro's import.meta.env.SITE, which a build would read as the deployment's address.
  for (const key of [
    'DEV',
    'PROD',
    'MODE',
    'SSR',
    'BASE_URL',
    'SITE',
    'TEST',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
  ])
    delete env[key];
  return env;
}

export interface BuildOptions {
  /** A folder holding `site.config.ts` and `reviews/` (default: the sample fixture site). */
  content?: string;
  /** Changes files in the temporary copy before the build. */
  edit?: ((root: string) => void) | undefined;
  /** Environment variables for the build (`SITE`, `BASE`). */
  env?: Record<string, string>;
}

/** A fixture site's `content/` folder: `fixtureContent('media')`. */
export const fixtureContent = (name: string) =>
  path.join(repoRoot, 'tests', 'fixtures', 'sites', name, 'content');

/**
 * The copy's `node_modules`: a real folder of links to each installed package, so the
 * caches Astro and Vite keep in `node_modules/.astro` and `.vite` (content data store,
 * optimised images) belong to this site alone and builds never read each other's.
 */
function linkPackages(root: string): void {
  const target = path.join(root, 'node_modules');
  mkdirSync(target);
  for (const entry of readdirSync(path.join(repoRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(path.join(repoRoot, 'node_modules', entry), path.join(target, entry), 'dir');
  }
}

/** Copies Marquee with `content` into `root` (a new folder) and runs `edit` on the copy. */
export function prepareSite(root: string, options: BuildOptions): void {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(path.join(repoRoot, entry)))
      cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  cpSync(options.content ?? fixtureContent('sample'), path.join(root, 'content'), {
    recursive: true,
  });
  linkPackages(root);
  options.edit?.(root);
}

/**
 * Builds Marquee in a temporary copy of the project, so builds never touch the working
 * tree and can run side by side, each with its own caches. `content` is a folder holding
 * `site.config.ts` and `reviews/` (default: the sample fixture site); `edit` may change
 * files in the copy before the build.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const base = path.join(repoRoot, 'tests', '.tmp');
  mkdirSync(base, { recursive: true });
  const root = mkdtempSync(path.join(base, 'site-'));
  prepareSite(root, options);
  return runBuild(root, options.env);
}

export function siteAt(root: string): BuiltSite {
  const dist = path.join(root, 'dist');
  return {
    root,
    dist,
    read: (file) => readFileSync(path.join(dist, file), 'utf8'),
    exists: (file) => existsSync(path.join(dist, file)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export async function runBuild(
  root: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  const site = siteAt(root);
  try {
    const { stdout, stderr } = await run('npm', ['run', 'build', '--silent'], {
      cwd: root,
      env: { ...buildEnvironment(), ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, site };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, site };
  }
}

/** Runs `npm run build` again in a site built before (to see what a second build reuses). */
export async function rebuildSite(site: BuiltSite): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await run('npm', ['run', 'build', '--silent'], {
      cwd: site.root,
      env: buildEnvironment(),
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, site };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, site };
  }
}
