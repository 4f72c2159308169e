import { MEDIA_MARKER } from './markup';

/*
 * What pages and feeds need from a review's body, recorded by the Markdown pipeline
 * (`rehypeBodyFacts`) on the entry, beside the excerpt and reading time: read here as data,
 * so nothing parses the rendered HTML back (DESIGN.md, habit 12).
 */

/** An image as written in the body: its path relative to the post. */
export interface BodyImage {
  src: string;
  alt: string;
  /** The image's title: the caption in a gallery. */
  title?: string | undefined;
}

/** A local image, a `:::gallery` or a `::trailer` of the body, in document order. */
export type BodyMedia =
  | { type: 'image'; image: BodyImage }
  | { type: 'gallery'; images: BodyImage[] }
  | { type: 'trailer'; url: string; label?: string | undefined };

/** A heading of the body, as the table of contents may show it. */
export interface BodyHeading {
  depth: number;
  /** Its id (spoiler-free: `rehypeHeadingLinks`). */
  slug: string;
  /** Its text, each inline spoiler as `…`. */
  text: string;
  /** Inside a `:::spoiler` block: never listed in the contents. */
  inSpoiler: boolean;
}

/**
 * The body as feeds carry it: spoilers left out, what only works on the site dropped,
 * sanitised. Its relative URLs, the media and the spoiler notes (which depend on the page's
 * address and language) are tokens (`FEED_TOKEN`) that `feedBody` fills in.
 */
export interface FeedBody {
  html: string;
  /** The URLs the `u` tokens stand for, as written (relative to the review's page). */
  urls: string[];
}

export interface BodyFacts {
  media: BodyMedia[];
  /** The videos the body's `::trailer`s place (`provider` and `id`). */
  placedVideos: { provider: string; id: string }[];
  headings: BodyHeading[];
  feed: FeedBody;
}

/** Where the facts travel: a key of the entry's `remarkPluginFrontmatter`. */
export const BODY_FACTS_KEY = 'marqueeBody';

/**
 * A feed token: `\uE000` + kind + index + `\uE001`, private-use characters the pipeline
 * removes from the body's own text first. Kinds: `u` a URL (`urls[index]`), `m` the media
 * part `index`, `n` the note that stands for a spoiler block, `s` an inline spoiler's label.
 */
export const FEED_TOKEN = /\uE000([umns])(\d*)\uE001/g;

/** A feed token of `kind`. */
export const feedToken = (kind: 'u' | 'm' | 'n' | 's', index: number | '' = '') =>
  `\uE000${kind}${index}\uE001`;

/** The HTML that stands in the rendered body for media part `index`. */
export const mediaPlaceholder = (index: number) =>
  `<${MEDIA_MARKER} data-part="${index}"></${MEDIA_MARKER}>`;

/**
 * The placeholders, exactly as the pipeline writes them. Nothing else can look like one:
 * text has its `<` escaped, attribute values their `"`, and raw HTML may not name
 * `<marquee-media>` (`remarkReservedHtml`).
 */
export const MEDIA_PLACEHOLDER = new RegExp(
  `<${MEDIA_MARKER} data-part="(\\d+)"></${MEDIA_MARKER}>`,
  'g',
);

const EMPTY: BodyFacts = {
  media: [],
  placedVideos: [],
  headings: [],
  feed: { html: '', urls: [] },
};

/** The facts recorded for an entry (`entry.rendered.metadata`); none for a body never rendered. */
export function bodyFacts(metadata: Record<string, unknown> | undefined): BodyFacts {
  const frontmatter = metadata?.frontmatter as Record<string, unknown> | undefined;
  const facts = frontmatter?.[BODY_FACTS_KEY] as BodyFacts | undefined;
  return facts ?? EMPTY;
}
