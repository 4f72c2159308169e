import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls';

/** `/robots.txt`: every page may be crawled; the sitemap index is named by its absolute URL. */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('sitemap-index.xml'))}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
