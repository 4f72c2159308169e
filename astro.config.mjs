// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './content/site.config.ts';
import { contentImages } from './src/integrations/content-images.ts';
import { devBrowser } from './src/integrations/dev-browser.ts';
import { siteFonts } from './src/integrations/fonts.ts';
import { heapGrowth } from './src/integrations/heap-growth.ts';
import { hostLimits } from './src/integrations/host-limits.ts';
import { nodeVersion } from './src/integrations/node-version.ts';
import { publishSite } from './src/integrations/publish-site.ts';
import { publishedAssets } from './src/integrations/published-assets.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { contentSecurityPolicy } from './src/lib/csp/policy.ts';
import { avifEncoding } from './src/lib/images/variants.ts';
import { encodedPath } from './src/lib/url-encoding.ts';
import { markdown } from './src/plugins/index.ts';
import { isTermRedirect } from './src/lib/taxonomies/term-redirects.ts';
import { sitemapLinks } from './src/lib/page-meta/alternates.ts';

export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: 'always',
  // Optimised images and the content store, kept between builds (and between CI runs:
  // .github/workflows/deploy.yml caches this folder), so an unchanged photo is never re-encoded.
  cacheDir: './.cache/astro',
  // Astro 7's default ('jsx') drops the whitespace between an expression and an element on the
  // next line ("콜럼버스(2017)"); the lossless compression keeps the spaces readers see.
  compressHTML: true,
  // Styles in cached files rather than inlined into every page: a review page's HTML stays
  // under 40 KB, and readers download the CSS once for the whole site.
  // Four pages at a time: a preview card is rasterised by sharp off the main thread, so the
  // next pages render meanwhile instead of the build waiting for each card (a cold build of
  // 1,000 reviews: 58 s → 42 s on two cores).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Scoped styles marked by a short class rather than a data-astro-cid-… attribute on every
  // element (same specificity), and the small client scripts as cached files rather than
  // inlined into every page that uses them: both for the 40 KB review page.
  scopedStyleStrategy: 'class',
  vite: { build: { assetsInlineLimit: 0 } },
  markdown,
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
  // The sitemap lists every built page (404 excluded; drafts are never built); images no page
  // uses are left out of dist/ before the search index is built.
  integrations: [
    nodeVersion(),
    // Full garbage collections before the heap doubles: the same speed in less memory.
    heapGrowth(),
    // Under `astro dev`: a post that breaks shows the error overlay in tabs already open.
    devBrowser(),
    // Pretendard in unicode-range slices, or the reader's system fonts (`font` in site.config.ts).
    siteFonts(site.font),
    // The images published posts' bodies name, and nothing else under content/, reach the bundler.
    contentImages(),
    // Page addresses spelled by the one encoder the links use (src/lib/urls.ts).
    sitemap({
      // Old term addresses kept as redirects are not pages of their own.
      filter: (page) => !isTermRedirect(page),
      // A review in two languages names both pages (and x-default), as its <link rel="alternate" hreflang>.
      serialize: (item) => {
        const links = sitemapLinks(item.url);
        const url = new URL(encodedPath(new URL(item.url).pathname), item.url).href;
        return links ? { ...item, url, links } : { ...item, url };
      },
    }),
    publishedAssets(),
    searchIndex(),
    shareCards(),
    securityHeaders(),
    // One warning line when dist/ is larger than GitHub Pages or Cloudflare Pages take.
    hostLimits(),
    // Last: the build writes to .cache/dist-staging/ and becomes dist/ only once every step
    // above has succeeded; a failed build leaves no dist/ at all (README, "Deploying").
    publishSite(),
  ],
  // A Content-Security-Policy in every page (no inline script runs unless Astro or Marquee
  // hashed it; see src/lib/csp/policy.ts), and the same policy in dist/_headers.
  security: { csp: contentSecurityPolicy(site) },
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/lib/cache-keys.ts) and code are unchanged are copied from
  // cacheDir instead of rendered again: editing one review rebuilds its page, its
  // neighbours' and related reviews' pages and the lists that show it.
  experimental: { incrementalBuild: true },
  server: { host: '127.0.0.1' },
});
