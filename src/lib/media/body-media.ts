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
 *    stop the build with the post's file and line. The last rehype plugin
 *    (`rehypeBodyFacts`) records the media as data on the entry and leaves an empty
 *    placeholder in the HTML (`mediaPlaceholder`).
 * 2. At render time `splitBody` cuts the stored HTML at those placeholders into HTML runs
 *    and media parts, and `ReviewBody.astro` renders each media part with the very
 *    components the frontmatter uses (`ResponsivePicture`, `Gallery`, `Trailer`), resolving
 *    each image path with `src/lib/images/content-images.ts` (an `import.meta.glob` over the
 *    content images, so Vite and `astro:assets` treat them exactly like frontmatter images
 *    in `dev` and `build`).
 *
 * A component rendered this way also brings its client script, so a page carries the
 * trailer or lightbox script only when it shows a trailer or a gallery.
 */
import { MEDIA_PLACEHOLDER, type BodyFacts, type BodyMedia } from '../body-facts';

export type { BodyImage, BodyMedia } from '../body-facts';

export type BodyPart = { type: 'html'; html: string } | BodyMedia;

/** Cuts rendered body HTML into HTML runs and the recorded `media` between them. */
export function splitBody(html: string, media: BodyMedia[]): BodyPart[] {
  const parts: BodyPart[] = [];
  let from = 0;
  for (const match of html.matchAll(MEDIA_PLACEHOLDER)) {
    const part = media[Number(match[1])];
    if (!part) continue;
    if (match.index > from) parts.push({ type: 'html', html: html.slice(from, match.index) });
    parts.push(part);
    from = match.index + match[0].length;
  }
  if (from < html.length) parts.push({ type: 'html', html: html.slice(from) });
  return parts;
}

/**
 * Whether the body places a trailer of `video` itself (`::trailer` of the same YouTube or
 * Vimeo id). The page then shows that one, where the author put it, and not a second
 * player of the same video from `movie.trailer` above the body.
 */
export function bodyPlacesVideo(
  facts: Pick<BodyFacts, 'placedVideos'>,
  video: { provider: string; id: string },
): boolean {
  return facts.placedVideos.some(
    (placed) => placed.provider === video.provider && placed.id === video.id,
  );
}
