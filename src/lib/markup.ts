import type { Element } from 'hast';
import type { Data, Node } from 'mdast';

/*
 * The HTML contract between the Markdown plugins (src/plugins) and the code that reads
 * their output (src/lib): both import it from here, so neither reaches into the other.
 */

/**
 * The element the Markdown plugins leave where media goes. Astro renders Markdown when
 * it syncs content, before `astro:assets` can optimise anything, so the plugins mark the
 * spot and `src/lib/media/body-media.ts` puts the real markup there when the page is rendered
 * (see the comment at the top of that file):
 *
 * - `<marquee-media type="image" src="./still.jpg" alt="…" title="…">` a local image
 * - `<marquee-media type="gallery">` images… `</marquee-media>`
 * - `<marquee-media type="trailer" url="https://www.youtube.com/watch?v=…" label="…">`
 */
export const MEDIA_MARKER = 'marquee-media';

export type MediaType = 'image' | 'gallery' | 'trailer';

/** Makes an mdast node render as a media marker of `type` (with extra attributes). */
export function markAsMedia(
  node: Node,
  type: MediaType,
  properties: Record<string, string | undefined> = {},
): void {
  const data: Data = (node.data ??= {});
  data.hName = MEDIA_MARKER;
  data.hProperties = { ...data.hProperties, type, ...properties };
}

/** The directive of a spoiler block: `:::spoiler[label]` … `:::`. */
export const SPOILER_DIRECTIVE = 'spoiler';

/** The class of the `<details>` a spoiler block renders as (BEM block of its parts). */
export const SPOILER_CLASS = 'marquee-spoiler';

/** The class of the `<label>` an inline spoiler (`:spoiler[text]`) renders as. */
export const INLINE_SPOILER_CLASS = 'marquee-spoiler-inline';

const hasClass = (element: Element, name: string) => {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(name);
};

/** Whether a rendered element is a spoiler block, which excerpts, feeds, search and contents leave out. */
export function isSpoilerElement(element: Element): boolean {
  return hasClass(element, SPOILER_CLASS);
}

/** Whether a rendered element is an inline spoiler, left out like a block. */
export function isInlineSpoilerElement(element: Element): boolean {
  return hasClass(element, INLINE_SPOILER_CLASS);
}
