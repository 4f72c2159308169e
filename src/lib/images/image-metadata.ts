import type { ImageMetadata } from 'astro';

/**
 * The metadata of an imported image, read without publishing its original file.
 *
 * Why: in a build, `astro:assets` hands out each imported image as a proxy that marks the
 * original file as "used by a page" as soon as any property is read, and then copies that
 * original (camera EXIF and GPS included) into `dist/_astro/`. Astro's own `getImage()`
 * reads the proxy's `clone`, which does not mark it; Marquee reads sizes the same way, so
 * only optimised variants are published. In `astro dev` images are plain objects.
 */
export function imageMetadata(image: ImageMetadata): ImageMetadata {
  return (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
}
