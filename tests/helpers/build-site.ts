import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
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
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  // SITE too: vitest mirrors Astro's import.meta.env.SITE, which a build would read as the deployment's address.
  for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
  return env;
}

export interface BuildOptions {
  /** A folder holding `site.config.ts` and `reviews/` (default: the repository's `content/`). */
  content?: string;
  /** Changes files in the temporary copy before the build. */
  edit?: (root: string) => void;
  /** Environment variables for the build (`SITE`, `BASE`). */
  env?: Record<string, string>;
}

/**
 * Builds Marquee in a temporary copy of the project, so builds never touch the working
 * tree and can run side by side. `content` is a folder holding `site.config.ts` and
 * `reviews/` (default: the repository's own sample content); `edit` may change files
 * in the copy before the build.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const base = path.join(repoRoot, 'tests', '.tmp');
  mkdirSync(base, { recursive: true });
  const root = mkdtempSync(path.join(base, 'site-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(path.join(repoRoot, entry))) cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  cpSync(options.content ?? path.join(repoRoot, 'content'), path.join(root, 'content'), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  options.edit?.(root);

  const dist = path.join(root, 'dist');
  const site: BuiltSite = {
    root,
    dist,
    read: (file) => readFileSync(path.join(dist, file), 'utf8'),
    exists: (file) => existsSync(path.join(dist, file)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  try {
    const { stdout, stderr } = await run('npm', ['run', 'build', '--silent'], {
      cwd: root,
      env: { ...buildEnvironment(), ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, site };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, site };
  }
}
