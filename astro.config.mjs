// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './content/site.config.ts';
import { siteFonts } from './src/integrations/fonts.ts';
import { nodeVersion } from './src/integrations/node-version.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { contentSecurityPolicy } from './src/lib/csp/policy.ts';
import { avifEncoding } from './src/lib/images/image-encoding.ts';
import { encodedPath } from './src/lib/url-encoding.ts';
import { markdown } from './src/plugins/index.ts';

export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace between an expression and an element on the
  // next line ("콜럼버스(2017)"); the lossless compression keeps the spaces readers see.
  compressHTML: true,
  build: { format: 'directory' },
  markdown,
  // Pretendard in unicode-range slices, or the reader's system fonts (`font` in site.config.ts).
  fonts: siteFonts(site.font),
  image: {
    // Astro's sharp service with the AVIF effort from the site settings (see README, "Images"),
    // and a pixel limit that stops a decompression bomb long before memory runs out.
    service: {
      entrypoint: './src/integrations/image-service.ts',
      config: { avif: avifEncoding(site.images.avifEffort), limitInputPixels: 100_000_000 },
    },
    responsiveStyles: true,
    layout: 'constrained',
  },
  // The sitemap lists every built page (404 excluded; drafts are never built).
  integrations: [
    nodeVersion(),
    // Page addresses spelled by the one encoder the links use (src/lib/urls.ts).
    sitemap({ serialize: (item) => ({ ...item, url: new URL(encodedPath(new URL(item.url).pathname), item.url).href }) }),
    searchIndex(),
    shareCards(),
    securityHeaders(),
  ],
  // A Content-Security-Policy in every page (no inline script runs unless Astro or Marquee
  // hashed it; see src/lib/csp/policy.ts), and the same policy in dist/_headers.
  security: { csp: contentSecurityPolicy(site) },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
