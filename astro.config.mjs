// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './content/site.config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { markdown } from './src/plugins/index.ts';

export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown,
  image: {
    // Astro's sharp service with the AVIF effort from the site settings (see README, "Images").
    service: { entrypoint: './src/integrations/image-service.ts', config: { avifEffort: site.images.avifEffort } },
    responsiveStyles: true,
    layout: 'constrained',
  },
  // The sitemap lists every built page (404 excluded; drafts are never built).
  integrations: [sitemap(), searchIndex()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
