import { paginate } from '../pagination';
import { getReviews } from './reviews';
import { site } from '../site';

/** The home page's pages: newest reviews first, `reviewsPerPage` each. */
export async function homePages() {
  const pages = paginate(await getReviews(), site.reviewsPerPage);
  return pages.map((reviews, index) => ({ reviews, current: index + 1, total: pages.length }));
}

/** Reviews marked `featured: true`, newest first: pinned above the list on the first home page. */
export async function featuredReviews() {
  return (await getReviews()).filter((review) => review.data.featured);
}
