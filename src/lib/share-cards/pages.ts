import { getReviews, getTranslations, type Review } from '../reviews/reviews';
import { translationCard } from '../reviews/language-pages';
import { taxonomyTerms } from '../taxonomies/taxonomy-pages';
import { TAXONOMIES } from '../taxonomies/taxonomies';
import { reviewCard, siteCard, termPageCard, type ShareCard } from './cards';
import { cardStats } from './render';
import { getLists } from '../lists/lists';
import { listCard } from './list-card';
import { getYearsInReview } from '../diary/site-viewings';
import { yearInReviewCard } from './year-card';
import { site } from '../site';

/** Whether reviews have cards of their own (`site.scale.reviewCards`), else the site card. */
const ownReviewCards = () => site.scale.reviewCards === 'own';

/** Every card the site links: the site card, one per review and translation, one per term that has its own (shared by its pages). */
export async function allCards(): Promise<ShareCard[]> {
  const reviews = await getReviews();
  const cards = [
    siteCard(reviews),
    ...(ownReviewCards() ? reviews.map((review) => reviewCard(review)) : []),
    ...(ownReviewCards() ? (await getTranslations()).map(translationCard) : []),
    ...(await getLists()).map((list) => listCard(list)),
    ...(await getYearsInReview()).map((summary) => yearInReviewCard(summary)),
  ];
  for (const taxonomy of TAXONOMIES) {
    for (const { term, reviews: termReviews } of await taxonomyTerms(taxonomy)) {
      const card = termPageCard(taxonomy, term, termReviews);
      if (card) cards.push(card);
    }
  }
  cardStats.linked = cards.length;
  return cards;
}

/** The site card by review list: every page without a card of its own names it, and hashing it is not free. */
const siteCards = new WeakMap<Review[], ShareCard>();

/** The site card, for every page without a card of its own: home, the fixed pages, people and tags. */
export async function currentSiteCard(): Promise<ShareCard> {
  const reviews = await getReviews();
  let card = siteCards.get(reviews);
  if (!card) siteCards.set(reviews, (card = siteCard(reviews)));
  return card;
}

/** A review page's card: its own (a translation's in its language), or the site card (`site.scale`). */
export async function reviewPageCard(review: Review): Promise<ShareCard> {
  if (!ownReviewCards()) return currentSiteCard();
  return review.data.translationOf ? translationCard(review) : reviewCard(review);
}
