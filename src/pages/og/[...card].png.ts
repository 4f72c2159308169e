import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '../../lib/share-cards/pages';
import { cachedCard, cardCacheDir } from '../../lib/share-cards/render';
import type { ShareCard } from '../../lib/share-cards/cards';

export const getStaticPaths = (async () =>
  (await allCards()).map((card) => ({
    params: { card: card.file.replace(/\.png$/, '') },
    props: { card },
    // The file name holds the hash of everything the card shows: an unchanged card is
    // copied from the incremental build's cache without being read or drawn again.
    cacheKey: card.file,
  }))) satisfies GetStaticPaths;

/** `/og/reviews/her.1a2b3c4d5e6f.png`, `/og/site.….png`, `/og/genres/드라마.….png`: 1200 × 630 preview cards. */
export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedCard(props.card.content, cardCacheDir())), {
    headers: { 'Content-Type': 'image/png' },
  });
