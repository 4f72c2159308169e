import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildEnvironment, repoRoot } from '../helpers/build-site';

export interface Stage {
  ms: number;
  /** CPU time of the build process in the stage, all threads: steadier than wall time on a busy machine. */
  cpuMs: number;
  peakRssMb: number;
}

export interface MeasuredBuild {
  wallMs: number;
  /** CPU time of the whole build process (all threads). */
  cpuMs: number;
  peakRssMb: number;
  stages: { sync?: Stage; render?: Stage; images?: Stage; search?: Stage };
  /** The search indexer's own split: reading and segmenting pages vs Pagefind. */
  searchSplit?: { prepareMs: number; pagefindMs: number; writeMs: number } | undefined;
  log: string;
}

/** Log lines that open and close each stage of `astro build`. */
const STAGES = {
  sync: [/\[content\] Syncing content/, /\[content\] Synced content/],
  render: [/generating static routes/, /✓ Completed in/],
  images: [/generating optimized images/, /✓ Completed in/],
  search: [/\[marquee:search-index\] indexing/, /\[marquee:search-index\] \d+ reviews/],
} as const;

/**
 * Runs `astro build` in `root` on this Node.js, timing each log line as it arrives and
 * sampling memory inside the build (tests/bench/probe.mjs), so each stage gets its wall
 * time and peak memory.
 */
export async function measureBuild(root: string): Promise<MeasuredBuild> {
  const probe = path.join(root, '.bench-probe.json');
  rmSync(probe, { force: true });
  const env = {
    ...buildEnvironment(),
    MARQUEE_BENCH_PROBE: probe,
    NODE_OPTIONS: `--import=${path.join(repoRoot, 'tests/bench/probe.mjs')}`,
  };
  const started = Date.now();
  const lines: [number, string][] = [];
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: root, env },
  );
  let pending = '';
  const onData = (chunk: Buffer) => {
    const now = Date.now();
    const parts = (pending + chunk.toString('utf8')).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) lines.push([now, line]);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = Date.now() - started;
  if (pending) lines.push([Date.now(), pending]);
  const log = lines.map(([, line]) => line).join('\n');
  if (code !== 0) throw new Error(`build in ${root} failed:\n${log.slice(-4000)}`);

  const { maxRssKb, cpuMs, samples } = JSON.parse(readFileSync(probe, 'utf8')) as {
    maxRssKb: number;
    cpuMs: number;
    samples: [number, number, number][];
  };
  const peakBetween = (from: number, to: number) =>
    Math.round(
      Math.max(0, ...samples.filter(([time]) => time >= from && time <= to).map(([, rss]) => rss)) /
        1024 /
        1024,
    );
  const cpuAt = (time: number) => samples.findLast(([at]) => at <= time)?.[2] ?? 0;
  const stages: MeasuredBuild['stages'] = {};
  for (const [name, [open, close]] of Object.entries(STAGES) as [
    keyof typeof STAGES,
    readonly [RegExp, RegExp],
  ][]) {
    const start = lines.findIndex(([, line]) => open.test(line));
    if (start < 0) continue;
    const end = lines.findIndex(([, line], index) => index > start && close.test(line));
    if (end < 0) continue;
    // Astro prints its own precise duration at the end of the render and image stages.
    const reported = /Completed in ([\d.]+)(m?s)/.exec(lines[end]![1]);
    const ms = reported
      ? Number(reported[1]) * (reported[2] === 's' ? 1000 : 1)
      : lines[end]![0] - lines[start]![0];
    const cpu = cpuAt(lines[end]![0]) - cpuAt(lines[start]![0]);
    stages[name] = {
      ms: Math.round(ms),
      cpuMs: cpu,
      peakRssMb: peakBetween(lines[start]![0] - 25, lines[end]![0] + 25),
    };
  }
  const split =
    /reading and segmenting (\d+) ms, Pagefind (\d+) ms, of which writing the index (\d+) ms/.exec(
      log,
    );
  return {
    wallMs,
    cpuMs,
    peakRssMb: Math.round(maxRssKb / 1024),
    stages,
    searchSplit: split
      ? { prepareMs: Number(split[1]), pagefindMs: Number(split[2]), writeMs: Number(split[3]) }
      : undefined,
    log,
  };
}
