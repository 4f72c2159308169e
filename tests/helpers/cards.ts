import sharp from 'sharp';

/** Fraction of pixels in a box of a PNG that differ from the same box of another PNG (any channel by more than 24). */
export async function changedShare(
  a: Buffer,
  b: Buffer,
  box: { left: number; top: number; width: number; height: number },
): Promise<number> {
  const [pixelsA, pixelsB] = await Promise.all(
    [a, b].map((png) => sharp(png).extract(box).removeAlpha().raw().toBuffer()),
  );
  let changed = 0;
  for (let index = 0; index < pixelsA!.length; index += 3) {
    if (
      [0, 1, 2].some(
        (channel) => Math.abs(pixelsA![index + channel]! - pixelsB![index + channel]!) > 24,
      )
    )
      changed += 1;
  }
  return changed / (pixelsA!.length / 3);
}
