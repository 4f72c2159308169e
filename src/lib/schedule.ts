import { isoDate } from './format';

/**
 * Whether a post dated `pubDate` is still in the future at `now`, so a production build
 * leaves it out until a rebuild on or after its date. A plain date (`2030-01-01`, which
 * YAML makes midnight UTC) is due from the start of that day in the site's time zone; a
 * full date-time is due from that instant.
 */
export function isScheduled(pubDate: Date, now: Date, timeZone: string): boolean {
  const plainDate = pubDate.getTime() % 86_400_000 === 0;
  if (!plainDate) return pubDate.getTime() > now.getTime();
  return isoDate(pubDate, 'UTC') > isoDate(now, timeZone);
}

/**
 * Whether a post is on the built site at `now`: neither a draft nor dated later. The one
 * rule for what a production build publishes (the pages' list and the review loader).
 */
export function isPublic(
  post: { draft?: boolean | undefined; pubDate: Date },
  now: Date,
  timeZone: string,
): boolean {
  return !post.draft && !isScheduled(post.pubDate, now, timeZone);
}
