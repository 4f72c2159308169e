/**
 * Image encoder benchmark: what each format and AVIF effort costs per image on this
 * machine, to choose `images` in the site settings with figures. Run with
 * `npm run bench:images`; not part of `npm test` (speed is shown, never asserted).
 *
 *   npm run bench:images                            sample stills + a detailed image
 *   npm run bench:images -- photo1.jpg photo2.jpg   your own photos
 *
 * The sample stills are smooth gradients, which encode fast. A photograph has grain and
 * fine detail, which is what makes AVIF slow, so the default run also measures a
 * generated 1600×900 image with layered noise: its timings match photographs'.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { avifEncoding } from '../../src/lib/images/variants';
import { site } from '../../src/lib/site';
import { repoRoot } from '../helpers/build-site';
import { detailedImage } from './photos';

const given = process.argv.slice(2).filter((argument) => argument !== '--');
const sets: Record<string, (string | Buffer)[]> = given.length
  ? { 'your images': given.map((file) => path.resolve(file)) }
  : {
      'sample stills (smooth)': [
        'her/still-1.jpg',
        'her/still-2.jpg',
        'decision-to-leave/still-1.jpg',
        'little-forest/still-1.jpg',
      ].map((file) => path.join(repoRoot, 'content/reviews', file)),
      'detailed (photo-like grain)': [await detailedImage()],
    };

const { formats, widths, quality, avifEffort } = site.images;
const RUNS = 3;

interface Encoder {
  name: string;
  format: 'avif' | 'webp' | 'jpeg';
  options: Record<string, number | boolean | string | undefined>;
}

const encoders: Encoder[] = [
  { name: 'webp', format: 'webp', options: { quality } },
  ...[0, 1, 2, 3, 4].map((effort): Encoder => ({
    name: `avif e${effort}`,
    format: 'avif',
    options: { quality, ...avifEncoding(effort) },
  })),
  { name: "avif, sharp's defaults (e4, 4:4:4)", format: 'avif', options: { quality } },
  { name: 'jpeg (mozjpeg)', format: 'jpeg', options: { quality, mozjpeg: true } },
];

/** Median time in ms and size in bytes of encoding `file` at `width` with `encoder`. */
async function measure(
  file: string | Buffer,
  width: number,
  encoder: Encoder,
): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const data = await sharp(file)
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .toFormat(encoder.format, encoder.options)
      .toBuffer();
    times.push(performance.now() - start);
    bytes = data.length;
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, bytes };
}

const cores = availableParallelism();
console.log(
  `sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}), ${cores} cores; quality ${quality}; median of ${RUNS} runs`,
);

for (const [name, files] of Object.entries(sets)) {
  const rows: Record<string, Record<string, string>> = {};
  const cost = new Map<string, number>();
  for (const encoder of encoders) {
    for (const width of widths) {
      let ms = 0;
      let bytes = 0;
      for (const file of files) {
        const result = await measure(file, width, encoder);
        ms += result.ms / files.length;
        bytes += result.bytes / files.length;
      }
      (rows[encoder.name] ??= {})[`${width}px`] =
        `${ms.toFixed(0)} ms, ${(bytes / 1024).toFixed(1)} KB`;
      cost.set(encoder.name, (cost.get(encoder.name) ?? 0) + ms);
    }
  }
  console.log(`\n${name}: ${files.length} image(s), time and size per encode`);
  console.table(rows);
  const configured = formats.reduce((total, format) => {
    const name =
      format === 'avif' ? `avif e${avifEffort}` : format === 'jpeg' ? 'jpeg (mozjpeg)' : format;
    const encoder = encoders.find((candidate) => candidate.name === name);
    return total + (encoder ? (cost.get(encoder.name) ?? 0) : 0);
  }, 0);
  console.log(
    `Configured (${formats.join(' + ')} at ${widths.join('/')} px, AVIF effort ${avifEffort}): ${configured.toFixed(0)} ms per image,` +
      ` about ${((configured * 1000) / 60_000 / cores).toFixed(1)} min per 1000 new images on ${cores} cores (Astro encodes one image per core; later builds reuse its cache).`,
  );
}
