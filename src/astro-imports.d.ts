/**
 * `.astro` imports as plain TypeScript sees them (`tsc`, typescript-eslint), which cannot
 * read Astro files: a component factory, its props unchecked. `astro check` resolves the
 * real files and checks their props; this declaration only covers imports it cannot resolve.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
