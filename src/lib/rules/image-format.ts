import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
// Imported statically: the Markdown plugins call this after Astro closed the module runner that loaded them.
import sharp from 'sharp';

/**
 * Image formats Marquee optimises, recognised by their first bytes (never by the file
 * name: `poster.jpg` may be anything). SVG is refused because it can carry scripts that
 * would run on the site's origin once published.
 */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff';

const ACCEPTED = 'JPEG, PNG, WebP, AVIF, GIF or TIFF';

function read(file: string, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const descriptor = openSync(file, 'r');
  try {
    const count = readSync(descriptor, buffer, 0, length, Math.max(0, position));
    return buffer.subarray(0, count);
  } finally {
    closeSync(descriptor);
  }
}

/** The format `head` (a file's first bytes) starts like, if any Marquee accepts. */
export function sniffImageFormat(head: Buffer): ImageFormat | undefined {
  const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1');
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(4, 8) === 'ftyp') {
    const size = head.readUInt32BE(0);
    const brands = ascii(8, Math.min(size || 32, head.length));
    if (/avi[fs]/.test(brands)) return 'avif';
  }
  return undefined;
}

/** Whether the text at the start of a file is SVG (or other XML). */
function looksLikeSvg(head: Buffer, file: string): boolean {
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    path.extname(file).toLowerCase() === '.svg' ||
    text.startsWith('<svg') ||
    (text.startsWith('<?xml') && text.includes('<svg'))
  );
}

/**
 * Why the image file (already confined, see `safe-paths.ts`) cannot be used, or
 * `undefined`. Also catches what would otherwise fail as a raw decoder error deep in
 * the build: a truncated JPEG or PNG, and an empty file.
 */
export function imageFormatProblem(file: string, written: string): string | undefined {
  const size = statSync(file).size;
  if (size === 0) return `"${written}" is an empty file; expected a ${ACCEPTED} image`;
  const head = read(file, 0, 64);
  const format = sniffImageFormat(head);
  if (!format) {
    if (looksLikeSvg(head, file)) {
      return `"${written}" is an SVG image, which Marquee does not publish (it can carry scripts); convert it to PNG or WebP (for example with Inkscape or an online converter) and use that file`;
    }
    return `"${written}" is not an image Marquee can read (checked by its content, not its name); expected ${ACCEPTED}`;
  }
  const tail = read(file, size - 32, 32).toString('latin1');
  if (format === 'jpeg' && !tail.includes('\xff\xd9')) {
    return `"${written}" is a JPEG file that ends too early (truncated or damaged); export or copy it again`;
  }
  if (format === 'png' && !tail.includes('IEND')) {
    return `"${written}" is a PNG file that ends too early (truncated or damaged); export or copy it again`;
  }
  if (truncatedContainer(file, format, size, head, tail)) {
    return `"${written}" is ${format === 'avif' ? 'an AVIF' : `a ${format === 'gif' ? 'GIF' : 'WebP'}`} file that ends too early (truncated or damaged); export or copy it again`;
  }
  return undefined;
}

/**
 * Whether a WebP, GIF or AVIF file is shorter than its own structure says: a WebP's RIFF
 * header gives its length, a GIF ends with the trailer byte `;`, and an AVIF's top-level
 * boxes must fill the file exactly. (sharp would fail on these deep in the build.)
 */
function truncatedContainer(
  file: string,
  format: ImageFormat,
  size: number,
  head: Buffer,
  tail: string,
): boolean {
  if (format === 'webp') return head.length < 8 || head.readUInt32LE(4) + 8 > size;
  if (format === 'gif') return !tail.endsWith(';') && !/;\0*$/.test(tail);
  if (format !== 'avif') return false;
  let offset = 0;
  while (offset < size) {
    const header = read(file, offset, 16);
    if (header.length < 8) return true;
    let length = header.readUInt32BE(0);
    if (length === 1) {
      if (header.length < 16) return true;
      length = Number(header.readBigUInt64BE(8));
    } else if (length === 0) length = size - offset;
    if (length < 8) return true;
    offset += length;
  }
  return offset !== size;
}

/** Sharp's pixel limit, as `astro.config.mjs` sets it: about 100 megapixels. */
const MAX_PIXELS = 100_000_000;

/**
 * Why the image's size cannot be used, or `undefined`: above `MAX_PIXELS` sharp refuses to
 * decode it (a guard against "decompression bombs"), so it is reported here, by name.
 */
export async function imageSizeProblem(file: string, written: string): Promise<string | undefined> {
  let size: { width?: number; height?: number };
  try {
    size = await sharp(file, { limitInputPixels: false }).metadata();
  } catch {
    return `"${written}" could not be read as an image (damaged file); export or copy it again`;
  }
  const { width = 0, height = 0 } = size;
  if (width * height > MAX_PIXELS) {
    const megapixels = Math.round((width * height) / 1_000_000);
    return `"${written}" is ${width}×${height} pixels (${megapixels} megapixels), expected at most 100 megapixels; resize it (3000 pixels wide is plenty for the web)`;
  }
  return undefined;
}
