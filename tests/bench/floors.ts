/**
 * The two floors: what the same work costs without Astro or Marquee around it, measured in
 * the same run — bare unified turning the same Markdown bodies into HTML (CommonMark +
 * GFM), and bare sharp making the same image variants with the same encoder settings.
 */
import { availableParallelism } from 'node:os';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import sharp from 'sharp';
import { unified } from 'unified';
import { avifEncoding } from '../../src/lib/images/image-encoding';
import type { GeneratedBlog } from './generate';

/** Milliseconds for bare unified to render every body. */
export async function markdownFloor(bodies: string[]): Promise<number> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
  const started = performance.now();
  for (const body of bodies) String(await processor.process(body));
  return Math.round(performance.now() - started);
}

export interface Variant {
  file: string;
  format: 'avif' | 'webp' | 'jpeg';
  width: number;
  quality?: number;
}

/**
 * The variants Marquee publishes for the blog's photos with the site's default image
 * settings: every photo at each width (no wider than itself) in AVIF and WebP at quality
 * 70; for the poster also the 1200-px JPEG share image at quality 80 and the 128-px WebP
 * search thumbnail.
 */
export async function imageVariants(photos: GeneratedBlog['photos'], widths = [480, 960, 1600]): Promise<Variant[]> {
  const variants: Variant[] = [];
  for (const { file, role } of photos) {
    const { width = 0 } = await sharp(file).metadata();
    const sizes = [...new Set([...widths.filter((size) => size < width), Math.min(width, Math.max(...widths))])];
    for (const size of sizes) for (const format of ['avif', 'webp'] as const) variants.push({ file, format, width: size, quality: 70 });
    if (role === 'poster') {
      variants.push({ file, format: 'jpeg', width: Math.min(1200, width), quality: 80 });
      variants.push({ file, format: 'webp', width: 128 });
    }
  }
  return variants;
}

/** Milliseconds for bare sharp to encode `variants`, one per core at a time as Astro does. */
export async function imagesFloor(variants: Variant[], avifEffort = 2): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < variants.length) {
      const { file, format, width, quality } = variants[next++]!;
      const options = format === 'avif' ? { quality, ...avifEncoding(avifEffort) } : { quality };
      await sharp(file).rotate().resize({ width }).toFormat(format, options).toBuffer();
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return Math.round(performance.now() - started);
}
