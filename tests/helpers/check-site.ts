import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './build-site';

const run = promisify(execFile);

/** A temporary copy of Marquee with `content` as its content folder (as `buildSite` makes). */
export function copyProject(content: string, edit?: (root: string) => void): string {
  const base = path.join(repoRoot, 'tests', '.tmp');
  mkdirSync(base, { recursive: true });
  const root = mkdtempSync(path.join(base, 'check-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(path.join(repoRoot, entry)))
      cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  cpSync(content, path.join(root, 'content'), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  edit?.(root);
  return root;
}

/** Runs `npm run check` (with `args`) in `root`: its exit code and output. */
export async function runCheck(
  root: string,
  args: string[] = [],
): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const key of [
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'BASE_URL',
  ])
    delete env[key];
  try {
    const { stdout, stderr } = await run('npm', ['run', 'check', '--silent', '--', ...args], {
      cwd: root,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const {
      code = 1,
      stdout = '',
      stderr = '',
    } = error as { code?: number; stdout?: string; stderr?: string };
    return { code, output: stdout + stderr };
  }
}
