import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { buildState } from '../build-state';
import { imageVariants } from '../images/variants';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardLayout,
  POSTER,
  STRIP_POSTER,
  type CardContent,
  type CardImages,
} from './layout';

/**
 * Bump when the drawing changes outside the layout (font files, encoder settings), so
 * cached cards made by the old code are redrawn. Layout changes need no bump: the hash
 * covers the whole element tree satori draws.
 */
const CARD_VERSION = '2';

const require = createRequire(import.meta.url);

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

const imageFiles = (card: CardContent): string[] =>
  card.kind === 'review'
    ? card.poster
      ? [card.poster]
      : []
    : card.posters.slice(0, STRIP_POSTER.count);

/**
 * A short hash of everything that decides a card's pixels: the element tree satori draws
 * (text, layout, colours), with each image standing as the hash of its bytes, and
 * `CARD_VERSION`. Equal hash, equal card: the cache and the card's URL use it.
 */
export function cardHash(card: CardContent): string {
  const images = Object.fromEntries(
    imageFiles(card).map((file) => [file, `sha256:${fileHash(file)}`]),
  );
  const tree = cardLayout(card, images);
  return createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, tree]))
    .digest('hex')
    .slice(0, 12);
}

/** Images as JPEG data URIs at the size they are drawn (satori embeds them in the SVG). */
async function cardImages(card: CardContent): Promise<CardImages> {
  const size = card.kind === 'review' ? POSTER : STRIP_POSTER;
  const { format, quality } = imageVariants('card-photo');
  const entries = await Promise.all(
    imageFiles(card).map(async (file) => {
      const photo = await sharp(file)
        .rotate()
        .resize(size.width, size.height, { fit: 'cover' })
        .toFormat(format, { quality })
        .toBuffer();
      return [file, `data:image/${format};base64,${photo.toString('base64')}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Draws a card: satori lays out the text as SVG paths, sharp rasterises it to PNG. */
export async function drawCard(card: CardContent): Promise<Buffer> {
  const svg = await satori(
    cardLayout(card, await cardImages(card)) as Parameters<typeof satori>[0],
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: loadFonts(),
    },
  );
  const { format, compressionLevel } = imageVariants('card');
  return sharp(Buffer.from(svg)).toFormat(format, { compressionLevel }).toBuffer();
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
