import { z } from 'astro/zod';
import { parseVideo, VIDEO_FORMS } from '../lib/media/video';

/** A trailer value, turned into `{ provider, id, embedUrl, watchUrl }`. */
export const TrailerSchema = z.string().transform((value, ctx) => {
  const video = parseVideo(value);
  if (!video) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a trailer Marquee can play; expected ${VIDEO_FORMS}`,
    });
    return z.NEVER;
  }
  return video;
});
