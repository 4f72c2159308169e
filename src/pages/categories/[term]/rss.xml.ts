import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems } from '../../../components/review/feed-items';
import { t } from '../../../i18n';
import { FEED_SIZE } from '../../../lib/feeds/items';
import { categoryFeedPath } from '../../../lib/feeds/paths';
import { rssResponse } from '../../../lib/feeds/rss';
import { site } from '../../../lib/site';
import { taxonomyTerms } from '../../../lib/taxonomies/taxonomy-pages';

export const getStaticPaths = (async () =>
  (await taxonomyTerms('categories')).map(({ term, reviews }) => ({
    params: { term: term.slug },
    props: { term, reviews },
  }))) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

/** `/categories/<name>/rss.xml`: one category's newest reviews, announced on its page. */
export const GET: APIRoute<Props> = async ({ props: { term, reviews } }) =>
  rssResponse({
    title: t(site.language, 'feed.categoryTitle', { site: site.title, category: term.name }),
    description: t(site.language, `taxonomy.categories.term`, { name: term.name }),
    path: categoryFeedPath(term),
    items: await feedItems(reviews.slice(0, FEED_SIZE)),
  });
