/**
 * Build benchmark: a generated blog of realistic reviews built with Marquee's real
 * pipeline, beside bare Astro baselines of the same posts (Astro 7's default Markdown processor, and
 * its unified one that Marquee uses) and the two floors, all in the same run (absolute times on a
 * shared machine are noise; the ratios are the result).
 * Not part of `npm test`: speed is shown here, never asserted in a timed test.
 *
 *   npm run bench -- --reviews 1000 [--images] [--warm] [--json] [--keep]
 *
 * --images   3–5 photos of 1600 px per review; adds the bare sharp floor
 * --warm     after the cold build, edit one review's text and build again the way CI does:
 *            a fresh copy of the project in the same folder, with only .cache/astro kept
 * --scale    the site settings for a large blog (scale: minReviewsForTermPage 2, site cards)
 * --concurrency N        Astro's build.concurrency (Marquee's: 4)
 * --parallel-prerender   Astro 7.4's experimental.parallelPrerender
 * --json     one JSON object on stdout (the table goes to stderr)
 * --keep     keep the temporary folders (tests/.tmp/bench-*)
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/build-site';
import { writeBaseline } from './baseline';
import {
  imagesFloor,
  markdownFloor,
  publishedImageLines,
  publishedVariants,
  variantLine,
} from './floors';
import { generateBlog } from './generate';
import { measureBuild, type MeasuredBuild } from './measure-build';

const argument = (name: string) => process.argv.includes(`--${name}`);
const valueOf = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const reviews = valueOf('reviews', 100);
const withImages = argument('images');
const concurrency = valueOf('concurrency', 0);
const json = argument('json');
const say = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);

/** Every file under `dir` with its size. */
function filesOf(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => ({ file, stat: statSync(path.join(dir, file)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ file, stat }) => ({ file, bytes: stat.size }));
}

const tmp = path.join(repoRoot, 'tests/.tmp');
mkdirSync(tmp, { recursive: true });
const marqueeRoot = mkdtempSync(path.join(tmp, 'bench-marquee-'));
const baselineRoot = mkdtempSync(path.join(tmp, 'bench-baseline-'));
const unifiedRoot = mkdtempSync(path.join(tmp, 'bench-baseline-unified-'));

/** A copy of Marquee in `root` (its sources, settings and Astro options; the blog comes apart). */
function copyProject(root: string): void {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const config = path.join(root, 'astro.config.mjs');
  let text = readFileSync(config, 'utf8');
  const replace = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`astro.config.mjs no longer has ${from}`);
    text = text.replace(from, to);
  };
  if (concurrency) replace('concurrency: 4', `concurrency: ${concurrency}`);
  if (argument('parallel-prerender'))
    replace(
      'experimental: { incrementalBuild: true',
      'experimental: { parallelPrerender: true, incrementalBuild: true',
    );
  writeFileSync(config, text);
}
copyProject(marqueeRoot);
say(`Generating ${reviews} reviews${withImages ? ' with photos' : ''}…`);
const blog = await generateBlog(marqueeRoot, reviews, withImages, argument('scale'));
writeBaseline(baselineRoot, blog.content);
writeBaseline(unifiedRoot, blog.content, 'unified');

// The baseline first, then Marquee, so neither gets a warmer disk cache than the other.
say('Building the bare Astro baselines…');
const baseline = await measureBuild(baselineRoot);
const baselineUnified = await measureBuild(unifiedRoot);
say('Building with Marquee…');
const cold = await measureBuild(marqueeRoot);

// What the cold build published (a warm rebuild rewrites dist/).
const dist = path.join(marqueeRoot, 'dist');
const files = filesOf(dist);
const distBytes = files.reduce((total, { bytes }) => total + bytes, 0);
const pages = files.filter(({ file }) => file.endsWith('.html')).length;
const reviewPages = files
  .filter(({ file }) => /^reviews[/\\].+index\.html$/.test(file))
  .map(({ bytes }) => bytes)
  .sort((a, b) => a - b);
const publishedImages = files.filter(
  ({ file }) => file.startsWith('_astro') && /\.(avif|webp|jpe?g|png)$/.test(file),
).length;
const builtImages = withImages ? await publishedImageLines(dist) : [];
const baselinePages = filesOf(path.join(baselineRoot, 'dist')).filter(({ file }) =>
  file.endsWith('.html'),
).length;

let warm: MeasuredBuild | undefined;
if (argument('warm')) {
  const edited = path.join(
    blog.content,
    'reviews',
    readdirSync(path.join(blog.content, 'reviews')).sort()[0]!,
    'index.md',
  );
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n한 문장을 더 썼다. One more sentence.\n`);
  // As CI runs it: a fresh checkout in the same folder, the cache restored, nothing else kept.
  const previous = `${marqueeRoot}-cold`;
  renameSync(marqueeRoot, previous);
  mkdirSync(marqueeRoot);
  copyProject(marqueeRoot);
  cpSync(path.join(previous, 'content'), path.join(marqueeRoot, 'content'), { recursive: true });
  cpSync(path.join(previous, '.cache/astro'), path.join(marqueeRoot, '.cache/astro'), {
    recursive: true,
  });
  rmSync(previous, { recursive: true, force: true });
  say('Rebuilding after editing one review, in a fresh copy with the cache restored (as CI does)…');
  warm = await measureBuild(marqueeRoot);
}

say('Measuring the floors…');
const markdownMs = await markdownFloor(blog.bodies);
const variants = withImages ? await publishedVariants(blog.reviewPhotos) : [];
const imagesMs = withImages ? await imagesFloor(variants) : 0;
const floorImages = variants.map(variantLine).sort();

const result = {
  reviews,
  images: blog.photos.length,
  wallMs: cold.wallMs,
  peakRssMb: cold.peakRssMb,
  distBytes,
  distFiles: files.length,
  stages: {
    sync: cold.stages.sync?.ms ?? 0,
    render: cold.stages.render?.ms ?? 0,
    images: cold.stages.images?.ms ?? 0,
    search: cold.stages.search?.ms ?? 0,
  },
  floors: { markdownMs, imagesMs },
  baselineMs: baseline.wallMs,
  baselineUnifiedMs: baselineUnified.wallMs,
  ...(warm ? { warmMs: warm.wallMs } : {}),
  cpuMs: {
    build: cold.cpuMs,
    baseline: baseline.cpuMs,
    baselineUnified: baselineUnified.cpuMs,
    ...(warm ? { warm: warm.cpuMs } : {}),
  },
};

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const stage = (name: keyof MeasuredBuild['stages']) => {
  const measured = cold.stages[name];
  return measured
    ? `${s(measured.ms).padStart(8)} ${`${measured.peakRssMb} MB`.padStart(8)} ${`${((measured.ms / cold.wallMs) * 100).toFixed(0)}%`.padStart(5)}  cpu ${s(measured.cpuMs)} (${((measured.cpuMs / cold.cpuMs) * 100).toFixed(0)}%)`
    : '       —';
};
say('');
say(
  `Marquee, ${reviews} reviews, ${blog.photos.length} photos: ${pages} pages, dist/ ${files.length} files, ${(distBytes / 1_000_000).toFixed(1)} MB (GitHub Pages takes 1,000 MB, Cloudflare Pages 20,000 files), ${publishedImages} image files (expected variants: ${variants.length || '—'})`,
);
say(
  `  build (cold)       ${s(cold.wallMs).padStart(8)} ${`${cold.peakRssMb} MB`.padStart(8)}  cpu ${s(cold.cpuMs)}  ${(cold.wallMs / reviews).toFixed(1)} ms a review${withImages ? `, ${(result.stages.images / Math.max(1, blog.photos.length)).toFixed(0)} ms an image` : ''}`,
);
say(`    content sync     ${stage('sync')}`);
say(
  `    page render      ${stage('render')}  ${((cold.stages.render?.ms ?? 0) / pages).toFixed(2)} ms a page (cpu ${((cold.stages.render?.cpuMs ?? 0) / pages).toFixed(2)} ms)`,
);
say(`    images           ${stage('images')}`);
say(
  `    search index     ${stage('search')}${cold.searchSplit ? `  (reading + Korean segmentation ${s(cold.searchSplit.prepareMs)}, Pagefind ${s(cold.searchSplit.pagefindMs)}, of which writing ${s(cold.searchSplit.writeMs)})` : ''}`,
);
if (warm)
  say(
    `  rebuild, one review edited ${s(warm.wallMs)}, cpu ${s(warm.cpuMs)} (${(cold.wallMs / warm.wallMs).toFixed(1)}× faster than cold; cpu ${(cold.cpuMs / warm.cpuMs).toFixed(1)}×)`,
  );
say(
  `  review page HTML   median ${(reviewPages[Math.floor(reviewPages.length / 2)]! / 1024).toFixed(1)} KB, largest ${(reviewPages.at(-1)! / 1024).toFixed(1)} KB`,
);
say(
  `Baseline (bare Astro, ${baselinePages} pages) ${s(baseline.wallMs)}, cpu ${s(baseline.cpuMs)}, ${baseline.peakRssMb} MB: ` +
    `Marquee/baseline = ${(cold.wallMs / baseline.wallMs).toFixed(2)}× wall, ${(cold.cpuMs / baseline.cpuMs).toFixed(2)}× cpu`,
);
say(
  `Baseline with Astro's unified Markdown processor (Marquee's) ${s(baselineUnified.wallMs)}, cpu ${s(baselineUnified.cpuMs)}, ${baselineUnified.peakRssMb} MB: ` +
    `Marquee/baseline = ${(cold.wallMs / baselineUnified.wallMs).toFixed(2)}× wall, ${(cold.cpuMs / baselineUnified.cpuMs).toFixed(2)}× cpu`,
);
say(
  `Floors: bare unified over the bodies ${s(markdownMs)}${withImages ? `; bare sharp, ${variants.length} variants ${s(imagesMs)}: image stage/floor = ${(result.stages.images / imagesMs).toFixed(2)}×` : ''}`,
);
if (withImages) {
  // The floor must make the files the build published: both lists, counted by format and width.
  const counted = (lines: string[]) =>
    Object.entries(
      Object.groupBy(lines, (line) => line.split(' ').slice(1).join(' ')) as Record<
        string,
        string[]
      >,
    )
      .map(([kind, items]) => `${kind} ×${items.length}`)
      .sort()
      .join(', ');
  say(`  files published: ${builtImages.length} (${counted(builtImages)})`);
  say(`  files the floor made: ${floorImages.length} (${counted(floorImages)})`);
  const missing = floorImages.filter((line, at) => builtImages[at] !== line);
  if (missing.length || floorImages.length !== builtImages.length) {
    say('  The floor does not make the files the build published:');
    for (const line of builtImages.filter((item) => !floorImages.includes(item)))
      say(`    only built: ${line}`);
    for (const line of floorImages.filter((item) => !builtImages.includes(item)))
      say(`    only in the floor: ${line}`);
    process.exitCode = 1;
  }
}
if (json) process.stdout.write(`${JSON.stringify(result)}\n`);

if (!argument('keep')) {
  rmSync(marqueeRoot, { recursive: true, force: true });
  rmSync(baselineRoot, { recursive: true, force: true });
  rmSync(unifiedRoot, { recursive: true, force: true });
}
