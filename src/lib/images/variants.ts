import type { AvifOptions } from 'sharp';
import type { SiteSettings } from '../../schemas/site';

/** What an image is published for; each use gets its own files (see `imageVariants`). */
type ImageUse = 'picture' | 'share' | 'thumbnail' | 'placeholder' | 'card';

/** The formats Marquee writes, as both `astro:assets` and sharp name them. */
type OutputFormat = 'avif' | 'webp' | 'jpeg' | 'jpg' | 'png';

/** The files of a picture: each format at each width (none wider than the original). */
interface PictureVariants {
  /** Best first: a `<picture>` offers every one but the last as a `<source>`, the last as its `<img>`. */
  formats: OutputFormat[];
  widths: number[];
  quality: number;
  /** AVIF's encoder effort, applied by the image service (`avifEncoding`). */
  avifEffort: number;
}

/** The one file of any other use. */
interface ImageFile {
  format: OutputFormat;
  /** Width in pixels; absent where the card's drawing sets the size. */
  width?: number;
  /** Encoder quality 1–100. */
  quality?: number;
  /** Encoder effort (sharp's `effort`). */
  effort?: number;
  /** A PNG's zlib compression level (0–9). */
  compressionLevel?: number;
}

const FILES = {
  share: { format: 'jpg', width: 1200, quality: 80 },
  thumbnail: { format: 'webp', width: 128 },
  placeholder: { format: 'webp', width: 24, quality: 40, effort: 6 },
  card: { format: 'png', compressionLevel: 6 },
} as const satisfies Record<Exclude<ImageUse, 'picture'>, ImageFile>;

/**
 * The one place that says which files each use of an image gets:
 * - `picture` (every optimised picture in a page, and its full-size link): the site's
 *   `images` settings, which only pictures read;
 * - `share` (Open Graph and JSON-LD): one JPEG about 1200 px wide at quality 80, what
 *   search engines and link previews ask for;
 * - `thumbnail` (search results): one 128-px WebP, the size they are shown at;
 * - `placeholder`: a 24-px WebP, blurred and inlined as a data URI (a few hundred bytes);
 * - `card` (the preview card itself): a PNG, which keeps the drawn text sharp; its posters
 *   are composited into it from their decoded pixels, never encoded on their own.
 */
export function imageVariants(use: 'picture', images: SiteSettings['images']): PictureVariants;
export function imageVariants<Use extends keyof typeof FILES>(use: Use): (typeof FILES)[Use];
export function imageVariants(
  use: ImageUse,
  images?: SiteSettings['images'],
): PictureVariants | ImageFile {
  if (use !== 'picture') return FILES[use];
  if (!images) throw new TypeError('imageVariants("picture") reads the site\'s image settings');
  const { formats, widths, quality, avifEffort } = images;
  return { formats, widths, quality, avifEffort };
}

/**
 * How Marquee encodes AVIF (measured with `npm run bench:images`): the effort from the
 * site settings (sharp's default, 4, takes about 6× as long as 2 for files within a few
 * percent), and 4:2:0 chroma like WebP and JPEG, which is 20–30% smaller than sharp's
 * default 4:4:4 at the same speed.
 */
export function avifEncoding(effort: number): Pick<AvifOptions, 'effort' | 'chromaSubsampling'> {
  return { effort, chromaSubsampling: '4:2:0' };
}
