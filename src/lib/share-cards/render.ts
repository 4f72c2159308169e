import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp, { type OverlayOptions } from 'sharp';
import { buildState } from '../build-state';
import { imageVariants } from '../images/variants';
import { withCjkFonts } from './cjk-fonts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardLayout,
  imagePlacements,
  type CardContent,
  type ImagePlacement,
} from './layout';

/**
 * Bump when the drawing changes outside the layout (font files, encoder settings), so
 * cached cards made by the old code are redrawn. Layout changes need no bump: the hash
 * covers the whole element tree satori draws.
 */
const CARD_VERSION = '4';

/** The element tree satori draws, with the CJK font slices its text needs (`cjk-fonts.ts`). */
const drawnLayout = (card: CardContent) =>
  withCjkFonts(cardLayout(card), card.kind === 'review' ? card.cjkLanguage : undefined);

const require = createRequire(import.meta.url);

// Every card is drawn once from its own SVG: libvips' operation cache would only hold on to
// memory (Astro's image service turns it off for the same reason).
sharp.cache(false);

/** Pretendard (SIL OFL) from npm: satori reads OTF/TTF, not WOFF2, and the build never fetches fonts. */
const FONT_FILES = [
  { weight: 400, file: 'pretendard/dist/public/static/Pretendard-Regular.otf' },
  { weight: 700, file: 'pretendard/dist/public/static/Pretendard-Bold.otf' },
] as const;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= FONT_FILES.map(({ weight, file }) => ({
    name: 'Pretendard',
    data: readFileSync(require.resolve(file)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

const fileHashes = new Map<string, string>();
/** SHA-256 of a file's bytes, once per file and build. */
function fileHash(file: string): string {
  let hash = fileHashes.get(file);
  if (!hash) {
    hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    fileHashes.set(file, hash);
  }
  return hash;
}

/**
 * A short hash of everything that decides a card's pixels: the element tree satori draws
 * (text, layout, colours), the posters' places and the hash of each one's bytes, and
 * `CARD_VERSION`. Equal hash, equal card: the cache and the card's URL use it.
 */
export function cardHash(card: CardContent): string {
  const posters = imagePlacements(card).map(({ file, ...place }) => ({
    ...place,
    sha256: fileHash(file),
  }));
  return createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, drawnLayout(card).layout, posters]))
    .digest('hex')
    .slice(0, 12);
}

const masks = new Map<string, Promise<Buffer>>();
/**
 * The alpha of a rounded rectangle, as one raw 8-bit channel: what of a poster shows
 * (rasterised once per size).
 */
function roundedMask({ width, height, radius }: Omit<ImagePlacement, 'file' | 'left' | 'top'>) {
  const key = `${width}x${height}r${radius}`;
  let mask = masks.get(key);
  if (!mask) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" rx="${radius}" ry="${radius}"/></svg>`;
    mask = sharp(Buffer.from(svg)).extractChannel('alpha').raw().toBuffer();
    masks.set(key, mask);
  }
  return mask;
}

/**
 * Each poster cut to its place (cover, rounded corners) as raw RGBA, ready to composite:
 * its alpha (opaque for a JPEG) multiplied by the mask here, which is cheaper than a
 * second compositing pass in sharp.
 */
function posterLayers(card: CardContent): Promise<OverlayOptions[]> {
  return Promise.all(
    imagePlacements(card).map(async ({ file, left, top, ...size }) => {
      const [mask, { data, info }] = await Promise.all([
        roundedMask(size),
        sharp(file)
          .rotate()
          .resize(size.width, size.height, { fit: 'cover' })
          .ensureAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true }),
      ]);
      for (let pixel = 0; pixel < mask.length; pixel += 1) {
        const alpha = pixel * 4 + 3;
        data[alpha] = Math.round((data[alpha]! * mask[pixel]!) / 255);
      }
      return {
        input: data,
        raw: { width: info.width, height: info.height, channels: info.channels },
        left,
        top,
      };
    }),
  );
}

/**
 * Draws a card: satori lays out the text as SVG paths, sharp rasterises it, then
 * composites the posters into the places the layout left for them (decoded and resized
 * once, never embedded in the SVG as JPEG for librsvg to decode again).
 */
export async function drawCard(card: CardContent): Promise<Buffer> {
  const { layout, fonts: cjkFonts } = drawnLayout(card);
  const [svg, posters] = await Promise.all([
    satori(layout as Parameters<typeof satori>[0], {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      // The same array for every card without CJK text, so satori keeps its font cache.
      fonts: cjkFonts.length ? [...loadFonts(), ...cjkFonts] : loadFonts(),
    }),
    posterLayers(card),
  ]);
  const { format, compressionLevel } = imageVariants('card');
  // Cards are opaque (the layout paints its background), so they are stored without an
  // alpha channel: the same pixels in 15% fewer bytes.
  return sharp(Buffer.from(svg))
    .composite(posters)
    .removeAlpha()
    .toFormat(format, { compressionLevel })
    .toBuffer();
}

/** The cache folder for the `og/` route, set by the `shareCards()` integration (build state: the route runs in the bundle, the integration in the config). */
const cardCache = buildState<{ dir?: string }>('card-cache-dir', () => ({}));

/** Called by the `shareCards()` integration with the folder under Astro's `cacheDir`. */
export function setCardCacheDir(dir: string): void {
  cardCache.dir = dir;
}

/** The cache folder chosen by the integration; `node_modules/.astro/share-cards` when it is not installed (tests). */
export function cardCacheDir(): string {
  return cardCache.dir ?? path.resolve('node_modules/.astro/share-cards');
}

/**
 * How many cards the site links, and how many of them this process drew and took from the
 * card cache (the build logs it); the others the incremental build copied unchanged.
 */
export const cardStats = buildState('card-stats', () => ({ linked: 0, drawn: 0, reused: 0 }));

/**
 * The card's PNG from `cacheDir`, drawn and stored there first when the cache lacks it.
 * Files are named by `cardHash`, so an unchanged card is never redrawn and a changed one
 * never served stale. Written to a temporary name first, so a build that stops halfway
 * leaves no broken card.
 */
export async function cachedCard(card: CardContent, cacheDir: string): Promise<Buffer> {
  const file = path.join(cacheDir, `${cardHash(card)}.png`);
  if (existsSync(file)) {
    cardStats.reused += 1;
    return readFileSync(file);
  }
  const png = await drawCard(card);
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  cardStats.drawn += 1;
  return png;
}
