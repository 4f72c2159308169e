import type { LocalImageService } from 'astro';
import sharpService, { type SharpImageServiceConfig } from 'astro/assets/services/sharp';

/**
 * Astro's sharp service, encoding with the `avif` options of `image.service.config`
 * (`astro.config.mjs` passes `avifEncoding()` of `src/lib/images/variants.ts` with the
 * site's AVIF effort). One addition: those options go into each AVIF file's hash (as
 * `avif`, never rendered), because Astro hashes only the transform, so a changed effort
 * would otherwise reuse the old cached files.
 */
const service: LocalImageService<SharpImageServiceConfig> = {
  ...sharpService,
  propertiesToHash: [
    'src',
    'width',
    'height',
    'format',
    'quality',
    'fit',
    'position',
    'background',
    'avif',
  ],
  async validateOptions(options, imageConfig, logger) {
    // Astro's sharp service implements both optional hooks.
    const validated = await sharpService.validateOptions!(options, imageConfig, logger);
    return validated.format === 'avif'
      ? { ...validated, avif: imageConfig.service.config.avif }
      : validated;
  },
  getHTMLAttributes(options, imageConfig, logger) {
    const { avif: _, ...rest } = options;
    return sharpService.getHTMLAttributes!(rest, imageConfig, logger);
  },
};

export default service;
