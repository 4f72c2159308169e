import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

/**
 * The settings a project's tests see: `src/lib/site.ts`'s import of the author's
 * `content/site.config.ts` resolves to `tests/fixtures/settings/<language>.ts` instead, so no
 * test depends on the author's settings and the fast tests run in each site language.
 */
const settings = (language: 'ko' | 'en') => ({
  resolve: {
    alias: [
      {
        find: '../../content/site.config',
        replacement: fileURLToPath(new URL(`fixtures/settings/${language}.ts`, import.meta.url)),
      },
    ],
  },
});

/** The tests that need no site build (`npm run test:unit`), run once per site language. */
const fast = ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'];
/** Plugin fixtures are HTML snapshots (output.html) of the Korean labels, so they run in Korean only. */
const plugins = ['tests/plugins/**/*.test.ts'];

export default getViteConfig(
  {
    test: {
      root: new URL('..', import.meta.url).pathname,
      // Fixture sites that several files read are built once per run (helpers/shared-build.ts).
      globalSetup: ['tests/global-setup.ts'],
      // Build and browser tests run whole Astro builds; give them room on a 2-core machine.
      testTimeout: 180_000,
      hookTimeout: 300_000,
      fileParallelism: false,
      // `npm run test:unit` reports how much of lib/, plugins/ and schemas/ the fast tests run,
      // and fails below these floors (set a little under what they reach, so they hold).
      coverage: {
        provider: 'v8',
        include: ['src/lib/**/*.ts', 'src/plugins/**/*.ts', 'src/schemas/**/*.ts'],
        reporter: ['text-summary'],
        reportsDirectory: 'tests/.tmp/coverage',
        thresholds: { statements: 88, branches: 82, functions: 86, lines: 89 },
      },
      projects: [
        { extends: true, ...settings('ko'), test: { name: 'ko', include: [...fast, ...plugins] } },
        { extends: true, ...settings('en'), test: { name: 'en', include: fast } },
        // Builds run each fixture site with its own settings; what they import in-process sees the Korean ones.
        {
          extends: true,
          ...settings('ko'),
          test: {
            name: 'builds',
            include: ['tests/**/*.test.ts'],
            exclude: [...configDefaults.exclude, 'tests/.tmp/**', ...fast, ...plugins],
          },
        },
      ],
    },
  },
  // Astro's own `site` and `base` (which URLs are built from) as the settings fixtures have
  // them, not as the author's content/site.config.ts sets them in astro.config.mjs.
  { site: 'https://marquee.example.com/', base: '/' },
);
