import { paginate } from '../pagination';
import { getReviews } from './reviews';
import { site } from '../site';

/** The reviews of the home page's "latest" list: every review but the pinned ones, which show above it. */
function latestReviews<T extends { data: { featured: boolean } }>(reviews: T[]): T[] {
  return reviews.filter((review) => !review.data.featured);
}

/** The home page's pages: newest reviews first, `reviewsPerPage` each, pinned reviews left out (they are shown once, pinned). */
export async function homePages() {
  const pages = paginate(latestReviews(await getReviews()), site.reviewsPerPage);
  return pages.map((reviews, index) => ({ reviews, current: index + 1, total: pages.length }));
}

/** Reviews marked `featured: true`, newest first: pinned above the list on the first home page. */
export async function featuredReviews() {
  return (await getReviews()).filter((review) => review.data.featured);
}
