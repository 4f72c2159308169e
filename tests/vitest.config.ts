/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // Fixture sites that several files read are built once per run (helpers/shared-build.ts).
    globalSetup: ['tests/global-setup.ts'],
    // Build and browser tests run whole Astro builds; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
