import type { APIRoute } from 'astro';
import { robotsText } from '../lib/page-meta/verification';
import { absoluteUrl, withBase } from '../lib/urls';

/** `/robots.txt`: the sitemap index by its absolute URL, and Daum's verification line when set. */
export const GET: APIRoute = () =>
  new Response(robotsText(absoluteUrl(withBase('sitemap-index.xml'))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
