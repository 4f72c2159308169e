import type { ImageMetadata, ImageOutputFormat } from 'astro';
import { getImage } from 'astro:assets';
import { site } from '../site';
import { imageMetadata } from './image-metadata';
import { imageVariants } from './variants';

/** A picture's files (`imageVariants('picture')`) as `<Picture>` and `getImage` take them for one image. */
export interface PictureOptions {
  /**
   * Formats offered as `<source>`s, best first: every configured format but the last, which
   * the `<img>` itself carries with the same `srcset` (a `<source>` of it would repeat it).
   */
  formats: ImageOutputFormat[];
  /** Format of the `<img>` itself and of the full-size link: the last, most widely supported one. */
  fallbackFormat: ImageOutputFormat;
  widths: number[];
  /** Width of the largest file (never wider than the original). */
  width: number;
  quality: number;
}

export function pictureOptions(image: ImageMetadata): PictureOptions {
  const { formats, widths, quality } = imageVariants('picture', site.images);
  return {
    formats: formats.slice(0, -1),
    fallbackFormat: formats.at(-1) ?? 'webp',
    widths,
    width: Math.min(Math.max(...widths), imageMetadata(image).width),
    quality,
  };
}

/** The image at its largest optimised size (the same file as the largest `srcset` entry). */
export async function fullSizeUrl(image: ImageMetadata): Promise<string> {
  const { fallbackFormat, width, quality } = pictureOptions(image);
  const result = await getImage({
    src: image,
    format: fallbackFormat,
    width,
    quality,
    layout: 'none',
  });
  return result.src;
}
