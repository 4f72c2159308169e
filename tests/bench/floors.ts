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
import { avifEncoding, imageVariants as variantsFor } from '../../src/lib/images/variants';
import { ImageSettingsSchema } from '../../src/schemas/site';
import type { GeneratedBlog } from './generate';

/** The image settings a site gets when it names none. */
const DEFAULT_IMAGES = ImageSettingsSchema.parse({});

/** Milliseconds for bare unified to render every body. */
export async function markdownFloor(bodies: string[]): Promise<number> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeStringify);
  const started = performance.now();
  for (const body of bodies) String(await processor.process(body));
  return Math.round(performance.now() - started);
}

export interface Variant {
  file: string;
  format: 'avif' | 'webp' | 'jpeg' | 'jpg' | 'png';
  width: number;
  quality?: number;
}

/**
 * The variants Marquee publishes for the blog's photos with the site's default image
 * settings (`imageVariants` in src/lib/images/variants.ts says which): every photo as a
 * picture, each format at each width no wider than itself; for the poster also its share
 * image and search thumbnail.
 */
export async function imageVariants(
  photos: GeneratedBlog['photos'],
  images = DEFAULT_IMAGES,
): Promise<Variant[]> {
  const { formats, widths, quality } = variantsFor('picture', images);
  const variants: Variant[] = [];
  for (const { file, role } of photos) {
    const { width = 0 } = await sharp(file).metadata();
    const sizes = [
      ...new Set([...widths.filter((size) => size < width), Math.min(width, Math.max(...widths))]),
    ];
    for (const size of sizes)
      for (const format of formats) variants.push({ file, format, width: size, quality });
    if (role === 'poster') {
      for (const use of ['share', 'thumbnail'] as const) {
        const variant: { format: Variant['format']; width: number; quality?: number } =
          variantsFor(use);
        variants.push({ file, ...variant, width: Math.min(variant.width, width) });
      }
    }
  }
  return variants;
}

/** Milliseconds for bare sharp to encode `variants`, one per core at a time as Astro does. */
export async function imagesFloor(
  variants: Variant[],
  avifEffort = DEFAULT_IMAGES.avifEffort,
): Promise<number> {
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
