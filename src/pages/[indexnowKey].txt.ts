import type { APIRoute, GetStaticPaths } from 'astro';
import { MarqueeError } from '../lib/errors';
import { readIndexNowKey } from '../lib/indexnow/indexnow';

/**
 * `/<key>.txt`, IndexNow's proof that the key is the site's: built only when `INDEXNOW_KEY`
 * is set (README, "Search portals"). A malformed key stops the build.
 */
export const getStaticPaths = (() => {
  const { key, problem } = readIndexNowKey();
  if (problem) throw new MarqueeError(problem);
  return key ? [{ params: { indexnowKey: key } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(params.indexnowKey, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
