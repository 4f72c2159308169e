import type { RehypePlugins, RemarkPlugins } from 'astro';

/**
 * THE ordered Markdown plugin lists. `astro.config.mjs` and the tests import these, so
 * what the tests check is what the site renders.
 */
export const remarkPlugins: RemarkPlugins = [];

export const rehypePlugins: RehypePlugins = [];
