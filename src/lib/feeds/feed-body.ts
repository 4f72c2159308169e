import { FEED_TOKEN, type FeedBody } from '../body-facts';

export interface FeedBodyOptions {
  /** The review's absolute URL: relative links resolve against it. */
  pageUrl: string;
  /** Text of the link that stands in for each spoiler block. */
  spoilerNote: string;
  /** Text of the link that stands in for each inline spoiler (default: `'…'`). */
  spoilerLabel?: string;
  /** The feed markup of media part `index` (already made fit for feeds). */
  media: (index: number) => string;
}

const escapeText = (value: string) => value.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;');
const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&#x26;').replaceAll('"', '&#x22;');

/**
 * A review's body as feeds carry it: the feed version the Markdown pipeline recorded
 * (`rehypeBodyFacts`), its tokens filled in for this page: each relative URL made absolute
 * against `pageUrl`, the spoiler notes in the page's language, the media in place.
 */
export function feedBody(
  feed: FeedBody,
  { pageUrl, spoilerNote, spoilerLabel = '…', media }: FeedBodyOptions,
): string {
  return feed.html.replace(FEED_TOKEN, (_token, kind: string, index: string) => {
    if (kind === 'n') return escapeText(spoilerNote);
    if (kind === 's') return escapeText(spoilerLabel);
    if (kind === 'm') return media(Number(index));
    return escapeAttribute(new URL(feed.urls[Number(index)] ?? '', pageUrl).href);
  });
}
