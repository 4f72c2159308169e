import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../../../helpers/build-site';

/** Every source file of the build: all of src/ but the command-line tools, and the Astro config. */
function buildSources(): string[] {
  const files: string[] = [path.join(repoRoot, 'astro.config.mjs')];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(repoRoot, 'src/cli')) walk(full);
      } else if (/\.(ts|mjs|js|astro)$/.test(entry.name)) files.push(full);
    }
  };
  walk(path.join(repoRoot, 'src'));
  return files;
}

test('builds never use the network: nothing the build loads imports the TMDB client', () => {
  const offenders = buildSources().filter((file) =>
    /(from\s*|import\s*\(\s*)['"][^'"]*\/cli\//.test(readFileSync(file, 'utf8')),
  );
  expect(offenders).toEqual([]);
});
