import type { ImageOutputFormat, LocalImageService } from 'astro';
import { baseService } from 'astro/assets';
import sharp, { type FitEnum, type FormatEnum } from 'sharp';

/** `image.service.config` in `astro.config.mjs`, from the site settings' `images`. */
export interface MarqueeImageServiceConfig {
  /** AVIF encoder effort 0–9; sharp's default (4) costs about 5× the time of 2. */
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
 * Astro's sharp service (its `transform`, on Astro's `baseService`) with one change: AVIF is encoded at the configured effort
 * instead of sharp's default. Everything else (URLs, srcset, attributes) is Astro's.
 * The effort is part of each AVIF file's hash, so changing it re-encodes the images.
 */
const service: LocalImageService<MarqueeImageServiceConfig> = {
  ...baseService,
  propertiesToHash: ['src', 'width', 'height', 'format', 'quality', 'fit', 'position', 'background', 'avifEffort'],
  async validateOptions(options, imageConfig) {
    const validated = await baseService.validateOptions!(options, imageConfig);
    return validated.format === 'avif' ? { ...validated, avifEffort: imageConfig.service.config.avifEffort } : validated;
  },
  getHTMLAttributes(options, imageConfig) {
    const { avifEffort: _, ...rest } = options;
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
    if (format === 'webp' && (await image.metadata()).format === 'gif') image.webp({ quality, loop: 0 });
    else image.toFormat(format, format === 'avif' ? { quality, effort: imageConfig.service.config.avifEffort } : { quality });
    const { data, info } = await image.toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data), format: info.format as ImageOutputFormat };
  },
};

export default service;
