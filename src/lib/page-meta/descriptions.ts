import { t } from '../../i18n';
import type { Review } from '../reviews/reviews';
import { site } from '../site';

/**
 * Meta descriptions: long enough to say what the page holds (search engines replace
 * shorter ones with text of their own), short enough not to be cut in results.
 */
export const DESCRIPTION_LENGTH = { min: 50, max: 160 } as const;

/** Length as readers count it: code points, so a Hangul syllable is one. */
export const textLength = (text: string) => Array.from(text).length;

/** `text` cut to `max` characters at a space where there is one, with an ellipsis. */
export function clampText(text: string, max: number = DESCRIPTION_LENGTH.max): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (textLength(normalised) <= max) return normalised;
  const cut = Array.from(normalised)
    .slice(0, max - 1)
    .join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;·—-]+$/, '')}…`;
}

/**
 * A page's description: `lead` then as many `items` as fit ("장르: 드라마 — 리뷰 12편: 그녀,
 * 애프터썬, …"), then `more` sentences while it is shorter than the minimum.
 */
export function describePage(lead: string, items: string[] = [], more: string[] = []): string {
  let text = lead;
  items.forEach((item, index) => {
    const next = `${text}${index === 0 ? ': ' : ', '}${item}`;
    if (textLength(next) <= DESCRIPTION_LENGTH.max - 2) text = next;
  });
  if (items.length && !text.endsWith(items.at(-1)!)) text += ' …';
  for (const sentence of more) {
    if (textLength(text) >= DESCRIPTION_LENGTH.min) break;
    text = `${text}${/[.!?…]$/.test(text) ? '' : '.'} ${sentence}`;
  }
  return clampText(text);
}

/** Sentences that pad a short description with what the whole site is. */
export const siteSentences = () => [site.description, t(site.language, 'meta.siteSuffix', { site: site.title })];

/** A review's description, with the film named first when the author's text is short. */
export function reviewDescription(review: Pick<Review, 'description' | 'data'>): string {
  const { movie } = review.data;
  const film = [movie.title, movie.originalTitle !== movie.title && movie.originalTitle, movie.year].filter(Boolean).join(', ');
  if (textLength(review.description) >= DESCRIPTION_LENGTH.min) return clampText(review.description);
  const lead = t(site.language, 'meta.review', { film, title: review.data.title });
  return describePage(`${lead} ${review.description}`.trim(), [], siteSentences());
}
