import { t } from '../../i18n';
import type { SiteSettings } from '../../schemas/site';
import type { Review } from '../reviews/reviews';
import { site } from '../site';
import { filmLabel, titleIsFilm } from './film-names';

/** The settings generated text reads: the site's by default, an English or Korean one in tests. */
export type TextSettings = Pick<SiteSettings, 'language' | 'title' | 'description'>;

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
export const siteSentences = (settings: TextSettings = site) => [
  settings.description,
  t(settings.language, 'meta.siteSuffix', { site: settings.title }),
];

/**
 * A review's description: the author's when it is long enough, else the film named first
 * ("A review of Her (2013): Lonely hearts."), without saying the title twice when the
 * headline is the film's title ("A review of Halloween (1978)."), in the review's language.
 */
export function reviewDescription(
  review: Pick<Review, 'description' | 'data'> & Partial<Pick<Review, 'lang'>>,
  settings: TextSettings = site,
): string {
  const { movie, title } = review.data;
  if (textLength(review.description) >= DESCRIPTION_LENGTH.min) return clampText(review.description);
  const lang = review.lang ?? settings.language;
  const film = filmLabel(movie);
  const lead = titleIsFilm(title, movie) ? t(lang, 'meta.reviewOf', { film }) : t(lang, 'meta.review', { film, title });
  return describePage(`${lead} ${review.description}`.trim(), [], siteSentences(settings));
}
