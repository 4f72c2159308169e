import type { ImageOutputFormat, LocalImageService } from 'astro';
import { baseService } from 'astro/assets';
import sharp, { type FitEnum, type FormatEnum } from 'sharp';
import { avifEncoding } from '../lib/images/image-encoding';

/** `image.service.config` in `astro.config.mjs`, from the site settings' `images`. */
export interface MarqueeImageServiceConfig {
  /** AVIF encoder effort 0–9 (see `avifEncoding`). */
  avifEffort: number;
}

const QUALITY_NAMES: Record<string, number> = { low: 25, mid: 50, high: 80, max: 100 };

const FIT: Record<string, keyof FitEnum> = {
  fill: 'fill',
  contain: 'inside',
  cover: 'cover',
  none: 'outside',
  'scale-down': 'inside',
  outside: 'outside',
  inside: 'inside',
};

function qualityOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  return QUALITY_NAMES[value] ?? (Number.isFinite(Number(value)) ? Number(value) : undefined);
}

/**
 * Astro's sharp service (its `transform` on Astro's `baseService`) with one change: AVIF
 * is encoded as `avifEncoding` says instead of with sharp's defaults. URLs, `srcset` and
 * attributes are Astro's. The AVIF settings go into each AVIF file's hash (the `avif`
 * option, never rendered), so changing the effort re-encodes instead of reusing the cache.
 */
const service: LocalImageService<MarqueeImageServiceConfig> = {
  ...baseService,
  propertiesToHash: ['src', 'width', 'height', 'format', 'quality', 'fit', 'position', 'background', 'avif'],
  async validateOptions(options, imageConfig) {
    const validated = await baseService.validateOptions!(options, imageConfig);
    return validated.format === 'avif' ? { ...validated, avif: avifEncoding(imageConfig.service.config.avifEffort) } : validated;
  },
  getHTMLAttributes(options, imageConfig) {
    const { avif: _, ...rest } = options;
    return baseService.getHTMLAttributes!(rest, imageConfig);
  },
  async transform(input, transform, imageConfig) {
    if (transform.format === 'svg') return { data: input, format: 'svg' };
    const image = sharp(input, { failOnError: false, pages: -1 }).rotate();
    const { width, height, fit } = transform;
    const withoutEnlargement = Boolean(fit);
    if (width && height && fit) {
      image.resize({ width: Math.round(width), height: Math.round(height), fit: FIT[fit] ?? 'inside', position: transform.position, withoutEnlargement });
    } else if (height && !width) {
      image.resize({ height: Math.round(height), withoutEnlargement });
    } else if (width) {
      image.resize({ width: Math.round(width), withoutEnlargement });
    }
    if (transform.background) image.flatten({ background: transform.background });
    const quality = qualityOf(transform.quality);
    const format = transform.format as keyof FormatEnum;
    if (format === 'avif') image.avif({ quality, ...avifEncoding(imageConfig.service.config.avifEffort) });
    else if (format === 'webp' && (await image.metadata()).format === 'gif') image.webp({ quality, loop: 0 });
    else image.toFormat(format, { quality });
    const { data, info } = await image.toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data), format: info.format as ImageOutputFormat };
  },
};

export default service;
