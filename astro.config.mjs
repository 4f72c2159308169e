// @ts-check
import { defineConfig } from 'astro/config';
import site from './content/site.config.ts';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';

export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    remarkPlugins,
    rehypePlugins,
    smartypants: false,
  },
  image: {
    responsiveStyles: true,
    layout: 'constrained',
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
