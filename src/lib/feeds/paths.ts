import type { Term } from '../taxonomies/taxonomies';
import { termPath, withBase } from '../urls';

/** `/rss.xml`: every category. */
export const rssPath = () => withBase('rss.xml');

/** `/feed.json`: the same items as JSON Feed 1.1. */
export const jsonFeedPath = () => withBase('feed.json');

/** `/categories/<name>/rss.xml`: one category's reviews. */
export const categoryFeedPath = (category: Pick<Term, 'slug'>) =>
  `${termPath('categories', category)}rss.xml`;
