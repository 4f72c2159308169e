import { feedHtml } from '../feeds/feed-html';
import type { FeedItem } from '../feeds/items';
import { t } from '../site';
import { absoluteUrl, listPath, reviewPath } from '../urls';
import type { FilmList } from './lists';

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A dated list as a feed item: its introduction, then its films in order (each linked to
 * its review where the blog has one, with its note), every URL absolute. Undated lists are
 * not in the feeds: a feed orders its items by date.
 */
export function listFeedItem(list: FilmList): FeedItem | undefined {
  const { pubDate } = list.entry.data;
  if (!pubDate) return undefined;
  const link = absoluteUrl(listPath(list.slug));
  const films = list.items
    .map((item) => {
      const name = [item.film.title, item.film.year && `(${item.film.year})`]
        .filter(Boolean)
        .join(' ');
      const title = item.review
        ? `<a href="${reviewPath(item.review.slug)}">${escape(name)}</a>`
        : escape(name);
      return `<li>${title}${item.noteHtml ? `<div>${item.noteHtml}</div>` : ''}</li>`;
    })
    .join('');
  const tag = list.ranked ? 'ol' : 'ul';
  const html = `${list.entry.rendered?.html ?? ''}<${tag}>${films}</${tag}>`;
  return {
    title: list.title,
    link,
    pubDate,
    description: list.description,
    categories: [t('lists.title')],
    content: feedHtml(html, { pageUrl: link, spoilerNote: t('feed.spoilerOmitted') }),
  };
}

/** `reviews` and the dated `lists` as one feed, newest first, at most `size` items. */
export function withListItems(reviews: FeedItem[], lists: FilmList[], size: number): FeedItem[] {
  const listItems = lists.flatMap((list) => listFeedItem(list) ?? []);
  return [...reviews, ...listItems]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
    .slice(0, size);
}
