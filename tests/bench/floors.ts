/**
 * The two floors: what the same work costs without Astro or Marquee around it, measured in
 * the same run — bare unified turning the same Markdown bodies into HTML (CommonMark +
 * GFM), and bare sharp making exactly the files the build publishes (`publishedVariants`),
 * the way Astro's image service makes them: the same sharp, encoder options and queue, so
 * the files are the same bytes (tests/build/image-floor.test.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { resolveSharpEncoderOptions } from 'astro/assets/services/sharp';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { createRequire } from 'node:module';
import type SharpModule from 'sharp';
import { unified } from 'unified';
import { avifEncoding, imageVariants as variantsFor } from '../../src/lib/images/variants';
import { ImageSettingsSchema } from '../../src/schemas/site';

/**
 * The sharp Astro's image service loads (`import('sharp')` from Astro's own folder): it may
 * be another version than the one Marquee's own code uses, with another AVIF encoder.
 */
const sharp = createRequire(createRequire(import.meta.url).resolve('astro/package.json'))(
  'sharp',
) as typeof SharpModule;

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
  /** Absent where Astro passes none (sharp's default for the format). */
  quality?: number | undefined;
}

/** The images of one review, as the floor reads them (the generated blog's, a fixture's). */
export interface ReviewPhotos {
  poster?: string | undefined;
  cover?: string | undefined;
  gallery: string[];
  /** Local images in the body. */
  body: string[];
  /** Whether it shows a trailer (frontmatter or body): its still is then a picture. */
  trailer?: boolean | undefined;
  /** For the year in review's best films (`yearInReview`): rating, viewing year, film title. */
  rating?: number | undefined;
  year?: number | undefined;
  filmTitle: string;
}

/** A year in review shows this many best-rated films, with their posters. */
const YEAR_BEST = 5;

/** Astro's widths for `widths` (`getSrcSet`): none wider than the original, which stands in. */
function astroWidths(widths: number[], original: number): number[] {
  const sorted = [...widths].sort((a, b) => a - b);
  if ((sorted.at(-1) ?? 0) <= original) return [...new Set(sorted)];
  return [...new Set([...sorted.filter((width) => width <= original), original])];
}

/**
 * The files Marquee publishes for the blog's photos with the site's image settings, read
 * from the components that ask for them (Astro makes one file per distinct transform):
 * - a picture (`ResponsivePicture`: each of `imageVariants('picture')`'s formats at each
 *   width, at the picture quality) of the hero (cover, else the first gallery still), every
 *   gallery still, every body image and, with a trailer, its still (`reviewImage(…,
 *   'trailer')`); the gallery's full-size links and the poster's (JSON-LD) are the
 *   largest fallback file;
 * - the poster in the info block (`<Image widths={[240, 480]}>`: WebP, Astro's quality, and
 *   the original size as its `src`);
 * - the card image (`reviewImage(…, 'card')`: the poster, else the cover) in review cards
 *   (`widths={[180, 360]}`), as the search thumbnail (`imageVariants('thumbnail')`) and, for
 *   each year's five best-rated films, in the year in review (`widths={[120, 240]}`);
 * - the share image (`reviewImage(…, 'share')`: the cover, else the poster): one JPEG
 *   (`imageVariants('share')`).
 * The inline placeholders are data URIs, not files. Identical files are one source, as
 * Vite emits them once.
 */
export async function publishedVariants(
  reviews: ReviewPhotos[],
  images = DEFAULT_IMAGES,
  language = 'ko',
): Promise<Variant[]> {
  const picture = variantsFor('picture', images);
  const sources = new Map<string, { file: string; width: number }>();
  const source = async (file: string) => {
    const hash = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    if (!sources.has(hash))
      sources.set(hash, { file, width: (await sharp(file).metadata()).width ?? 0 });
    return sources.get(hash)!;
  };
  const variants = new Map<string, Variant>();
  const add = (variant: Variant) =>
    variants.set([variant.file, variant.format, variant.width, variant.quality].join(' '), variant);
  const pictureOf = async (path: string) => {
    const { file, width } = await source(path);
    for (const size of astroWidths(picture.widths, width))
      for (const format of picture.formats)
        add({ file, format, width: size, quality: picture.quality });
  };
  const imageOf = async (path: string, widths: number[]) => {
    const { file, width } = await source(path);
    for (const size of [...astroWidths(widths, width), width])
      add({ file, format: 'webp', width: size });
  };
  const collator = new Intl.Collator(language, { numeric: true });
  const best = new Set(
    Object.values(Object.groupBy(reviews, (review) => String(review.year))).flatMap((inYear = []) =>
      inYear
        .filter((review) => review.year !== undefined && review.rating !== undefined)
        .sort((a, b) => b.rating! - a.rating! || collator.compare(a.filmTitle, b.filmTitle))
        .slice(0, YEAR_BEST),
    ),
  );
  for (const review of reviews) {
    const { poster, cover, gallery, body } = review;
    const trailer = review.trailer ? (cover ?? gallery[0] ?? poster) : undefined;
    const pictures = [cover ?? gallery[0], ...gallery, ...body, trailer];
    for (const file of new Set(pictures)) if (file) await pictureOf(file);
    if (poster) {
      await imageOf(poster, [240, 480]);
      const { file, width } = await source(poster);
      const size = Math.min(width, Math.max(...picture.widths));
      add({ file, format: picture.formats.at(-1)!, width: size, quality: picture.quality });
    }
    const card = poster ?? cover;
    if (card) {
      await imageOf(card, [180, 360]);
      if (best.has(review)) await imageOf(card, [120, 240]);
      const { file, width } = await source(card);
      const thumbnail = variantsFor('thumbnail');
      add({ file, ...thumbnail, width: Math.min(thumbnail.width, width) });
    }
    const share = cover ?? poster;
    if (share) {
      const { file, width } = await source(share);
      const variant = variantsFor('share');
      add({ file, ...variant, width: Math.min(variant.width, width) });
    }
  }
  return [...variants.values()];
}

/** The image service's settings, as `astro.config.mjs` gives them. */
const serviceConfig = (avifEffort: number) => ({
  avif: avifEncoding(avifEffort),
  limitInputPixels: 100_000_000,
});

/**
 * Bare sharp making `variants` the way Astro's image service does: each source read once,
 * its variants made one after another, one source per core at a time (Astro's queue), each
 * with the encoder options Astro's sharp service gives it (`resolveSharpEncoderOptions`
 * with the service config `astro.config.mjs` passes). With `out`, each file is written
 * there as `<index>.<format>`. Returns the milliseconds taken.
 */
export async function imagesFloor(
  variants: Variant[],
  avifEffort = DEFAULT_IMAGES.avifEffort,
  out?: string,
): Promise<number> {
  sharp.cache(false);
  const config = serviceConfig(avifEffort);
  const bySource = Map.groupBy(
    variants.map((variant, index) => ({ variant, index })),
    ({ variant }) => variant.file,
  );
  const sources = [...bySource];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const [file, items] = sources[next++]!;
      const input = await readFile(file);
      // Astro asks for both sides (the height from the original's aspect ratio, rounded).
      const original = await sharp(input).metadata();
      const aspect = (original.width ?? 1) / (original.height ?? 1);
      for (const { variant, index } of items) {
        const format = variant.format === 'jpg' ? 'jpeg' : variant.format;
        const options = resolveSharpEncoderOptions(
          variant.quality === undefined
            ? { format: variant.format }
            : { format: variant.format, quality: String(variant.quality) },
          'jpeg',
          config,
        );
        const data = await sharp(input, {
          failOn: 'none',
          pages: -1,
          limitInputPixels: config.limitInputPixels,
        })
          .rotate()
          .resize({
            width: variant.width,
            height: Math.round(variant.width / aspect),
            withoutEnlargement: true,
          })
          .toFormat(format, options)
          .toBuffer();
        if (out) await writeFile(path.join(out, `${index}.${format}`), data);
      }
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return Math.round(performance.now() - started);
}

/** A variant as a line of a file list: source name, format and width (`poster webp 480`). */
export const variantLine = (variant: Pick<Variant, 'file' | 'format' | 'width'>) =>
  `${path.basename(variant.file).replace(/\.[^.]+$/, '')} ${variant.format === 'jpg' ? 'jpeg' : variant.format} ${variant.width}`;

/**
 * The image files a build published (`dist/_astro/`) as the same lines: the source's name
 * from the file's (`poster.<hash>.webp`), format and width read from the file.
 */
export async function publishedImageLines(dist: string): Promise<string[]> {
  const folder = path.join(dist, '_astro');
  const names = readdirSync(folder).filter((name) => /\.(avif|webp|jpe?g|png)$/.test(name));
  const lines = await Promise.all(
    names.map(async (name) => {
      const { format, width = 0 } = await sharp(path.join(folder, name)).metadata();
      const source = name.replace(/\.[^.]+\.[^.]+$/, '');
      return variantLine({
        file: source,
        format: format === 'heif' ? 'avif' : (format as Variant['format']),
        width,
      });
    }),
  );
  return lines.sort();
}
