import type { MarkdownHeading } from 'astro';
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import {
  BODY_FACTS_KEY,
  feedToken,
  type BodyFacts,
  type BodyHeading,
  type BodyImage,
  type BodyMedia,
  type FeedBody,
} from '../../lib/body-facts';
import { feedTree } from '../../lib/feeds/feed-html';
import { MEDIA_MARKER, isSpoilerElement } from '../../lib/markup';
import { parseVideo } from '../../lib/media/video';
import { hasInlineSpoiler, headingTextWithoutSpoilers } from '../../lib/toc';

const HEADING = /^h([1-6])$/;
/** The characters feed tokens are made of; taken out of the body's own text and attributes first. */
const TOKEN_CHARACTERS = /[\uE000\uE001]/g;

const isMarker = (node: RootContent | ElementContent): node is Element =>
  node.type === 'element' && node.tagName === MEDIA_MARKER;

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

function bodyImage(element: Element): BodyImage {
  const { src, alt, title } = element.properties;
  return { src: String(src ?? ''), alt: String(alt ?? ''), title: text(title) };
}

/** The media a marker stands for (see `markAsMedia`). */
function mediaOf(element: Element): BodyMedia {
  const { type, url, label } = element.properties;
  if (type === 'gallery')
    return { type: 'gallery', images: element.children.filter(isMarker).map(bodyImage) };
  if (type === 'trailer') return { type: 'trailer', url: String(url ?? ''), label: text(label) };
  return { type: 'image', image: bodyImage(element) };
}

/**
 * Takes the media out of the tree, in document order: each outermost marker becomes an
 * empty placeholder (`mediaPlaceholder`) naming its place in the list.
 */
function takeMedia(tree: Root): BodyMedia[] {
  const media: BodyMedia[] = [];
  const walk = (parent: Root | Element) => {
    parent.children.forEach((child, index) => {
      if (child.type !== 'element') return;
      if (!isMarker(child)) {
        walk(child);
        return;
      }
      const placeholder: Element = {
        type: 'element',
        tagName: MEDIA_MARKER,
        properties: { dataPart: String(media.length) },
        children: [],
      };
      media.push(mediaOf(child));
      parent.children[index] = placeholder;
    });
  };
  walk(tree);
  return media;
}

/**
 * The headings in document order, with Astro's text (`headings` from its own id pass,
 * which `rehypeHeadingLinks` ran) but the final, spoiler-free ids, each inline spoiler
 * as `…`, and whether a `:::spoiler` block holds it.
 */
function headingsOf(tree: Root, astro: MarkdownHeading[]): BodyHeading[] {
  const headings: BodyHeading[] = [];
  const walk = (node: Root | Element, inSpoiler: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const depth = HEADING.exec(child.tagName)?.[1];
      if (depth && typeof child.properties.id === 'string') {
        const written = astro[headings.length]?.text ?? toString(child);
        headings.push({
          depth: Number(depth),
          slug: child.properties.id,
          text: hasInlineSpoiler(child) ? headingTextWithoutSpoilers(child) : written,
          inSpoiler,
        });
        continue;
      }
      walk(child, inSpoiler || isSpoilerElement(child));
    }
  };
  walk(tree, false);
  return headings;
}

/** Whether `value` is a URL of its own (`https:…`, `mailto:…`), not one relative to the page. */
const isAbsolute = (value: string) => /^[a-z][a-z\d+.-]*:/i.test(value);

/**
 * The body as feeds carry it (`feedTree` over a copy, the author's raw HTML parsed as
 * Astro's `rehype-raw` will, every media placeholder a token), with each relative URL
 * and what depends on the page's language left as tokens for `feedBody`.
 */
function feedOf(tree: Root): FeedBody {
  const copy = structuredClone(tree);
  let hasRaw = false;
  const clean = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'raw') {
      node.value = node.value.replace(TOKEN_CHARACTERS, '');
      hasRaw ||= node.type === 'raw';
    }
    if (node.type === 'element')
      for (const [name, value] of Object.entries(node.properties))
        if (typeof value === 'string') node.properties[name] = value.replace(TOKEN_CHARACTERS, '');
    if ('children' in node) node.children.forEach(clean);
  };
  clean(copy);
  // Re-reading the tree through an HTML parser is the costly part: only for the author's raw HTML.
  const parsed = hasRaw ? (raw(copy) as Root) : copy;
  const placeMedia = (parent: Root | Element) => {
    parent.children.forEach((child, index) => {
      if (child.type !== 'element') return;
      if (child.tagName === MEDIA_MARKER)
        parent.children[index] = {
          type: 'text',
          value: feedToken('m', Number(child.properties.dataPart)),
        };
      else placeMedia(child);
    });
  };
  placeMedia(parsed);
  const urls: string[] = [''];
  const url = (value: string) => {
    if (isAbsolute(value) || value.startsWith('//')) return value;
    urls.push(value);
    return feedToken('u', urls.length - 1);
  };
  const feed = feedTree(parsed, {
    url,
    pageHref: feedToken('u', 0),
    spoilerNote: feedToken('n'),
    spoilerLabel: feedToken('s'),
  });
  return { html: toHtml(feed), urls };
}

/**
 * Records what pages and feeds need from the body (`BodyFacts`) on the entry, beside the
 * excerpt and reading time: its media (each replaced in the HTML by a placeholder), the
 * videos its trailers place, its headings and which a spoiler holds, and its feed version.
 * Runs after the heading links, so ids and headings are final.
 */
export function rehypeBodyFacts() {
  return (tree: Root, file: VFile) => {
    const media = takeMedia(tree);
    const placedVideos = media.flatMap((part) => {
      const video = part.type === 'trailer' ? parseVideo(part.url) : undefined;
      return video ? [{ provider: video.provider, id: video.id }] : [];
    });
    const astro = (file.data.astro ??= {});
    const facts: BodyFacts = {
      media,
      placedVideos,
      headings: headingsOf(tree, astro.headings ?? []),
      feed: feedOf(tree),
    };
    astro.frontmatter = { ...astro.frontmatter, [BODY_FACTS_KEY]: facts };
  };
}
