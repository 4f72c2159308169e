import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { images } from 'virtual:marquee/content-images';
import { MarqueeError } from '../errors';
import { imageNotFound } from '../rules/safe-paths';
import { decodeImagePath } from './image-files';

/**
 * The image a Markdown body names (`./still.jpg`), relative to its post
 * (`content/reviews/her/index.md`, as in `entry.filePath`), as `astro:assets` metadata (the
 * same object a frontmatter `image()` field gives). Only images that published posts name
 * can be loaded (see `src/integrations/content-images.ts`).
 */
export async function contentImage(postFile: string, src: string): Promise<ImageMetadata> {
  const key = `/${path.posix.normalize(path.posix.join(path.posix.dirname(postFile), decodeImagePath(src)))}`;
  const load = images[key];
  if (!load) throw new MarqueeError(`${postFile}: ${imageNotFound(src)}`, { file: postFile });
  return (await load()).default;
}
