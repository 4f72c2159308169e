import { LOCALES } from '../../i18n/languages';
import { getReviews, type Review } from '../reviews/reviews';
import { site } from '../site';
import { siteDiary } from './site-diary';
import { viewingsOf, type Viewing } from './viewings';
import { reviewYears, yearInReview, type YearInReview } from './year-in-review';

/** Every viewing on the site (published reviews and `content/diary.yaml`), newest first. */
export async function getViewings(): Promise<Viewing<Review>[]> {
  return viewingsOf(await getReviews(), siteDiary());
}

/** The year in review of every year with a viewing, newest first (for the pages and their cards). */
export async function getYearsInReview(): Promise<YearInReview<Review>[]> {
  const [viewings, reviews] = [await getViewings(), await getReviews()];
  return reviewYears(viewings).map((year) =>
    yearInReview(year, viewings, reviews, LOCALES[site.language]),
  );
}
