import { t, tCount } from '../../i18n';
import { yearLabel } from '../browse/archive';
import type { YearInReview } from '../diary/year-in-review';
import { reviewImage } from '../images/review-image';
import type { Review } from '../reviews/reviews';
import { site } from '../site';
import { imageFile, shareCard, type CardSettings, type ShareCard } from './cards';
import { STRIP_POSTER, type CardContent } from './layout';

/** Whole hours of a year's known runtimes, for the card and the page ("96시간"). */
export const hoursOf = (minutes: number) => Math.round(minutes / 60);

/** The year in review's card: "2023년의 영화", "48편, 96시간", posters of the best-rated films. */
export function yearInReviewCard(
  summary: YearInReview<Review>,
  settings: CardSettings = site,
): ShareCard {
  const { language } = settings;
  const heading = t(language, 'yearInReview.title', { year: yearLabel(summary.year, language) });
  const films = tCount(language, 'count.films', summary.films);
  const hours = tCount(language, 'count.hours', hoursOf(summary.minutes));
  const content: CardContent = {
    kind: 'collection',
    siteName: settings.title,
    heading,
    subheading: `${films}, ${hours}`,
    posters: summary.best
      .flatMap(({ review }) => {
        const poster = review && reviewImage(review.data, 'card');
        return poster ? [imageFile(poster)] : [];
      })
      .slice(0, STRIP_POSTER.count),
  };
  return shareCard(
    `year-in-review/${summary.year}`,
    content,
    t(language, 'share.yearInReviewAlt', { site: settings.title, heading, films, hours }),
  );
}
