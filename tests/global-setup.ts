import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's shared fixture builds (see helpers/shared-build.ts). */
    sharedBuilds: string;
  }
}

/**
 * One folder per `vitest run` for the fixture sites that several test files read: the
 * first file that needs a site builds it there, the others reuse it, and the folder goes
 * when the run ends.
 */
export default function setup(project: TestProject) {
  const base = fileURLToPath(new URL('.tmp', import.meta.url));
  mkdirSync(base, { recursive: true });
  const folder = mkdtempSync(path.join(base, 'run-'));
  project.provide('sharedBuilds', folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
