import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  imagesFloor,
  publishedImageLines,
  publishedVariants,
  variantLine,
  type ReviewPhotos,
  type Variant,
} from '../bench/floors';
import type { BuildResult } from '../helpers/build-site';
import { renderMarkdown } from '../helpers/render-markdown';
import { sharedBuild } from '../helpers/shared-build';

/**
 * `npm run bench -- --images` compares the image stage with a floor: bare sharp making the
 * files Marquee publishes. On the media fixture, the floor's files are the build's: the same
 * list, and the same bytes (so the same formats, widths, quality and AVIF effort).
 */
const reviews = path.resolve('tests/fixtures/sites/media/content/reviews');

/** A fixture review's images, read from its frontmatter and (through the pipeline) its body. */
async function photosOf(slug: string): Promise<ReviewPhotos> {
  const file = path.join(reviews, slug, 'index.md');
  const source = readFileSync(file, 'utf8');
  const end = source.indexOf('\n---\n', 3);
  const data = parse(source.slice(4, end)) as {
    cover?: string;
    gallery?: { src: string }[];
    movie: { title: string; poster?: string; trailer?: string };
  };
  const { body } = await renderMarkdown(source.slice(end + 5), file);
  const local = (name: string | undefined) => name && path.join(reviews, slug, name);
  return {
    poster: local(data.movie.poster),
    cover: local(data.cover),
    gallery: (data.gallery ?? []).map((item) => path.join(reviews, slug, item.src)),
    body: body.media
      .flatMap((part) =>
        part.type === 'image' ? [part.image] : part.type === 'gallery' ? part.images : [],
      )
      .map((image) => path.join(reviews, slug, image.src)),
    trailer: Boolean(data.movie.trailer) || body.placedVideos.length > 0,
    filmTitle: data.movie.title,
  };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('the image floor (media fixture site)', () => {
  let build: BuildResult;
  let variants: Variant[];
  const out = mkdtempSync(path.join(os.tmpdir(), 'marquee-floor-'));
  beforeAll(async () => {
    build = await sharedBuild('media');
    if (!build.ok) throw new Error(`The media fixture site did not build:\n${build.output}`);
    variants = await publishedVariants(
      await Promise.all(readdirSync(reviews).map(photosOf)),
      undefined,
      'en',
    );
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('makes the files the build published: source, format and width', async () => {
    const built = await publishedImageLines(build.site.dist);
    expect(built.length).toBeGreaterThan(20);
    expect(variants.map(variantLine).sort()).toEqual(built);
  });

  test('byte for byte, so with the same quality and effort', async () => {
    await imagesFloor(variants, undefined, out);
    const floor = readdirSync(out).map((name) => sha256(readFileSync(path.join(out, name))));
    const folder = path.join(build.site.dist, '_astro');
    const built = readdirSync(folder)
      .filter((name) => /\.(avif|webp|jpe?g|png)$/.test(name))
      .map((name) => sha256(readFileSync(path.join(folder, name))));
    expect(floor.sort()).toEqual(built.sort());
  }, 120_000);
});
