import type { AvifOptions } from 'sharp';

/**
 * How Marquee encodes AVIF (measured with `npm run bench:images`): the effort from the
 * site settings (sharp's default, 4, takes about 6× as long as 2 for files within a few
 * percent), and 4:2:0 chroma like WebP and JPEG, which is 20–30% smaller than sharp's
 * default 4:4:4 at the same speed.
 */
export function avifEncoding(effort: number): Pick<AvifOptions, 'effort' | 'chromaSubsampling'> {
  return { effort, chromaSubsampling: '4:2:0' };
}
