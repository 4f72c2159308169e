/**
 * Media in the Markdown body, resolved when the page is rendered.
 *
 * Why: Astro renders Markdown once, when it syncs the content collection, long before
 * `astro:assets` can optimise an image, and what it keeps is an HTML string. Astro's own
 * answer (an `<img __ASTRO_IMAGE_>` resolved by `render(entry)`) yields one `<img>` in one
 * format, with no `<picture>`, no placeholder and no gallery or trailer around it.
 *
 * How:
 * 1. At sync time the remark plugins replace every local image, `:::gallery` and
 *    `::trailer` with a marker element, `<marquee-media type="…">` (see
 *    `src/lib/markup.ts`), after checking the files and attributes, so mistakes
 *    stop the build with the post's file and line.
 * 2. At render time `splitBody` cuts the stored HTML at those markers (read with a real
 *    HTML parser, so entities and quotes are exact) into HTML runs and media parts, and
 *    `ReviewBody.astro` renders each media part with the very components the frontmatter
 *    uses (`ResponsivePicture`, `Gallery`, `Trailer`), resolving each image path with
 *    `src/lib/images/content-images.ts` (an `import.meta.glob` over the content images, so Vite
 *    and `astro:assets` treat them exactly like frontmatter images in `dev` and `build`).
 *
 * A component rendered this way also brings its client script, so a page carries the
 * trailer or lightbox script only when it shows a trailer or a gallery.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import { MEDIA_MARKER } from '../markup';
import { parseVideo } from './video';

/** An image as written in the body: its path relative to the post. */
export interface BodyImage {
  src: string;
  alt: string;
  /** The image's title: the caption in a gallery. */
  title?: string | undefined;
}

type BodyPart =
  | { type: 'html'; html: string }
  | { type: 'image'; image: BodyImage }
  | { type: 'gallery'; images: BodyImage[] }
  | { type: 'trailer'; url: string; label?: string | undefined };

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

const isMarker = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === MEDIA_MARKER;

function bodyImage(element: Element): BodyImage {
  const { src, alt, title } = element.properties;
  return { src: String(src ?? ''), alt: String(alt ?? ''), title: text(title) };
}

/** The media part a marker stands for. */
function mediaPart(element: Element): BodyPart {
  const { type, url, label } = element.properties;
  if (type === 'gallery')
    return { type: 'gallery', images: element.children.filter(isMarker).map(bodyImage) };
  if (type === 'trailer') return { type: 'trailer', url: String(url ?? ''), label: text(label) };
  return { type: 'image', image: bodyImage(element) };
}

/** The outermost markers, in document order. */
function markers(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName !== MEDIA_MARKER) return;
    found.push(node);
    return SKIP;
  });
  return found;
}

/** Cuts rendered body HTML into HTML runs and the media parts between them. */
export function splitBody(html: string): BodyPart[] {
  if (!html.includes(`<${MEDIA_MARKER}`)) return html ? [{ type: 'html', html }] : [];
  const parts: BodyPart[] = [];
  let from = 0;
  for (const marker of markers(fromHtml(html, { fragment: true }))) {
    const start = marker.position?.start.offset;
    const end = marker.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (start > from) parts.push({ type: 'html', html: html.slice(from, start) });
    parts.push(mediaPart(marker));
    from = end;
  }
  if (from < html.length) parts.push({ type: 'html', html: html.slice(from) });
  return parts;
}

/**
 * Whether the body places a trailer of `video` itself (`::trailer` of the same YouTube or
 * Vimeo id). The page then shows that one, where the author put it, and not a second
 * player of the same video from `movie.trailer` above the body.
 */
export function bodyPlacesVideo(html: string, video: { provider: string; id: string }): boolean {
  return splitBody(html).some((part) => {
    if (part.type !== 'trailer') return false;
    const placed = parseVideo(part.url);
    return placed?.provider === video.provider && placed.id === video.id;
  });
}
