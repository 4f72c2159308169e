import sharp from 'sharp';

/** Deterministic noise at `width`×`height`, scaled up to `size` with amplitude `amount`. */
function noise(
  width: number,
  height: number,
  seed: number,
  amount: number,
  size: [number, number],
): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  for (let index = 0; index < pixels.length; index += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    pixels[index] = 128 + ((state >> 23) - 128) * amount;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .resize(size[0], size[1], { kernel: 'cubic' })
    .png()
    .toBuffer();
}

/**
 * A photograph-like JPEG (coarse colour fields with finer and finer grain: photographs'
 * detail is what makes AVIF slow; smooth gradients would flatter the encoder), carrying the
 * camera metadata a phone writes, GPS included, so a benchmark or test can show it is
 * stripped from everything published.
 */
export async function detailedImage(seed = 1, width = 1600, height = 900): Promise<Buffer> {
  const size: [number, number] = [width, height];
  const octaves = [
    [64, 36, 0.9],
    [256, 144, 0.6],
    [800, 450, 0.3],
    [1600, 900, 0.12],
  ] as const;
  const layers = await Promise.all(
    octaves.map(([w, h, amount], index) => noise(w, h, seed * 10 + index + 2, amount, size)),
  );
  return sharp(await noise(16, 9, seed, 1, size))
    .composite(layers.map((input) => ({ input, blend: 'soft-light' as const })))
    .withExif({
      IFD0: { Make: 'Marquee', Model: 'Bench Camera', Copyright: 'bench' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '37/1 33/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '126/1 58/1 0/1',
      },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}
