import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, rebuildSite, repoRoot, type BuiltSite } from '../helpers/build-site';

/**
 * Fail-closed builds (src/integrations/publish-site.ts): a build that fails leaves no
 * `dist/` at all, and no staging folder holding drafts' text or original photos; a
 * `dist/` from an earlier build is gone too, so nothing stale can be published.
 */
const fixture = path.join(repoRoot, 'tests/fixtures/sites/minimal/content');
const DRAFT_TEXT = '초안의-비밀-문장 draft-only-sentence';
const sites: BuiltSite[] = [];
afterAll(() => sites.forEach((site) => site.remove()));

/** A tiny JPEG with the camera's make and a GPS position in its EXIF. */
async function gpsPhoto(): Promise<Buffer> {
  const photo = await sharp({
    create: { width: 32, height: 32, channels: 3, background: '#808080' },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'MarqueeTestCam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '37/1 33/1 59/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '126/1 58/1 41/1',
      },
    })
    .toBuffer();
  // The GPS IFD pointer (tag 0x8825) is in the EXIF sharp wrote.
  expect((await sharp(photo).metadata()).exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
  return photo;
}

/** Adds a draft with a GPS-tagged cover, and a `dist/` left by an earlier build. */
function withDraftAndOldDist(root: string, photo: Buffer): void {
  const draft = path.join(root, 'content/reviews/secret');
  mkdirSync(draft, { recursive: true });
  writeFileSync(path.join(draft, 'gps.jpg'), photo);
  writeFileSync(
    path.join(draft, 'index.md'),
    `---\ntitle: Secret\npubDate: 2024-01-03\ndraft: true\ncover: ./gps.jpg\nmovie:\n  title: Secret\n---\n\n${DRAFT_TEXT}\n`,
  );
  mkdirSync(path.join(root, 'dist'));
  writeFileSync(path.join(root, 'dist/index.html'), '<!doctype html><title>old</title>');
}

/** Every file under `dir` whose bytes contain `needle`. */
function filesHolding(dir: string, needle: Buffer | string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return readFileSync(dir).includes(needle) ? [dir] : [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file).includes(needle));
}

/** What a failed build must not leave: `dist/`, the staging folder, a draft's text or photo outside content/ and the caches. */
function expectNothingPublishable(site: BuiltSite, photo: Buffer): void {
  expect(existsSync(site.dist)).toBe(false);
  expect(existsSync(path.join(site.root, '.cache/dist-staging'))).toBe(false);
  for (const folder of readdirSync(site.root).filter(
    (name) => !['content', 'node_modules', 'src', '.cache', '.astro'].includes(name),
  )) {
    expect(filesHolding(path.join(site.root, folder), DRAFT_TEXT)).toEqual([]);
    expect(filesHolding(path.join(site.root, folder), photo.subarray(-200))).toEqual([]);
  }
}

describe('a failed build leaves no output', () => {
  test('a review whose slug ends in .json, beside a draft with a GPS-tagged photo: fails naming the post, no dist/', async () => {
    const photo = await gpsPhoto();
    const { ok, output, site } = await buildSite({
      content: fixture,
      edit(root) {
        withDraftAndOldDist(root, photo);
        const post = path.join(root, 'content/reviews/report.json');
        mkdirSync(post);
        cpSync(path.join(fixture, 'reviews/good/poster.jpg'), path.join(post, 'poster.jpg'));
        writeFileSync(
          path.join(post, 'index.md'),
          '---\ntitle: Report\npubDate: 2024-01-02\nmovie:\n  title: Report\n---\n\nText.\n',
        );
      },
    });
    sites.push(site);
    expect(ok).toBe(false);
    expect(output).toContain(
      'content/reviews/report.json/index.md:1:1 folder name: found "report.json", which ends like a .json file',
    );
    expect(output).toContain('removed dist/ of the previous build');
    expectNothingPublishable(site, photo);
  });

  test('a tag and a cast name too long for a file name fail at their lines, not with ENAMETOOLONG', async () => {
    const tag = '가'.repeat(67);
    const actor = 'a'.repeat(201);
    const { ok, output, site } = await buildSite({
      content: fixture,
      edit(root) {
        const post = path.join(root, 'content/reviews/long');
        mkdirSync(post);
        writeFileSync(
          path.join(post, 'index.md'),
          `---\ntitle: Long\npubDate: 2024-01-02\ntags: [${tag}]\nmovie:\n  title: Long\n  cast: [${actor}]\n---\n\nText.\n`,
        );
      },
    });
    sites.push(site);
    expect(ok).toBe(false);
    expect(output).toContain('content/reviews/long/index.md:4:8 tags[0]: found "가가가');
    expect(output).toContain('whose address segment is 201 bytes long, expected at most 200 bytes');
    expect(output).toMatch(
      /content\/reviews\/long\/index\.md:7:\d+ movie\.cast\[0\](\.name)?: found "a+…", whose address segment is 201 bytes long/,
    );
    expect(output).not.toContain('ENAMETOOLONG');
    expect(existsSync(site.dist)).toBe(false);
  });

  test('a build that fails in its last step (a _headers folder in public/) leaves no dist/; fixed, it publishes', async () => {
    const photo = await gpsPhoto();
    const { ok, output, site } = await buildSite({
      content: fixture,
      edit(root) {
        withDraftAndOldDist(root, photo);
        mkdirSync(path.join(root, 'public/_headers'), { recursive: true });
        writeFileSync(path.join(root, 'public/_headers/notes.txt'), 'headers go here');
      },
    });
    sites.push(site);
    expect(ok).toBe(false);
    // It got as far as the pages, pruning and search before failing.
    expect(output).toMatch(/\[marquee:search-index\] \d+ reviews?, \d+ words indexed/);
    expect(output).toMatch(/Writing _headers failed at _headers: EISDIR/);
    expect(output).not.toMatch(/^\s+at .+\(.*\.(ts|js):\d+:\d+\)$/m);
    expectNothingPublishable(site, photo);

    rmSync(path.join(site.root, 'public/_headers'), { recursive: true });
    const fixed = await rebuildSite(site);
    expect(fixed.ok, fixed.output).toBe(true);
    expect(site.exists('index.html')).toBe(true);
    expect(site.exists('_headers')).toBe(true);
    expect(existsSync(path.join(site.root, '.cache/dist-staging'))).toBe(false);
    expect(fixed.output).toContain('[marquee:publish-site] published to dist/');
    expect(filesHolding(site.dist, DRAFT_TEXT)).toEqual([]);
    expect(filesHolding(site.dist, photo.subarray(-200))).toEqual([]);
  });
});
