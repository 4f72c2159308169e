import { getReviews, type Review } from '../reviews/reviews';
import { siteDiary } from './site-diary';
import { viewingsOf, type Viewing } from './viewings';

/** Every viewing on the site (published reviews and `content/diary.yaml`), newest first. */
export async function getViewings(): Promise<Viewing<Review>[]> {
  return viewingsOf(await getReviews(), siteDiary());
}
