import sharp from 'sharp';

type Box = { left: number; top: number; width: number; height: number };

/**
 * Fraction of pixels in a box of a PNG that differ from the same box of another PNG (any
 * channel by more than 24), or from `boxB` of it: a box of the same size elsewhere.
 */
export async function changedShare(
  a: Buffer,
  b: Buffer,
  box: Box,
  boxB: Box = box,
): Promise<number> {
  const pixels = (png: Buffer, area: Box) =>
    sharp(png).extract(area).removeAlpha().raw().toBuffer();
  const [pixelsA, pixelsB] = await Promise.all([pixels(a, box), pixels(b, boxB)]);
  let changed = 0;
  for (let index = 0; index < pixelsA.length; index += 3) {
    if (
      [0, 1, 2].some(
        (channel) => Math.abs(pixelsA[index + channel]! - pixelsB[index + channel]!) > 24,
      )
    )
      changed += 1;
  }
  return changed / (pixelsA.length / 3);
}

/** How many runs of columns in a box hold ink (a pixel brighter than mid-grey: light text on the dark card). */
export async function inkColumnRuns(png: Buffer, box: Box): Promise<number> {
  const grey = await sharp(png).extract(box).greyscale().raw().toBuffer();
  let runs = 0;
  let inRun = false;
  for (let x = 0; x < box.width; x += 1) {
    let ink = false;
    for (let y = 0; y < box.height && !ink; y += 1) ink = grey[y * box.width + x]! > 128;
    if (ink && !inRun) runs += 1;
    inRun = ink;
  }
  return runs;
}
