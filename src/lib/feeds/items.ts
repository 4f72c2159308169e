/** Reviews in each feed, newest first. */
export const FEED_SIZE = 20;

/** One review as every feed carries it, with absolute URLs. */
export interface FeedItem {
  title: string;
  /** The review's absolute URL, also its id. */
  link: string;
  pubDate: Date;
  updatedDate?: Date | undefined;
  /** The summary (frontmatter `description` or the first paragraph). */
  description: string;
  /** The category first, then the tags. */
  categories: string[];
  /** The full text as HTML, spoilers left out. */
  content: string;
}
