import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { MarqueeError } from '../errors';
import { decodeImagePath } from './image-files';

/**
 * Every image under `content/`, loaded on demand as `astro:assets` metadata (the same
 * object a frontmatter `image()` field gives). The extensions are those of
 * `IMAGE_EXTENSIONS` in `./image-files.ts`, in both cases; a glob must be a literal.
 */
const images = import.meta.glob<ImageMetadata>('/content/**/*.{avif,gif,jpeg,jpg,png,tif,tiff,webp,AVIF,GIF,JPEG,JPG,PNG,TIF,TIFF,WEBP}', {
  import: 'default',
});

/**
 * The image a Markdown body names (`./still.jpg`), relative to its post
 * (`content/reviews/her/index.md`, as in `entry.filePath`).
 */
export async function contentImage(postFile: string, src: string): Promise<ImageMetadata> {
  const key = `/${path.posix.normalize(path.posix.join(path.posix.dirname(postFile), decodeImagePath(src)))}`;
  const load = images[key];
  if (!load) throw new MarqueeError(`${postFile}: image "${src}" was not found next to the post`, { file: postFile });
  return load();
}
